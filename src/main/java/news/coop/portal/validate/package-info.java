/**
 * The validate stage: front-matter schema, controlled vocabularies, dates, slugs, URL collisions and
 * links between sources. Reports every problem as a diagnostic; produces the model's records only for
 * sources without errors. {@link news.coop.portal.validate.Slugs} romanises titles and file names into
 * slugs, for the build and for {@code portal new} and {@code portal import} alike.
 */
package news.coop.portal.validate;
