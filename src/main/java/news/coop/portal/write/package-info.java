/**
 * The write stage: how a site is published ({@link news.coop.portal.write.Publisher}: a staging
 * folder swapped into place only when the whole site is ready, in place for a warm rebuild, or not at
 * all for a check), the files' published names and compressed copies, and the hosts' configuration.
 */
package news.coop.portal.write;
