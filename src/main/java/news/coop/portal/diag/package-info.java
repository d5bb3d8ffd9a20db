/**
 * Diagnostics: the one value type for every problem the tool reports
 * ({@code path:line:col: error [code] message — hint}), a collector, and did-you-mean hints.
 */
package news.coop.portal.diag;
