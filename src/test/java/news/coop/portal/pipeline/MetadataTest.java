package news.coop.portal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import news.coop.portal.Json;
import news.coop.portal.TestSite;
import news.coop.portal.TestSite.Run;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What crawlers and social networks read: a canonical URL, a description, Open Graph and Twitter
 * card tags on every page, and on news items complete {@code NewsArticle} JSON-LD (parsed here as a
 * consumer parses it) with publication and modification dates, the picture, and the site as
 * author and publisher.
 */
class MetadataTest {
    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.create(dir).standardPages().picture("assets/img/news/plant.jpg", 2000, 1000)
                .news("2024-05-16-plant", "Plant", "energy, roads", "image: /img/news/plant.jpg", "image_alt: Workers at the plant",
                        "updated: 2024-05-17 09:30")
                .news("2024-05-01-plain", "Plain", "energy");
    }

    @Test
    void everyPageInTheShellHasACanonicalUrlADescriptionAndSharingTags() throws Exception {
        TestSite site = site();
        site.build();
        int pages = 0;
        for (String file : site.publishedFiles()) {
            if (!file.endsWith(".html") || file.equals("index.html")) {
                continue;
            }
            Document page = site.page("/" + file);
            String canonical = page.selectFirst("link[rel=canonical]").attr("href");
            assertThat(canonical).as(file).startsWith("https://news.example.org/");
            assertThat(page.selectFirst("meta[name=description]").attr("content")).as(file).isNotBlank();
            for (String property : List.of("og:type", "og:title", "og:description", "og:url", "og:site_name", "og:locale")) {
                assertThat(page.select("meta[property=" + property + "]")).as(file + " " + property).hasSize(1);
            }
            assertThat(page.selectFirst("meta[property=og:url]").attr("content")).as(file).isEqualTo(canonical);
            assertThat(page.selectFirst("meta[name=twitter:title]").attr("content")).as(file).isEqualTo(page.selectFirst("meta[property=og:title]").attr("content"));
            assertThat(page.selectFirst("meta[name=twitter:description]").attr("content")).as(file).isNotBlank();
            boolean picture = file.equals("en/news/2024/05/plant/index.html");
            assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).as(file).isEqualTo(picture ? "summary_large_image" : "summary");
            assertThat(page.select("meta[property=og:image]")).as(file).hasSize(picture ? 1 : 0);
            pages++;
        }
        assertThat(pages).isGreaterThan(20);
        Document root = site.page("/");
        assertThat(root.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://news.example.org/en/");
        assertThat(root.selectFirst("meta[name=description]").attr("content")).isNotBlank();
    }

    @Test
    void aNewsItemWithAPictureSharesItAtAtMost1600PixelsWithItsTextAndSize() throws Exception {
        TestSite site = site();
        site.build();
        Document page = site.page("/en/news/2024/05/plant/");

        String shared = "https://news.example.org" + site.published("/img/news/plant-1600w.jpg");
        assertThat(content(page, "meta[property=og:image]")).isEqualTo(shared);
        assertThat(content(page, "meta[property=og:image:width]")).isEqualTo("1600");
        assertThat(content(page, "meta[property=og:image:height]")).isEqualTo("800");
        assertThat(content(page, "meta[property=og:image:alt]")).isEqualTo("Workers at the plant");
        assertThat(content(page, "meta[name=twitter:image]")).isEqualTo(shared);
        assertThat(content(page, "meta[name=twitter:image:alt]")).isEqualTo("Workers at the plant");
        assertThat(content(page, "meta[property=article:published_time]")).isEqualTo("2024-05-16T10:00:00+03:00");
        assertThat(content(page, "meta[property=article:modified_time]")).isEqualTo("2024-05-17T09:30:00+03:00");
        assertThat(site.exists(site.published("/img/news/plant-1600w.jpg"))).isTrue();
    }

    @Test
    void jsonLdIsACompleteNewsArticle() throws Exception {
        TestSite site = site();
        site.build();
        Map<String, Object> article = jsonLd(site.page("/en/news/2024/05/plant/"));

        assertThat(article).containsEntry("@context", "https://schema.org").containsEntry("@type", "NewsArticle")
                .containsEntry("headline", "Plant")
                .containsEntry("description", "Lead of Plant.")
                .containsEntry("datePublished", "2024-05-16T10:00:00+03:00")
                .containsEntry("dateModified", "2024-05-17T09:30:00+03:00")
                .containsEntry("inLanguage", "en")
                .containsEntry("url", "https://news.example.org/en/news/2024/05/plant/")
                .containsEntry("mainEntityOfPage", Map.of("@type", "WebPage", "@id", "https://news.example.org/en/news/2024/05/plant/"))
                .containsEntry("articleSection", List.of("Energy", "Roads"))
                .containsEntry("image", Stream.of("plant", "plant-1600w", "plant-960w", "plant-480w")
                        .map(name -> "https://news.example.org" + site.published("/img/news/" + name + ".jpg")).toList());
        Map<String, Object> organisation = Map.of("@type", "Organization", "name", "Cooperation News", "url", "https://news.example.org/en/");
        assertThat(article).containsEntry("publisher", organisation).containsEntry("author", organisation);

        Map<String, Object> plain = jsonLd(site.page("/en/news/2024/05/plain/"));
        assertThat(plain).containsEntry("dateModified", "2024-05-01T10:00:00+03:00").doesNotContainKey("image");
    }

    @Test
    void thePublisherHasTheConfiguredLogoWithItsSize() throws Exception {
        TestSite site = site().picture("assets/img/logo.png", 600, 60);
        site.file("jbake.properties", "site.host=https://news.example.org\nportal.languages=en,ru,be\nportal.logo=/img/logo.png\n");
        site.build();
        Map<String, Object> article = jsonLd(site.page("/en/news/2024/05/plant/"));

        @SuppressWarnings("unchecked")
        Map<String, Object> publisher = (Map<String, Object>) article.get("publisher");
        assertThat(publisher.get("logo")).isEqualTo(Map.of("@type", "ImageObject", "url", "https://news.example.org" + site.published("/img/logo.png"),
                "width", 600, "height", 60));
        assertThat(site.publishedFiles()).as("a copy of the logo").anyMatch(file -> file.matches("img/logo-480w\\.[0-9a-f]{10}\\.png"));
    }

    @Test
    void aLogoThatIsNotThereIsAConfigurationError() {
        TestSite site = site();
        site.file("jbake.properties", "site.host=https://news.example.org\nportal.languages=en,ru,be\nportal.logo=/img/logo.png\n");
        Run run = site.cli("build");

        assertThat(run.err()).startsWith("jbake.properties:3:13: error [config.logo] the logo \"/img/logo.png\" is not a picture in assets/"
                + " — put the logo at assets/img/logo.png and write portal.logo = /img/logo.png, or remove the line\n");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void jsonLdCannotEndItsScriptElement() throws Exception {
        String title = "Talks </script><script>alert(1)</script> <!-- end\u2028next";
        TestSite site = TestSite.create(dir).standardPages().file("content/news/2024/2024-05-16-odd.md",
                "---\ntitle: \"" + title.replace("\u2028", "\\u2028") + "\"\ndate: 2024-05-16T10:00:00+03:00\nlead: A lead.\nareas: [energy]\nlang: en\n---\nText.\n");
        site.build();
        String html = site.text("/en/news/2024/05/odd/");
        int start = html.indexOf("<script type=\"application/ld+json\">");
        String script = html.substring(start, html.indexOf("</script>", start) + "</script>".length());

        assertThat(script).doesNotContain("</script><script>", "<!--", "\u2028");
        assertThat(Jsoup.parse(html).select("script[type=application/ld+json]")).hasSize(1);
        assertThat(Jsoup.parse(html).select("script")).noneMatch(element -> element.data().contains("alert(1)") && !element.attr("type").equals("application/ld+json"));
        assertThat(jsonLd(site.page("/en/news/2024/05/odd/"))).containsEntry("headline", title);
    }

    @Test
    void anUpdateIsShownAndReachesTheFeedAndTheSitemap() throws Exception {
        TestSite site = site();
        site.build();
        Element meta = site.page("/en/news/2024/05/plant/").selectFirst("main .meta");

        assertThat(meta.text()).isEqualTo("Published: 16 May 2024 · Updated: 17 May 2024");
        assertThat(meta.select("time").eachAttr("datetime")).containsExactly("2024-05-16T10:00:00+03:00", "2024-05-17T09:30:00+03:00");
        assertThat(site.page("/en/news/2024/05/plain/").selectFirst("main .meta").text()).isEqualTo("Published: 1 May 2024");
        Document feed = Jsoup.parse(site.text("/en/feed.xml"), "", Parser.xmlParser());
        assertThat(feed.selectFirst("feed > updated").text()).isEqualTo("2024-05-17T09:30:00+03:00");
        assertThat(feed.select("entry > updated").eachText()).containsExactly("2024-05-17T09:30:00+03:00", "2024-05-01T10:00:00+03:00");
        Document sitemap = Jsoup.parse(site.text("/sitemap.xml"), "", Parser.xmlParser());
        assertThat(sitemap.select("url:has(loc:containsOwn(/en/news/2024/05/plant/)) lastmod").text()).isEqualTo("2024-05-17");
    }

    @Test
    void anUpdateBeforeTheDateIsAnErrorAtItsLine() {
        TestSite site = TestSite.create(dir).standardPages()
                .news("2024-05-16-early", "Early", "energy", "updated: 2024-05-15T10:00:00+03:00")
                .news("2024-05-17-bad", "Bad", "energy", "updated: yesterday");
        Run run = site.cli("build");

        assertThat(run.err()).isEqualTo("content/news/2024/2024-05-16-early.md:8:10: error [updated.before-date] updated 2024-05-15T10:00:00+03:00"
                + " is before the item's date 2024-05-16T10:00:00+03:00 — updated is when the text was last changed: write a moment after the date,"
                + " or remove the line\n"
                + "content/news/2024/2024-05-17-bad.md:8:10: error [updated.invalid] \"yesterday\" is not a valid date"
                + " — write it as 2023-09-26T13:00:00+03:00, or 2023-09-26 13:00 for Europe/Minsk time\n"
                + "portal: 2 errors; nothing was published, the previous site is unchanged\n");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    private static String content(Document page, String selector) {
        return page.selectFirst(selector).attr("content");
    }

    /** The page's JSON-LD (see {@link Json}). */
    private static Map<String, Object> jsonLd(Document page) {
        List<Element> scripts = page.select("script[type=application/ld+json]");
        assertThat(scripts).hasSize(1);
        return Json.object(scripts.get(0).data());
    }
}
