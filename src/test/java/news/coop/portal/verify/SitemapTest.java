package news.coop.portal.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import news.coop.portal.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify.sitemap}: valid against the sitemaps.org schema, listing every public page once and nothing else. */
class SitemapTest {
    private static final String HINT = " — the sitemap is made by templates/sitemap.ftlx from the pages the build publishes";
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
