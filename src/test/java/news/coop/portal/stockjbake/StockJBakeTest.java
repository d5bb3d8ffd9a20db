package news.coop.portal.stockjbake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import news.coop.portal.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's baseline: a small portal project, converted to a stock JBake project and baked by
 * stock JBake 2.7.0, gives a real site (post pages with their bodies as HTML, tag pages, a paginated
 * index, a feed and a sitemap). One conversion and one bake serve every test.
 */
class StockJBakeTest {
    private static final String REPORT = "blog/2023/2023-09-26-leningrad-meeting.html";

    @TempDir
    static Path dir;

    private static Path jbake;
    private static Path output;
    private static int items;

    @BeforeAll
    static void convertAndBake() throws Exception {
        TestSite site = TestSite.create(dir.resolve("portal")).standardPages().files("""
                -- content/news/2023/2023-09-26-leningrad-meeting.md --
                ---
                title: Meeting with the Governor of the Leningrad Region
                date: 2023-09-26T13:00:00+03:00
                lead: Belarus and the Leningrad Region discussed construction and energy.
                areas: [construction, energy]
                regions: [leningrad-region]
                lang: en
                ---
                Thirty-seven water treatment plants built with Belarusian technologies already operate in the region.

                ## Boiler houses

                "We will definitely do it," the President said.
                """);
        for (int day = 1; day <= 11; day++) {
            site.news(String.format("2023-05-%02d-item-%d", day, day), "Item " + day, "roads");
        }
        // A portal build leaves our Markdown engine in JBake's static registry; the stock bake must not use it.
        site.build();

        jbake = dir.resolve("jbake");
        output = dir.resolve("out");
        StockJBake.convert(site.root(), jbake);
        items = StockJBake.bake(jbake, output);
    }

    @Test
    void convertWritesJBakesHeaderAndKeepsTheMarkdownBody() throws Exception {
        String post = Files.readString(jbake.resolve("content/blog/2023/2023-09-26-leningrad-meeting.md"), StandardCharsets.UTF_8);

        assertThat(post).startsWith("""
                title=Meeting with the Governor of the Leningrad Region
                date=2023-09-26
                type=post
                tags=construction,energy,leningrad-region
                status=published
                summary=Belarus and the Leningrad Region discussed construction and energy.
                lang=en
                ~~~~~~
                Thirty-seven water treatment plants""");
        String source = Files.readString(dir.resolve("portal/content/news/2023/2023-09-26-leningrad-meeting.md"), StandardCharsets.UTF_8);
        assertThat(post).endsWith(source.substring(source.indexOf("\n---\n") + 5));
        assertThat(jbake.resolve("content/about.md")).content().contains("type=page");
        assertThat(jbake.resolve("templates/post.ftl")).exists();
        assertThat(jbake.resolve("assets/css/site.css")).exists();
    }

    @Test
    void postPageShowsTheTitleAndTheBodyRenderedByJBakesOwnMarkdownEngine() throws Exception {
        Document page = html(REPORT);

        assertThat(page.select("h1").text()).isEqualTo("Meeting with the Governor of the Leningrad Region");
        assertThat(page.select(".prose p").first().text())
                .isEqualTo("Thirty-seven water treatment plants built with Belarusian technologies already operate in the region.");
        assertThat(page.select(".prose h2").text()).isEqualTo("Boiler houses");
        // Stock flexmark keeps straight quotes; our engine would have made them typographic.
        assertThat(page.select(".prose p").last().text()).startsWith("\"We will definitely do it,\"");
        assertThat(page.select("a[href$=tags/energy.html]")).isNotEmpty();
    }

    @Test
    void tagPageListsEveryPostWithTheTag() throws Exception {
        Document energy = html("tags/energy.html");

        assertThat(energy.select("h1").text()).isEqualTo("Tag: energy");
        assertThat(energy.select(".card-title a")).extracting(link -> link.attr("href")).containsExactly("../" + REPORT);
        assertThat(html("tags/roads.html").select(".card")).hasSize(11);
    }

    @Test
    void indexListsTheTenNewestPostsAndTheRestOnPageTwo() throws Exception {
        Document first = html("index.html");

        assertThat(first.select(".card")).hasSize(10);
        assertThat(first.select(".card-title").first().text()).isEqualTo("Meeting with the Governor of the Leningrad Region");
        assertThat(first.select(".card-lead").first().text()).isEqualTo("Belarus and the Leningrad Region discussed construction and energy.");
        assertThat(first.select("a[rel=next]").attr("href")).isEqualTo("2/");
        assertThat(html("2/index.html").select(".card")).hasSize(2);
    }

    @Test
    void feedAndSitemapAreWellFormedXml() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);

        org.w3c.dom.Document feed = factory.newDocumentBuilder().parse(output.resolve("feed.xml").toFile());
        assertThat(feed.getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(feed.getElementsByTagNameNS("*", "entry").getLength()).isEqualTo(12);

        org.w3c.dom.Document sitemap = factory.newDocumentBuilder().parse(output.resolve("sitemap.xml").toFile());
        // The home page, 12 posts and 9 pages.
        assertThat(sitemap.getElementsByTagNameNS("*", "url").getLength()).isEqualTo(22);
    }

    @Test
    void bakeReturnsTheOvensCountOfRenderedItems() {
        // 12 posts, 9 pages, 4 tag pages and the tag index, and one each for index, feed, archive and sitemap.
        assertThat(items).isEqualTo(30);
        assertThat(output.resolve("archive.html")).exists();
        assertThat(output.resolve("tags/index.html")).exists();
    }

    private static Document html(String path) throws Exception {
        return Jsoup.parse(Files.readString(output.resolve(path), StandardCharsets.UTF_8));
    }
}
