/**
 * {@code portal serve}: a preview of the site while it is being written. {@link news.coop.portal.preview.Preview}
 * builds into a preview folder with one warm {@link news.coop.portal.pipeline.Session}, serves that folder on
 * the loopback address only, watches the sources and rebuilds after each burst of saves, and tells every
 * open browser tab to reload (Server-Sent Events and a small script added to HTML responses only, never
 * to the files on disk). A failed rebuild shows its diagnostics in the browser in place of HTML pages.
 */
package news.coop.portal.preview;
