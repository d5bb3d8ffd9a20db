package news.coop.portal.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import news.coop.portal.diag.Diagnostic;
import org.xml.sax.SAXParseException;

/**
 * {@code verify.sitemap}: {@code sitemap.xml} exists and is either a sitemap or a sitemap index of
 * parts {@code sitemap-1.xml} … (the build writes an index once the addresses do not fit one file).
 * Every file is valid against its sitemaps.org schema ({@link SitemapFiles}) and within the
 * protocol's limits, 50,000 entries and 52,428,800 bytes uncompressed; an index lists exactly the
 * parts in the site, each once; and the sitemap, or its parts together, list exactly the public
 * pages: every folder's {@code index.html} but the redirect at {@code /}, each once.
 *
 * <p>The limits are the protocol's, stated here rather than taken from the plan: verify checks the
 * site against the protocol, not against what the build meant to do. Stateless.
 */
final class Sitemap implements SiteCheck {
    private static final String FILE = "sitemap.xml";
    /** sitemaps.org: at most 50,000 URLs in a sitemap, and 50,000 sitemaps in an index. */
    static final int PROTOCOL_URLS = 50_000;
    /** sitemaps.org: at most 50 MB (52,428,800 bytes) per file, uncompressed. */
    static final long PROTOCOL_BYTES = 52_428_800L;
    /** The name the build gives each part of a split sitemap. */
    private static final Pattern PART = Pattern.compile("sitemap-[1-9][0-9]*\\.xml");
    private static final String HINT = "the sitemap is made by templates/sitemap.ftlx from the pages the build publishes";
    private static final String INDEX_HINT = "the sitemap index is made by templates/sitemap-index.ftlx and lists the parts the build writes";
    private final int maxUrls;
    private final long maxBytes;

    /** The check at the protocol's limits. */
    Sitemap() {
        this(PROTOCOL_URLS, PROTOCOL_BYTES);
    }

    /** The check at other limits, for tests of them. */
    Sitemap(int maxUrls, long maxBytes) {
        this.maxUrls = maxUrls;
        this.maxBytes = maxBytes;
    }

    @Override
    public List<Diagnostic> check(BuiltSite site) {
        List<Diagnostic> found = new ArrayList<>();
        if (!site.has(FILE)) {
            found.add(Diagnostic.error(FILE, 0, 0, "verify.sitemap", "the site has no sitemap.xml", "build the site again with portal build"));
            return found;
        }
        SitemapFiles files = new SitemapFiles();
        SitemapFiles.Read top = read(files, site, FILE, found);
        // File → the addresses it lists, in order: the sitemap itself, or the parts of the index.
        Map<String, List<String>> listings = new LinkedHashMap<>();
        boolean valid = top.valid();
        Set<String> listed = new TreeSet<>();
        if (!top.index()) {
            listings.put(FILE, top.locs());
        } else {
            // An index that cannot be read lists nothing known: every part in the site is still checked on its own.
            List<String> parts = top.valid() ? parts(site, top.locs(), found) : site.files().stream().filter(file -> PART.matcher(file).matches()).toList();
            for (String part : parts) {
                SitemapFiles.Read read = read(files, site, part, found);
                valid &= read.valid() && !read.index();
                if (read.index()) {
                    found.add(Diagnostic.error(part, 0, 0, "verify.sitemap", "is a sitemap index, where sitemap.xml lists a sitemap", INDEX_HINT));
                }
                listings.put(part, read.locs());
                listed.add(part);
            }
        }
        for (String file : site.files()) {
            if (PART.matcher(file).matches() && !listed.contains(file)) {
                found.add(Diagnostic.error(file, 0, 0, "verify.sitemap", "is a part of a sitemap, but sitemap.xml does not list it", INDEX_HINT));
            }
        }
        if (valid) {
            pages(site, listings, top.index(), found);
        }
        return found;
    }

    /** Reads a file of the sitemap and reports its schema errors and how far it is past the limits. */
    private SitemapFiles.Read read(SitemapFiles files, BuiltSite site, String file, List<Diagnostic> found) {
        String text = site.text(file);
        SitemapFiles.Read read = files.read(file, text);
        String hint = read.index() ? INDEX_HINT : HINT;
        for (SAXParseException error : read.errors()) {
            found.add(Diagnostic.error(file, Math.max(0, error.getLineNumber()), Math.max(0, error.getColumnNumber()), "verify.sitemap",
                    "not valid against the sitemaps.org schema: " + error.getMessage(), hint));
        }
        String limitHint = String.format(Locale.ROOT, "the sitemaps.org protocol allows %,d entries and %,d bytes in one file;"
                + " portal build splits a larger sitemap into parts listed by an index", maxUrls, maxBytes);
        if (read.locs().size() > maxUrls) {
            found.add(Diagnostic.error(file, 0, 0, "verify.sitemap", String.format(Locale.ROOT, "lists %,d %s, more than the %,d one file may list",
                    read.locs().size(), read.index() ? "sitemaps" : "addresses", maxUrls), limitHint));
        }
        long bytes = utf8(text);
        if (bytes > maxBytes) {
            found.add(Diagnostic.error(file, 0, 0, "verify.sitemap", String.format(Locale.ROOT, "is %,d bytes, more than the %,d one file may hold uncompressed",
                    bytes, maxBytes), limitHint));
        }
        return read;
    }

    /** The parts an index lists, in its order, once each; what it lists that is no part of the site is reported. */
    private static List<String> parts(BuiltSite site, List<String> locs, List<Diagnostic> found) {
        List<String> parts = new ArrayList<>();
        String baseUrl = site.config().baseUrl();
        for (String loc : locs) {
            BuiltSite.Target target = loc.startsWith(baseUrl + "/") ? site.resolve(FILE, loc) : null;
            String why = target == null ? "which is not an address of the site (" + baseUrl + "/…)"
                    : target.problem() != null || !site.has(target.file()) ? "which leads to no file of the site"
                    : !PART.matcher(target.file()).matches() ? "which is not a part of the sitemap (sitemap-1.xml, sitemap-2.xml …)" : null;
            if (why != null) {
                found.add(Diagnostic.error(FILE, 0, 0, "verify.sitemap", "lists " + loc + ", " + why, INDEX_HINT));
            } else if (parts.contains(target.file())) {
                found.add(Diagnostic.error(FILE, 0, 0, "verify.sitemap", "lists " + loc + " twice", INDEX_HINT));
            } else {
                parts.add(target.file());
            }
        }
        return parts;
    }

    /** Whether the listings together list each public page once, and nothing else. */
    private static void pages(BuiltSite site, Map<String, List<String>> listings, boolean index, List<Diagnostic> found) {
        // Address → the file that lists it first.
        Map<String, String> listed = new TreeMap<>();
        listings.forEach((file, urls) -> {
            for (String url : urls) {
                String first = listed.putIfAbsent(url, file);
                if (first != null) {
                    found.add(Diagnostic.error(file, 0, 0, "verify.sitemap", "lists " + url + (first.equals(file) ? " twice" : ", which " + first + " lists too"), HINT));
                }
            }
        });
        Map<String, String> expected = new LinkedHashMap<>();
        for (String file : site.files()) {
            if (isPublicPage(file)) {
                expected.put(site.urlOf(file), file);
            }
        }
        String baseUrl = site.config().baseUrl();
        listed.forEach((url, file) -> {
            if (!expected.containsKey(url)) {
                BuiltSite.Target target = url.startsWith(baseUrl + "/") ? site.resolve(file, url) : null;
                String why = target == null ? "which is not an address of the site (" + baseUrl + "/…)"
                        : target.problem() == null && site.has(target.file()) ? "which is not a public page" : "which leads to no file of the site";
                found.add(Diagnostic.error(file, 0, 0, "verify.sitemap", "lists " + url + ", " + why, HINT));
            }
        });
        expected.forEach((url, file) -> {
            if (!listed.containsKey(url)) {
                found.add(Diagnostic.error(FILE, 0, 0, "verify.sitemap", "does not list the public page " + url + " (" + file + ")" + site.from(file)
                        + (index ? " in any part" : ""), HINT));
            }
        });
    }

    /** A page readers and search engines should find: every folder's index.html except the root's redirect. */
    private static boolean isPublicPage(String file) {
        return file.endsWith("/index.html");
    }

    /** The length of a text in UTF-8, as the file on disk has it, without encoding it. */
    private static long utf8(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
