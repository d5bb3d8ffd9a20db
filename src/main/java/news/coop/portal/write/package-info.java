/** The write stage: a staging folder swapped into place only when the whole site is ready. */
package news.coop.portal.write;
