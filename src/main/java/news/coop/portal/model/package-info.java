/**
 * The model stage's immutable records: {@link news.coop.portal.model.Site}, news items, pages, the
 * controlled vocabularies and the measured pictures. Nothing here does I/O.
 */
package news.coop.portal.model;
