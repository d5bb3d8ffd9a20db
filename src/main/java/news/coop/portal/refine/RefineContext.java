package news.coop.portal.refine;

import news.coop.portal.config.SiteConfig;

/**
 * What a refine step may know about the page it changes.
 *
 * @param output  the page's path inside the site, e.g. {@code en/index.html}
 * @param source  the source file it came from, or "" for generated listings
 */
public record RefineContext(SiteConfig config, String output, String source) {
}
