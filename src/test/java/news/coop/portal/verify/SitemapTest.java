package news.coop.portal.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import news.coop.portal.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify.sitemap}: valid against the sitemaps.org schema, listing every public page once and
 * nothing else; or a sitemap index listing exactly the parts in the site, each valid and within the
 * limits, which together list every public page once and nothing else.
 */
class SitemapTest {
    private static final String HINT = " — the sitemap is made by templates/sitemap.ftlx from the pages the build publishes";
    private static final String INDEX_HINT = " — the sitemap index is made by templates/sitemap-index.ftlx and lists the parts the build writes";
    private static final String SITE = "https://news.example.org/";
    private static final String PAGES = "-- index.html --\n-- en/index.html --\n-- en/x/index.html --\n-- en/404.html --\n";

    @TempDir
    Path dir;

    @Test
    void aSitemapOfEveryPublicPagePasses() {
        assertThat(new Sitemap().check(site(sitemap("en/", "en/x/")))).isEmpty();
    }

    @Test
    void aMissingPageAPageListedTwiceAndAddressesThatAreNoPublicPagesAreReported() {
        BuiltSite site = site(sitemap("en/", "en/", "en/404.html", "en/gone/", "ru/"), new SourceDocument("content/news/x.md", "/en/x/", "X", ""));

        assertThat(new Sitemap().check(site)).extracting(Diagnostic::toString).containsExactly(
                "sitemap.xml: error [verify.sitemap] lists https://news.example.org/en/ twice" + HINT,
                "sitemap.xml: error [verify.sitemap] lists https://news.example.org/en/404.html, which is not a public page" + HINT,
                "sitemap.xml: error [verify.sitemap] lists https://news.example.org/en/gone/, which leads to no file of the site" + HINT,
                "sitemap.xml: error [verify.sitemap] lists https://news.example.org/ru/, which leads to no file of the site" + HINT,
                "sitemap.xml: error [verify.sitemap] does not list the public page https://news.example.org/en/x/ (en/x/index.html)"
                        + " (made from content/news/x.md)" + HINT);
    }

    @Test
    void aSitemapAgainstTheSchemaOrNoneAtAllIsReported() {
        assertThat(new Sitemap().check(site(sitemap("en/", "en/x/").replace("</loc>", "</loc><priority>2</priority>"))))
                .allMatch(failure -> failure.toString().matches("sitemap\\.xml:\\d+:\\d+: error \\[verify\\.sitemap\\] not valid against the sitemaps\\.org schema: .*'2'.*"))
                .isNotEmpty();
        assertThat(new Sitemap().check(SiteFolder.read(dir.resolve("none"), "https://news.example.org", PAGES))).extracting(Diagnostic::toString)
                .containsExactly("sitemap.xml: error [verify.sitemap] the site has no sitemap.xml — build the site again with portal build");
    }

    @Test
    void anIndexOfPartsThatTogetherListEveryPublicPagePasses() {
        BuiltSite site = withParts(index("sitemap-1.xml", "sitemap-2.xml"), "sitemap-1.xml", sitemap("en/"), "sitemap-2.xml", sitemap("en/x/"));

        assertThat(new Sitemap().check(site)).isEmpty();
    }

    @Test
    void anIndexListsExactlyThePartsInTheSiteEachOnce() {
        BuiltSite site = withParts(index("sitemap-1.xml", "sitemap-1.xml", "sitemap-9.xml", "en/").replace(SITE + "en/",
                "https://other.example.org/sitemap-2.xml</loc></sitemap>\n  <sitemap><loc>" + SITE + "en/"),
                "sitemap-1.xml", sitemap("en/", "en/x/"), "sitemap-2.xml", sitemap("en/"), "sitemap-3.xml", sitemap("en/x/"));

        assertThat(new Sitemap().check(site)).extracting(Diagnostic::toString).containsExactly(
                "sitemap.xml: error [verify.sitemap] lists https://news.example.org/sitemap-1.xml twice" + INDEX_HINT,
                "sitemap.xml: error [verify.sitemap] lists https://news.example.org/sitemap-9.xml, which leads to no file of the site" + INDEX_HINT,
                "sitemap.xml: error [verify.sitemap] lists https://other.example.org/sitemap-2.xml, which is not an address of the site"
                        + " (https://news.example.org/…)" + INDEX_HINT,
                "sitemap.xml: error [verify.sitemap] lists https://news.example.org/en/, which is not a part of the sitemap"
                        + " (sitemap-1.xml, sitemap-2.xml …)" + INDEX_HINT,
                "sitemap-2.xml: error [verify.sitemap] is a part of a sitemap, but sitemap.xml does not list it" + INDEX_HINT,
                "sitemap-3.xml: error [verify.sitemap] is a part of a sitemap, but sitemap.xml does not list it" + INDEX_HINT);
    }

    @Test
    void aPartOfASitemapThatIsNoIndexIsReported() {
        BuiltSite site = withParts(sitemap("en/", "en/x/"), "sitemap-1.xml", sitemap("en/"));

        assertThat(new Sitemap().check(site)).extracting(Diagnostic::toString).containsExactly(
                "sitemap-1.xml: error [verify.sitemap] is a part of a sitemap, but sitemap.xml does not list it" + INDEX_HINT);
    }

    @Test
    void thePartsTogetherListEachPublicPageOnceAndNothingElse() {
        BuiltSite site = withParts(index("sitemap-1.xml", "sitemap-2.xml"), "sitemap-1.xml", sitemap("en/"), "sitemap-2.xml", sitemap("en/", "en/gone/"));

        assertThat(new Sitemap().check(site)).extracting(Diagnostic::toString).containsExactly(
                "sitemap-2.xml: error [verify.sitemap] lists https://news.example.org/en/, which sitemap-1.xml lists too" + HINT,
                "sitemap-2.xml: error [verify.sitemap] lists https://news.example.org/en/gone/, which leads to no file of the site" + HINT,
                "sitemap.xml: error [verify.sitemap] does not list the public page https://news.example.org/en/x/ (en/x/index.html) in any part" + HINT);
    }

    @Test
    void anIndexAndItsPartsAreEachValidatedAgainstTheirSchema() {
        BuiltSite site = withParts(index("sitemap-1.xml", "sitemap-2.xml").replace("</loc></sitemap>", "</loc><lastmod>yesterday</lastmod></sitemap>"),
                "sitemap-1.xml", sitemap("en/"), "sitemap-2.xml", sitemap("en/x/").replace("</loc>", "</loc><priority>2</priority>"));

        List<String> found = new Sitemap().check(site).stream().map(Diagnostic::toString).toList();
        assertThat(found).filteredOn(failure -> failure.startsWith("sitemap.xml:")).isNotEmpty().allMatch(failure -> failure.matches(
                "sitemap\\.xml:\\d+:\\d+: error \\[verify\\.sitemap\\] not valid against the sitemaps\\.org schema: .*'yesterday'.*")
                && failure.endsWith(INDEX_HINT));
        assertThat(found).filteredOn(failure -> failure.startsWith("sitemap-2.xml:")).isNotEmpty().allMatch(failure -> failure.matches(
                "sitemap-2\\.xml:\\d+:\\d+: error \\[verify\\.sitemap\\] not valid against the sitemaps\\.org schema: .*'2'.*")
                && failure.endsWith(HINT));
        assertThat(found).allMatch(failure -> failure.startsWith("sitemap.xml:") || failure.startsWith("sitemap-2.xml:"));
    }

    @Test
    void anIndexOverTheLimitsIsReported() {
        // The protocol's limits are 50,000 entries and 52,428,800 bytes; the check takes smaller ones for this test.
        String index = index("sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml");
        BuiltSite site = withParts(index, "en/y/index.html", "", "sitemap-1.xml", sitemap("en/"), "sitemap-2.xml", sitemap("en/x/"),
                "sitemap-3.xml", sitemap("en/y/"));

        assertThat(new Sitemap(2, 300).check(site)).extracting(Diagnostic::toString).containsExactly(
                "sitemap.xml: error [verify.sitemap] lists 3 sitemaps, more than the 2 one file may list" + limits(2, 300),
                "sitemap.xml: error [verify.sitemap] is " + (index.length() + 1) + " bytes, more than the 300 one file may hold uncompressed" + limits(2, 300));
    }

    @Test
    void aSitemapOrAPartOverTheLimitsIsReported() {
        String three = sitemap("en/", "en/x/", "en/y/");
        BuiltSite single = withParts(three, "en/y/index.html", "");
        BuiltSite parted = withParts(index("sitemap-1.xml"), "sitemap-1.xml", three, "en/y/index.html", "");

        assertThat(new Sitemap(2, 200).check(single)).extracting(Diagnostic::toString).containsExactly(
                "sitemap.xml: error [verify.sitemap] lists 3 addresses, more than the 2 one file may list" + limits(2, 200),
                "sitemap.xml: error [verify.sitemap] is " + (three.length() + 1) + " bytes, more than the 200 one file may hold uncompressed" + limits(2, 200));
        assertThat(new Sitemap(2, 200).check(parted)).extracting(Diagnostic::toString).containsExactly(
                "sitemap-1.xml: error [verify.sitemap] lists 3 addresses, more than the 2 one file may list" + limits(2, 200),
                "sitemap-1.xml: error [verify.sitemap] is " + (three.length() + 1) + " bytes, more than the 200 one file may hold uncompressed" + limits(2, 200));
    }

    private static String limits(int urls, long bytes) {
        return " — the sitemaps.org protocol allows " + urls + " entries and " + bytes + " bytes in one file;"
                + " portal build splits a larger sitemap into parts listed by an index";
    }

    private static String index(String... parts) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String part : parts) {
            xml.append("  <sitemap><loc>").append(SITE).append(part).append("</loc></sitemap>\n");
        }
        return xml.append("</sitemapindex>").toString();
    }

    /** A site of {@link #PAGES} whose sitemap.xml is {@code sitemap}, with more files: a name, then its text, and so on. */
    private BuiltSite withParts(String sitemap, String... files) {
        StringBuilder all = new StringBuilder(PAGES + "-- sitemap.xml --\n" + sitemap + "\n");
        for (int i = 0; i < files.length; i += 2) {
            all.append("-- ").append(files[i]).append(" --\n").append(files[i + 1]).append('\n');
        }
        return SiteFolder.read(dir, "https://news.example.org", all.toString());
    }

    private static String sitemap(String... paths) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String path : paths) {
            xml.append("  <url><loc>https://news.example.org/").append(path).append("</loc></url>\n");
        }
        return xml.append("</urlset>").toString();
    }

    private BuiltSite site(String sitemap, SourceDocument... documents) {
        return SiteFolder.read(dir, "https://news.example.org", PAGES + "-- sitemap.xml --\n" + sitemap + "\n", documents);
    }
}
