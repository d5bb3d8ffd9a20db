/**
 * The plan and render stages' engine-independent half: the page plan (every output file with its
 * page kind's model, {@link news.coop.portal.render.PageModel}), the view records templates see, UI
 * strings and date formatting, and the seam the engine plugs into
 * ({@link news.coop.portal.render.PageRenderer}, implemented by the JBake adapter).
 */
package news.coop.portal.render;
