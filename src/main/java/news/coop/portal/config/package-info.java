/** The immutable site configuration record that every stage receives explicitly. */
package news.coop.portal.config;
