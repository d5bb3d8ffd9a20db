/**
 * The site's configuration: the immutable {@link news.coop.portal.config.SiteConfig} record that every
 * stage receives explicitly, the one list of the keys of {@code jbake.properties}
 * ({@link news.coop.portal.config.ConfigKeys}), and {@link news.coop.portal.config.ConfigReader}, which
 * makes the record from what JBake's configuration factory read and reports every problem of the file
 * at once. Nothing here imports JBake: the adapter ({@code news.coop.portal.jbake}) reads the file.
 */
package news.coop.portal.config;
