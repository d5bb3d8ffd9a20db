/**
 * The validate stage: front-matter schema, controlled vocabularies, dates, slugs, URL collisions and
 * links between sources. Reports every problem as a diagnostic; produces the model's records only for
 * sources without errors.
 */
package news.coop.portal.validate;
