/**
 * The render stage's engine-independent half: the page plan (every output file with its template and
 * model), the view records templates see, UI strings and date formatting. The JBake adapter fills the
 * templates in.
 */
package news.coop.portal.render;
