package news.coop.portal.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.render.Views.Alternate;
import news.coop.portal.render.Views.SitemapPart;
import news.coop.portal.render.Views.SitemapUrl;

/**
 * The sitemap's files. While every address fits one sitemap ({@link SitemapLimits}), it is one
 * {@code sitemap.xml} ({@code sitemap.ftlx}), as it always was. Past that, the addresses are cut, in
 * their order, into parts {@code sitemap-1.xml}, {@code sitemap-2.xml} … of as many as fit (each a
 * {@code sitemap.ftlx} like the single one), and {@code sitemap.xml} is the sitemap index listing them
 * ({@code sitemap-index.ftlx}) with each part's {@code lastmod}, the newest of its entries. robots.txt
 * names {@code /sitemap.xml} either way.
 *
 * <p>A part's size is counted as the shipped {@code templates/sitemap.ftlx} prints it ({@link #bytes}):
 * the frame, and for every address its {@code loc}, {@code lastmod} and {@code xhtml:link}
 * alternates, XML-escaped, in UTF-8. A template that prints more per address must keep under the
 * limit itself; {@code portal verify} checks the files as written. Pure and stateless.
 */
final class SitemapPlan {
    /** The single sitemap, or the index of the parts. */
    static final String FILE = "sitemap.xml";
    /** What sitemap.ftlx prints around the entries: the XML declaration and the urlset element. */
    private static final String OPEN = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
    private static final String CLOSE = "</urlset>\n";
    /** The bytes of a sitemap without entries. */
    static final long FRAME = utf8(OPEN) + utf8(CLOSE);
    /** What sitemap.ftlx prints for an entry besides its values. */
    private static final int URL = utf8("  <url>\n    <loc></loc>\n  </url>\n");
    private static final int LASTMOD = utf8("    <lastmod></lastmod>\n");
    private static final int LINK = utf8("    <xhtml:link rel=\"alternate\" hreflang=\"\" href=\"\"/>\n");

    private SitemapPlan() {
    }

    /** The sitemap's jobs: one sitemap, or the parts in order followed by their index. */
    static List<PageJob> jobs(SiteConfig config, String lang, List<SitemapUrl> urls, SitemapLimits limits) {
        List<List<SitemapUrl>> parts = split(urls, limits);
        if (parts.size() == 1) {
            return List.of(new PageJob(FILE, lang, new PageModel.Sitemap(List.copyOf(urls))));
        }
        List<PageJob> jobs = new ArrayList<>();
        List<SitemapPart> listed = new ArrayList<>();
        for (int number = 1; number <= parts.size(); number++) {
            List<SitemapUrl> part = parts.get(number - 1);
            String file = part(number);
            jobs.add(new PageJob(file, lang, new PageModel.Sitemap(part)));
            listed.add(new SitemapPart(config.absolute("/" + file), newest(part)));
        }
        jobs.add(new PageJob(FILE, lang, new PageModel.SitemapIndex(listed)));
        return jobs;
    }

    /** The file of part {@code number}, from 1: {@code sitemap-1.xml}. */
    static String part(int number) {
        return "sitemap-" + number + ".xml";
    }

    /**
     * The addresses in order, cut into parts of as many as fit the limits (an address larger than a
     * whole part on its own still gets one); one part, perhaps empty, when they all fit.
     */
    static List<List<SitemapUrl>> split(List<SitemapUrl> urls, SitemapLimits limits) {
        List<List<SitemapUrl>> parts = new ArrayList<>();
        List<SitemapUrl> part = new ArrayList<>();
        long size = FRAME;
        for (SitemapUrl url : urls) {
            long bytes = bytes(url);
            if (!part.isEmpty() && (part.size() == limits.urls() || size + bytes > limits.bytes())) {
                parts.add(List.copyOf(part));
                part.clear();
                size = FRAME;
            }
            part.add(url);
            size += bytes;
        }
        parts.add(List.copyOf(part));
        return parts;
    }

    /** The bytes sitemap.ftlx prints for an address. */
    static long bytes(SitemapUrl url) {
        long bytes = URL + escaped(url.loc());
        if (!url.lastmod().isEmpty()) {
            bytes += LASTMOD + escaped(url.lastmod());
        }
        for (Alternate alternate : url.alternates()) {
            bytes += LINK + escaped(alternate.lang()) + escaped(alternate.url());
        }
        return bytes;
    }

    /** The newest lastmod of a part's entries (ISO dates, which sort as text), or "" when none has one. */
    private static String newest(List<SitemapUrl> part) {
        String newest = "";
        for (SitemapUrl url : part) {
            if (url.lastmod().compareTo(newest) > 0) {
                newest = url.lastmod();
            }
        }
        return newest;
    }

    /** The UTF-8 bytes of a value as Freemarker's XML output format prints it: {@code < > & " '} as entities. */
    private static int escaped(String value) {
        int bytes = utf8(value);
        for (int i = 0; i < value.length(); i++) {
            switch (value.charAt(i)) {
                case '<', '>' -> bytes += 3;
                case '&' -> bytes += 4;
                case '"', '\'' -> bytes += 5;
                default -> {
                }
            }
        }
        return bytes;
    }

    private static int utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
