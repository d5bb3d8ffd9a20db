package news.coop.portal.refine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import news.coop.portal.bench.SyntheticArchive;
import news.coop.portal.pipeline.Build;
import news.coop.portal.pipeline.BuildOptions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link PageScan} reads ids and link targets without a DOM; it must read exactly what jsoup's full
 * HTML parse reads, on every page of a built site and on the tricky cases of HTML's tokenizer.
 */
class PageScanTest {
    @TempDir
    Path dir;

    @Test
    void agreesWithJsoupOnEveryPageOfTheRealSiteAndAGeneratedArchive() throws Exception {
        Path archive = dir.resolve("archive");
        SyntheticArchive.generate(Path.of("").toAbsolutePath(), archive, 60, 5);
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        new Build(new BuildOptions(Path.of("").toAbsolutePath(), dir.resolve("real"), false, now)).run();
        new Build(new BuildOptions(archive, dir.resolve("generated"), false, now)).run();

        int pages = 0;
        for (Path site : List.of(dir.resolve("real"), dir.resolve("generated"))) {
            try (Stream<Path> walk = Files.walk(site)) {
                for (Path page : walk.filter(file -> file.toString().endsWith(".html")).toList()) {
                    String html = Files.readString(page);
                    assertThat(PageScan.scan(html)).as(page.toString()).isEqualTo(jsoup(html));
                    pages++;
                }
            }
        }
        assertThat(pages).isGreaterThan(100);
    }

    @Test
    void readsStartTagsTheWayHtmlDoes() {
        String html = """
                <!-- <a href="/commented-out/">no</a> -->
                <script type="application/ld+json">{"x": "<a href='/in-script/'>no</a>"}</script>
                <STYLE>a[href="/in-style/"] { color: red }</STYLE>
                <a HREF=/unquoted/ id=first>one</a>
                <a href='/single/?a=1&amp;b=2' id="second" href="/ignored-second/">two</a>
                <img src="/img.png" alt="a > b" id="&quot;q&quot;" srcset="/img-480w.png 480w,/img.png 900w">
                <link rel="stylesheet" href="/css/site.css"><script src="/js/x.js"></script>
                <p id=last>text with href="/not-a-tag/" in it</p>
                """;

        assertThat(PageScan.scan(html)).isEqualTo(jsoup(html));
        assertThat(PageScan.scan(html).links()).extracting(PageScan.Link::target)
                .containsExactly("/unquoted/", "/single/?a=1&b=2", "/img.png", "/img-480w.png", "/img.png", "/css/site.css", "/js/x.js");
    }

    private static PageScan jsoup(String html) {
        Document document = Jsoup.parse(html);
        List<String> ids = new ArrayList<>();
        List<PageScan.Link> links = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            if (element.hasAttr("id")) {
                ids.add(element.attr("id"));
            }
            String name = element.normalName();
            String attribute = name.equals("a") || name.equals("link") ? "href" : name.equals("img") || name.equals("script") || name.equals("source") ? "src" : "";
            if (!attribute.isEmpty() && element.hasAttr(attribute)) {
                links.add(new PageScan.Link(attribute, element.attr(attribute)));
            }
            if ((name.equals("img") || name.equals("source")) && element.hasAttr("srcset")) {
                for (String candidate : element.attr("srcset").split(",")) {
                    links.add(new PageScan.Link("srcset", candidate.strip().split("\\s+")[0]));
                }
            }
        }
        return new PageScan(ids, links);
    }
}
