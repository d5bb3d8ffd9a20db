/**
 * Full-text search: the text analysis shared with the browser and the sharded index the search page reads.
 */
package news.coop.portal.search;
