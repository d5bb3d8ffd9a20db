/**
 * {@code portal verify}: checks the built site folder itself, as a host would serve it, rather than
 * the sources. {@link news.coop.portal.verify.SiteVerifier} reads the folder once
 * ({@code BuiltSite}: every file, each page parsed once) and runs a chain of small checks over it, one
 * class each ({@code SiteCheck}), in the order it declares: HTML5 validity (the Nu HTML Checker,
 * in-process), links, fragments and assets of pages and of stylesheets, reciprocal hreflang
 * alternates, Atom feeds (ROME), the sitemap (sitemaps.org schema, and exactly the public pages), and
 * leaks of drafts and embargoed items. Addresses are read as the build makes them
 * ({@link news.coop.portal.address.Addresses}). Each failure is a
 * {@link news.coop.portal.diag.Diagnostic} at a site-relative path.
 */
package news.coop.portal.verify;
