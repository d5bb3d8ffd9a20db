/**
 * The model stage's immutable records: {@link news.coop.portal.model.Site}, news items, pages and the
 * controlled vocabularies. Nothing here does I/O.
 */
package news.coop.portal.model;
