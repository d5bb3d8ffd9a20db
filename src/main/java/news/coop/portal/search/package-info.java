/**
 * Full-text search: the text analysis shared with the browser ({@link news.coop.portal.search.SearchText},
 * mirrored by {@code assets/js/search.js}) and the sharded index the search page reads
 * ({@link news.coop.portal.search.SearchIndex}).
 */
package news.coop.portal.search;
