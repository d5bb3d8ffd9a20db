package news.coop.portal.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import news.coop.portal.TestSite;
import news.coop.portal.TestSite.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each check of {@code portal verify} on its own: a built fixture, damaged on disk in one way. */
class VerifyChecksTest {
    private static final String ROADS = "en/news/2023/09/roads/index.html";

    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void build() throws Exception {
        site = TestSite.create(dir).standardPages()
                .news("2023-09-26-roads", "Roads to the Leningrad Region", "roads", "translation: roads")
                .file("content/news/2023/2023-09-26-roads.ru.md", "---\ntitle: Дороги в Ленинградскую область\ndate: 2023-09-26T10:00:00+03:00\n"
                        + "lead: Дороги.\nareas: [roads]\nregions: [leningrad-region]\nlang: ru\nslug: roads\ntranslation: roads\n---\n"
                        + "## Первый раздел {#first-section}\n\nТекст.\n");
        site.build();
        assertThat(failures()).isEmpty();
    }

    /** The failures of {@code portal verify}, one line each. */
    private List<String> failures() {
        Run run = site.cli("verify", "--now", "2026-01-01T00:00:00Z");
        return run.err().isEmpty() ? List.of() : Arrays.asList(run.err().split("\n"));
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = site.output().resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private void insert(String file, String html) throws IOException {
        String main = "<main id=\"main-content\" class=\"main\" tabindex=\"-1\">";
        edit(file, main, main + html);
    }

    @Test
    void fragmentsMustNameAnIdOnTheirPage() throws IOException {
        insert(ROADS, "<p><a href=\"#main-content\">here</a> <a href=\"#nowhere\">there</a> <a href=\"/ru/news/2023/09/roads/#first-section\">ru</a>"
                + " <a href=\"../../../../../ru/news/2023/09/roads/#missing\">ru</a></p>");

        assertThat(failures()).containsExactly(
                ROADS + ": error [verify.fragment] the link \"#nowhere\" names #nowhere, which is not an id on that page"
                        + " (made from content/news/2023/2023-09-26-roads.md) — link to a heading's id, as the page shows it, or drop the #fragment",
                ROADS + ": error [verify.fragment] the link \"../../../../../ru/news/2023/09/roads/#missing\" names #missing, which is not an id"
                        + " on that page (made from content/news/2023/2023-09-26-roads.md) — link to a heading's id, as the page shows it, or drop the #fragment");
    }

    @Test
    void stylesheetsScriptsAndSrcsetCandidatesAreAssets() throws IOException {
        insert(ROADS, "<p><img src=\"/img/a.png\" srcset=\"/img/a.png 1x, /img/b.png 2x\" alt=\"A\"></p>");
        edit(ROADS, "</head>", "<link rel=\"stylesheet\" href=\"/css/gone.css\"></head>");

        assertThat(failures()).hasSize(3).allMatch(line -> line.startsWith(ROADS + ": error [verify.asset] "))
                .anyMatch(line -> line.contains("the link href \"/css/gone.css\""))
                .anyMatch(line -> line.contains("the img srcset \"/img/b.png\""));
    }

    @Test
    void everyAddressAPublishedStylesheetNamesIsAFileOfTheSite() throws IOException {
        String css = site.asset("css/site.css");
        Path path = site.output().resolve(css);
        Files.writeString(path, "/* url(gone-in-a-comment.png) */\n.a { background: url(../img/gone.png); }\n"
                + ".b { src: url(\"/fonts/gone.woff2\") format(\"woff2\"); } .c { background: url(data:image/png;base64,AA); }\n"
                + "@import url('" + css.substring(4) + "');\n" + Files.readString(path), StandardCharsets.UTF_8);

        assertThat(failures()).containsExactly(
                css + ":2:22: error [verify.asset] the stylesheet address \"../img/gone.png\" leads to no file of the site (looked for img/gone.png)"
                        + " — put the file in assets/, or correct the address in the stylesheet (relative to its folder)",
                css + ":3:16: error [verify.asset] the stylesheet address \"/fonts/gone.woff2\" leads to no file of the site (looked for fonts/gone.woff2)"
                        + " — put the file in assets/, or correct the address in the stylesheet (relative to its folder)");
    }

    @Test
    void feedsMustBeAtomWithAbsoluteLinks() throws IOException {
        edit("en/feed.xml", "href=\"https://news.example.org/en/news/2023/09/roads/\"", "href=\"/en/news/2023/09/roads/\"");
        edit("ru/feed.xml", "<id>https://news.example.org/ru/feed.xml</id>", "");

        assertThat(failures()).containsExactly(
                "en/feed.xml: error [verify.feed] the link \"/en/news/2023/09/roads/\" is not absolute"
                        + " — the feed template is templates/feed.ftlx; feeds need portal's site.host set to the absolute site URL",
                "ru/feed.xml: error [verify.feed] the feed has no id"
                        + " — the feed template is templates/feed.ftlx; feeds need portal's site.host set to the absolute site URL");
    }

    @Test
    void addressesWithTheirSchemeMayStandInAFeedsTextButRelativeOnesMayNot() throws Exception {
        // What raw HTML and Markdown may link to: a data: picture, a phone number, an e-mail address.
        String dot = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
        site.file("content/news/2023/2023-09-27-contacts.md", "---\ntitle: Contacts of the trade mission\ndate: 2023-09-27T10:00:00+03:00\n"
                + "lead: Whom to call.\nareas: [roads]\nregions: [leningrad-region]\nlang: en\n---\n"
                + "Call [the mission](tel:+375171234567) or [write](mailto:mission@example.org). A chart: <img src=\"" + dot + "\" alt=\"Exports grew\">\n");
        site.build();
        assertThat(failures()).isEmpty();

        edit("en/feed.xml", "alt=&quot;Exports grew&quot;", "alt=&quot;Exports grew&quot;&gt; &lt;img src=&quot;/img/chart.png&quot; alt=&quot;Chart&quot;");
        assertThat(failures()).containsExactly("en/feed.xml: error [verify.feed] the entry \"Contacts of the trade mission\" has the relative address"
                + " \"/img/chart.png\" in its text — the feed template is templates/feed.ftlx; feeds need portal's site.host set to the absolute site URL");
    }

    @Test
    void aFeedThatIsNotXmlIsReported() throws IOException {
        edit("en/feed.xml", "</feed>", "");

        assertThat(failures()).singleElement().asString().startsWith("en/feed.xml: error [verify.feed] not a valid feed: ");
    }

    @Test
    void theSitemapListsExactlyThePublicPages() throws IOException {
        String roads = "  <url>\n    <loc>https://news.example.org/ru/news/2023/09/roads/</loc>";
        String sitemap = Files.readString(site.output().resolve("sitemap.xml"), StandardCharsets.UTF_8);
        assertThat(sitemap).contains(roads);
        // One page left out, and the 404 page and a page of no site listed instead.
        edit("sitemap.xml", roads, "  <url>\n    <loc>https://news.example.org/en/404.html</loc>\n  </url>\n"
                + "  <url>\n    <loc>https://news.example.org/en/gone/</loc>\n  </url>\n  <url>\n    <loc>https://news.example.org/ru/news/2023/09/roads-old/</loc>");

        assertThat(failures()).containsExactly(
                "sitemap.xml: error [verify.sitemap] does not list the public page https://news.example.org/ru/news/2023/09/roads/"
                        + " (ru/news/2023/09/roads/index.html) (made from content/news/2023/2023-09-26-roads.ru.md)"
                        + " — the sitemap is made by templates/sitemap.ftlx from the pages the build publishes",
                "sitemap.xml: error [verify.sitemap] lists https://news.example.org/en/404.html, which is not a public page"
                        + " — the sitemap is made by templates/sitemap.ftlx from the pages the build publishes",
                "sitemap.xml: error [verify.sitemap] lists https://news.example.org/en/gone/, which leads to no file of the site"
                        + " — the sitemap is made by templates/sitemap.ftlx from the pages the build publishes",
                "sitemap.xml: error [verify.sitemap] lists https://news.example.org/ru/news/2023/09/roads-old/, which leads to no file of the site"
                        + " — the sitemap is made by templates/sitemap.ftlx from the pages the build publishes");
    }

    @Test
    void theSitemapIsValidatedAgainstTheSitemapsOrgSchemaWithItsAlternates() throws IOException {
        edit("sitemap.xml", "<xhtml:link rel=\"alternate\" hreflang=\"en\"", "<xhtml:link rel=\"alternat\" hreflang=\"en\"");
        edit("sitemap.xml", "</loc>\n", "</loc>\n    <priority>2</priority>\n");

        List<String> failures = failures();
        assertThat(failures).isNotEmpty().allMatch(line -> line.matches("sitemap\\.xml:\\d+:\\d+: error \\[verify\\.sitemap\\] not valid against the sitemaps\\.org schema: .*"));
        assertThat(String.join("\n", failures)).contains("'2'").contains("'alternat'");
    }

    @Test
    void hreflangAlternatesMustNameEachOther() throws IOException {
        String english = "<link rel=\"alternate\" hreflang=\"en\" href=\"https://news.example.org/en/news/2023/09/roads/\">\n";
        edit("ru/news/2023/09/roads/index.html", english, "");

        assertThat(failures()).containsExactly(ROADS + ": error [verify.hreflang] names https://news.example.org/ru/news/2023/09/roads/"
                + " as its \"ru\" version, but ru/news/2023/09/roads/index.html does not name this page as one of its language versions"
                + " (made from content/news/2023/2023-09-26-roads.md) — give both versions the same translation key, so that each names the other");
    }

    @Test
    void anAlternateInAnotherLanguageThanItClaimsIsReported() throws IOException {
        edit("ru/news/2023/09/roads/index.html", "<html lang=\"ru\"", "<html lang=\"be\"");

        assertThat(failures()).singleElement().asString().startsWith(ROADS + ": error [verify.hreflang] names "
                + "https://news.example.org/ru/news/2023/09/roads/ as its \"ru\" version, but that page is in \"be\"");
    }
}
