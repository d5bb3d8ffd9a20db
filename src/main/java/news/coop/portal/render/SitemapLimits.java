package news.coop.portal.render;

/**
 * How much one sitemap file may hold: at most {@code urls} addresses and {@code bytes} bytes
 * uncompressed. A site whose sitemap fits both is one {@code /sitemap.xml}; a larger one is split
 * into parts {@code /sitemap-1.xml}, {@code /sitemap-2.xml} … listed by a sitemap index at
 * {@code /sitemap.xml} ({@link SitemapPlan}).
 *
 * <p>{@link #PROTOCOL}, the sitemaps.org protocol's limits, is the only value the commands use;
 * tests pass smaller ones to split a small site through the real pipeline. Immutable.
 */
public record SitemapLimits(int urls, long bytes) {
    /** sitemaps.org: "no more than 50,000 URLs" in one sitemap (and no more than 50,000 sitemaps in one index). */
    public static final int PROTOCOL_URLS = 50_000;
    /** sitemaps.org: "no larger than 50MB (52,428,800 bytes)" uncompressed. */
    public static final long PROTOCOL_BYTES = 52_428_800L;
    /** The protocol's limits. */
    public static final SitemapLimits PROTOCOL = new SitemapLimits(PROTOCOL_URLS, PROTOCOL_BYTES);

    public SitemapLimits {
        if (urls < 1 || bytes <= SitemapPlan.FRAME) {
            throw new IllegalArgumentException("a sitemap must hold at least one address and more than " + SitemapPlan.FRAME + " bytes: " + urls + ", " + bytes);
        }
    }
}
