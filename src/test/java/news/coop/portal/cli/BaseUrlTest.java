package news.coop.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.coop.portal.TestSite;
import news.coop.portal.TestSite.Run;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --base-url} (and {@code PORTAL_BASE_URL}) publishes the same sources at another address, such
 * as a staging copy under a path: every absolute URL and every link follows it, and the build's own
 * link check passes.
 */
class BaseUrlTest {
    private static final String STAGING = "https://staging.example.org/portal/";
    private static final Pattern ABSOLUTE = Pattern.compile("https?://[^\\s\"'<>)]+");

    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.create(dir).standardPages()
                .news("2023-09-26-roads", "Roads", "roads", "translation: roads", "image: /img/news/plant.jpg", "image_alt: The plant")
                .file("content/news/2023/2023-09-26-roads.ru.md", "---\ntitle: Дороги\ndate: 2023-09-26T10:00:00+03:00\nlead: Про дороги.\nareas: [roads]\n"
                        + "lang: ru\nslug: roads\ntranslation: roads\n---\nТекст.\n")
                .news("2024-01-10-energy", "Energy", "energy")
                .file("content/news/2024/2024-02-02-linking.md", "---\ntitle: Linking\ndate: 2024-02-02T10:00:00+03:00\nlead: A link.\nareas: [roads]\n"
                        + "lang: en\n---\nSee [the roads](../2023/2023-09-26-roads.md) and [energy](2024-01-10-energy.md#main-content).\n")
                .picture("assets/img/news/plant.jpg", 1700, 1000);
    }

    @Test
    void everyAbsoluteUrlAndEveryLinkFollowsABaseUrlWithAPath() throws IOException {
        TestSite site = site();
        Run run = site.cli("build", "--base-url", STAGING);

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Path> files = site.publishedFiles().stream().map(site.output()::resolve).toList();
        List<String> strays = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (!name.matches(".*\\.(html|xml|txt|json|js|css)")) {
                continue;
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Matcher url = ABSOLUTE.matcher(text);
            while (url.find()) {
                if (url.group().contains("example.org") && !url.group().startsWith(STAGING)) {
                    strays.add(site.output().relativize(file) + ": " + url.group());
                }
            }
            if (name.endsWith(".html")) {
                Document page = Jsoup.parse(text);
                for (Element element : page.select("[href], [src], [action]")) {
                    for (String attribute : List.of("href", "src", "action")) {
                        String link = element.attr(attribute);
                        if (link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/portal/")) {
                            strays.add(site.output().relativize(file) + ": " + attribute + "=" + link);
                        }
                    }
                }
                for (Element element : page.select("[srcset]")) {
                    for (String candidate : element.attr("srcset").split(",\\s*")) {
                        if (!candidate.startsWith("/portal/")) {
                            strays.add(site.output().relativize(file) + ": srcset " + candidate);
                        }
                    }
                }
            }
        }
        assertThat(strays).isEmpty();

        Document item = site.page("/en/news/2023/09/roads/");
        assertThat(item.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(STAGING + "en/news/2023/09/roads/");
        assertThat(item.selectFirst("meta[property=og:url]").attr("content")).isEqualTo(STAGING + "en/news/2023/09/roads/");
        assertThat(item.select("link[rel=alternate][hreflang]").eachAttr("href")).contains(STAGING + "ru/news/2023/09/roads/");
        assertThat(item.selectFirst("script[type=application/ld+json]").data()).contains("\"url\":\"" + STAGING + "en/news/2023/09/roads/\"");
        assertThat(site.page("/en/news/2024/02/linking/").select(".prose a").eachAttr("href"))
                .containsExactly("/portal/en/news/2023/09/roads/", "/portal/en/news/2024/01/energy/#main-content");
        Document feed = Jsoup.parse(site.text("/en/feed.xml"), "", org.jsoup.parser.Parser.xmlParser());
        assertThat(feed.selectFirst("feed > id").text()).isEqualTo(STAGING + "en/feed.xml");
        assertThat(feed.select("entry > id").eachText()).contains("tag:staging.example.org,2023-09-26:/portal/en/news/2023/09/roads/");
        assertThat(site.text("/robots.txt")).contains("Sitemap: " + STAGING + "sitemap.xml\n");
        assertThat(site.text("/sitemap.xml")).contains("<loc>" + STAGING + "en/news/2023/09/roads/</loc>");
        assertThat(site.page("/").selectFirst("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=/portal/en/");
    }

    @Test
    void withoutABaseUrlSiteHostHolds() {
        TestSite site = site();
        Run run = site.cli("build");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(site.page("/en/").selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://news.example.org/en/");
    }

    @Test
    void portalBaseUrlIsTheDefaultAndTheOptionWins() {
        TestSite site = site();
        Run fromEnvironment = site.cli(Map.of("PORTAL_BASE_URL", STAGING), "build");

        assertThat(fromEnvironment.exitCode()).as(fromEnvironment.err()).isZero();
        assertThat(site.page("/en/").selectFirst("link[rel=canonical]").attr("href")).isEqualTo(STAGING + "en/");

        Run fromOption = site.cli(Map.of("PORTAL_BASE_URL", STAGING), "build", "--base-url", "https://www.example.org");

        assertThat(fromOption.exitCode()).as(fromOption.err()).isZero();
        assertThat(site.page("/en/").selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://www.example.org/en/");
        assertThat(site.page("/en/").selectFirst("link[rel=stylesheet]").attr("href")).isEqualTo("/" + site.asset("css/site.css"));
    }

    @Test
    void checkFollowsTheBaseUrlToo() {
        Run run = site().cli("check", "--base-url", STAGING);

        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void aBaseUrlThatIsNotAnAbsoluteHttpAddressIsAUsageError() {
        for (String bad : List.of("staging.example.org", "/portal/", "ftp://example.org/", "https://", "https://example.org/a b",
                "https://example.org/?x=1", "https://example.org/#top", "https://user@example.org/")) {
            for (String command : List.of("build", "check", "serve")) {
                Run run = site().cli(command, "--base-url", bad);

                assertThat(run.exitCode()).as(command + " " + bad).isEqualTo(2);
                assertThat(run.err()).startsWith("--base-url: \"" + bad
                        + "\" is not an absolute http or https address; write it as https://news.example.org or https://example.org/portal/\n");
            }
        }
        Run run = site().cli(Map.of("PORTAL_BASE_URL", "staging"), "build");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("PORTAL_BASE_URL: \"staging\" is not an absolute http or https address");
    }
}
