/**
 * {@code portal verify}: checks the built site folder itself, as a host would serve it, rather than
 * the sources: links and fragments, assets, HTML5 validity (the Nu HTML Checker, in-process), Atom
 * feeds (ROME), the sitemap (sitemaps.org schema, and exactly the public pages), leaks of drafts and
 * embargoed items, and reciprocal hreflang alternates. {@link news.coop.portal.verify.SiteVerifier}
 * runs every check; each failure is a {@link news.coop.portal.diag.Diagnostic} at a site-relative path.
 */
package news.coop.portal.verify;
