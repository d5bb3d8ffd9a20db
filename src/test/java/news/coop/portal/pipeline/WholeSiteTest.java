package news.coop.portal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import news.coop.portal.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small sites built end to end, asserted on the published files as a reader or a crawler sees them. */
class WholeSiteTest {
    @TempDir
    Path dir;

    private TestSite threeItems() {
        return TestSite.create(dir).standardPages()
                .news("2023-09-26-roads-and-energy", "Roads and energy", "roads, energy")
                .news("2024-02-01-energy-only", "Energy only", "energy")
                .news("2022-05-05-construction", "Construction works", "construction", "regions: [tatarstan]")
                .file("content/news/2023/2023-03-01-ru-item.md", """
                        ---
                        title: Новость на русском
                        date: 2023-03-01T09:00:00+03:00
                        lead: Краткое содержание.
                        areas: [energy]
                        regions: [tatarstan]
                        lang: ru
                        ---
                        Текст "в кавычках".
                        """);
    }

    @Test
    void aNewsItemPageCarriesTitleDateLeadBodyTermsAndMetadata() throws Exception {
        TestSite site = threeItems();
        site.build();
        Document page = site.page("/en/news/2023/09/roads-and-energy/");

        assertThat(page.select("h1")).hasSize(1).first().extracting(Element::text).isEqualTo("Roads and energy");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("main time").attr("datetime")).isEqualTo("2023-09-26T10:00:00+03:00");
        assertThat(page.selectFirst("main time").text()).isEqualTo("26 September 2023");
        assertThat(page.selectFirst("main .lead").text()).isEqualTo("Lead of Roads and energy.");
        assertThat(page.selectFirst("main").text()).contains("Body of Roads and energy.");
        assertThat(page.select("main a[href=/en/areas/roads/]")).isNotEmpty();
        assertThat(page.select("main a[href=/en/areas/energy/]")).isNotEmpty();
        assertThat(page.select("main a[href=/en/regions/leningrad-region/]")).isNotEmpty();
        assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo("Lead of Roads and energy.");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://news.example.org/en/news/2023/09/roads-and-energy/");
        assertThat(page.selectFirst("meta[property=og:title]").attr("content")).isEqualTo("Roads and energy");
        assertThat(page.selectFirst("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(page.selectFirst("a.skip-link").attr("href")).isEqualTo("#main-content");
        assertThat(page.selectFirst("main#main-content")).isNotNull();
        assertThat(page.select("nav[aria-label] ol li").last().text()).isEqualTo("Roads and energy");
    }

    @Test
    void aDraftPublishedForAPreviewSaysSoOnItsPageAndInListings() throws Exception {
        TestSite site = threeItems().news("2024-03-03-plan", "Draft plan", "energy", "status: draft")
                .file("content/pages/partners.md", "---\ntitle: Partners\nlead: Who we work with.\nlang: en\nstatus: draft\n---\nSoon.\n");
        site.build(new BuildOptions(site.root(), site.output(), true, TestSite.NOW));

        Element banner = site.page("/en/news/2024/03/plan/").selectFirst("main .draft-banner");
        assertThat(banner.text()).isEqualTo("Draft Not published: only previews show it. To publish it, remove “status: draft” from its front matter.");
        assertThat(site.page("/en/partners/").select("main .draft-banner")).hasSize(1);
        Document home = site.page("/en/");
        assertThat(home.select(".card-title:has(.draft-marker)").eachText()).containsExactly("Draft plan Draft");
        assertThat(home.select(".card-title").eachText()).contains("Energy only");
        Document published = site.page("/en/news/2024/02/energy-only/");
        assertThat(published.select(".draft-banner")).isEmpty();
        assertThat(published.select(".related .card-title").eachText()).contains("Draft plan Draft");
        assertThat(site.page("/en/about/").select(".draft-banner")).isEmpty();
    }

    @Test
    void olderNewerAndRelatedNewsStayWithinTheLanguage() throws Exception {
        TestSite site = threeItems();
        site.build();
        Document middle = site.page("/en/news/2023/09/roads-and-energy/");

        assertThat(middle.select(".prev-next a").eachAttr("href"))
                .containsExactly("/en/news/2024/02/energy-only/", "/en/news/2022/05/construction/");
        assertThat(middle.select(".related a").eachAttr("href")).contains("/en/news/2024/02/energy-only/")
                .doesNotContain("/ru/news/2023/03/ru-item/", "/en/news/2022/05/construction/");
    }

    @Test
    void areaPagesListTheirItemsNewestFirstWithDescriptionAndFeed() throws Exception {
        TestSite site = threeItems();
        site.build();
        Document energy = site.page("/en/areas/energy/");

        assertThat(energy.selectFirst("h1").text()).isEqualTo("Energy");
        assertThat(energy.selectFirst("main").text()).contains("About Energy");
        assertThat(energy.select("main .news-list h2 a").eachAttr("href"))
                .containsExactly("/en/news/2024/02/energy-only/", "/en/news/2023/09/roads-and-energy/");
        assertThat(energy.select("link[type=application/atom+xml]").attr("href")).isEqualTo("https://news.example.org/en/areas/energy/feed.xml");
        assertThat(site.exists("/en/areas/energy/feed.xml")).isTrue();
        assertThat(site.page("/ru/areas/energy/").select("main .news-list h2 a").eachAttr("href")).containsExactly("/ru/news/2023/03/ru-item/");
    }

    @Test
    void theAreasIndexCountsItemsAndLinksOnlyAreasThatHaveSome() throws Exception {
        TestSite site = threeItems();
        site.build();
        Document index = site.page("/en/areas/");

        assertThat(index.selectFirst("main").text()).contains("Construction", "Energy", "Roads");
        assertThat(index.select("main a[href=/en/areas/energy/]")).hasSize(1);
        assertThat(index.selectFirst("main").text()).contains("News items: 2");
        assertThat(site.page("/ru/areas/").select("main a[href=/ru/areas/roads/]")).isEmpty();
        assertThat(site.exists("/ru/areas/roads/")).isFalse();
    }

    @Test
    void regionPagesExistForRegionsWithItems() throws Exception {
        TestSite site = threeItems();
        site.build();

        assertThat(site.page("/en/regions/tatarstan/").select("main .news-list h2 a").eachAttr("href"))
                .containsExactly("/en/news/2022/05/construction/");
        assertThat(site.exists("/en/regions/tatarstan/feed.xml")).isTrue();
        assertThat(site.page("/en/regions/").selectFirst("main").text()).contains("Leningrad Region", "Tatarstan");
    }

    @Test
    void theHomePageAndAreaPagesPaginateTenToAPage() throws Exception {
        TestSite site = TestSite.create(dir).standardPages();
        for (int day = 1; day <= 23; day++) {
            site.news(String.format("2024-03-%02d-item-%d", day, day), "Item " + day, "energy");
        }
        site.build();

        Document first = site.page("/en/");
        assertThat(first.select("main .news-list h2 a")).hasSize(10);
        assertThat(first.select("main .news-list h2 a").first().text()).isEqualTo("Item 23");
        assertThat(first.select("nav.pagination a[rel=next], nav.pagination a").eachAttr("href")).contains("/en/page/2/", "/en/page/3/");
        Document third = site.page("/en/page/3/");
        assertThat(third.select("main .news-list h2 a").eachText()).containsExactly("Item 3", "Item 2", "Item 1");
        assertThat(third.selectFirst("title").text()).contains("Page 3 of 3");
        assertThat(site.exists("/en/page/4/")).isFalse();

        assertThat(site.page("/en/areas/energy/").select("main .news-list h2 a")).hasSize(10);
        assertThat(site.page("/en/areas/energy/page/2/").select("main .news-list h2 a")).hasSize(10);
        assertThat(site.page("/en/areas/energy/page/3/").select("main .news-list h2 a")).hasSize(3);
        assertThat(site.page("/en/areas/energy/page/2/").select("[aria-current=page]").eachText()).contains("2");
    }

    @Test
    void theArchiveGroupsAYearByMonthNewestFirst() throws Exception {
        TestSite site = threeItems().news("2023-01-15-january", "January item", "roads");
        site.build();

        Document year = site.page("/en/archive/2023/");
        assertThat(year.select("main h2").eachText()).containsSubsequence("September", "January");
        assertThat(year.select("main a[href=/en/news/2023/01/january/]")).hasSize(1);
        assertThat(site.page("/en/archive/").select("main a").eachAttr("href"))
                .contains("/en/archive/2024/", "/en/archive/2023/", "/en/archive/2022/");
        assertThat(site.page("/ru/archive/2023/").select("main h2").eachText()).contains("Март");
    }

    @Test
    void feedsAreAtomWithAbsoluteLinksStableIdsAndTheNewestItemsDateAsUpdated() throws Exception {
        TestSite site = threeItems();
        site.build();
        Document feed = Jsoup.parse(site.text("/en/feed.xml"), "", Parser.xmlParser());

        assertThat(feed.selectFirst("feed").attr("xmlns")).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(feed.selectFirst("feed > updated").text()).isEqualTo("2024-02-01T10:00:00+03:00");
        assertThat(feed.select("entry > link").eachAttr("href")).containsExactly(
                "https://news.example.org/en/news/2024/02/energy-only/",
                "https://news.example.org/en/news/2023/09/roads-and-energy/",
                "https://news.example.org/en/news/2022/05/construction/");
        assertThat(feed.select("entry > id").eachText()).containsExactly(
                "tag:news.example.org,2024-02-01:/en/news/2024/02/energy-only/",
                "tag:news.example.org,2023-09-26:/en/news/2023/09/roads-and-energy/",
                "tag:news.example.org,2022-05-05:/en/news/2022/05/construction/");
        assertThat(feed.select("link[rel=self]").attr("href")).isEqualTo("https://news.example.org/en/feed.xml");
        assertThat(feed.selectFirst("feed > id").text()).isEqualTo("https://news.example.org/en/feed.xml");
        Document areaFeed = Jsoup.parse(site.text("/en/areas/energy/feed.xml"), "", Parser.xmlParser());
        assertThat(areaFeed.select("entry")).hasSize(2);
    }

    @Test
    void theSitemapListsEveryPublicPageAndRobotsNamesIt() throws Exception {
        TestSite site = threeItems();
        site.build();
        Document sitemap = Jsoup.parse(site.text("/sitemap.xml"), "", Parser.xmlParser());
        List<String> locs = sitemap.select("url > loc").eachText();

        List<String> pages = site.publishedFiles().stream()
                .filter(file -> file.endsWith("index.html") && !file.equals("index.html"))
                .map(file -> "https://news.example.org/" + file.substring(0, file.length() - "index.html".length()))
                .toList();
        assertThat(locs).containsExactlyInAnyOrderElementsOf(pages);
        assertThat(site.text("/robots.txt")).contains("Sitemap: https://news.example.org/sitemap.xml");
    }

    @Test
    void theRootSendsReadersToTheDefaultLanguageWithoutJavaScript() throws Exception {
        TestSite site = threeItems();
        site.build();
        Document root = site.page("/");

        assertThat(root.selectFirst("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=/en/");
        assertThat(root.select("a[href=/en/]")).isNotEmpty();
        assertThat(root.select("script")).isEmpty();
        assertThat(site.page("/404.html").selectFirst("h1")).isNotNull();
    }

    @Test
    void pagesFromContentPagesArePublishedUnderTheirLanguage() throws Exception {
        TestSite site = threeItems();
        site.build();

        assertThat(site.page("/en/about/").selectFirst("h1").text()).isEqualTo("About en");
        assertThat(site.page("/be/accessibility/").selectFirst("html").attr("lang")).isEqualTo("be");
    }

    @Test
    void russianTextGetsRussianDatesAndQuotes() throws Exception {
        TestSite site = threeItems();
        site.build();
        Document page = site.page("/ru/news/2023/03/ru-item/");

        assertThat(page.selectFirst("main time").text()).isEqualTo("1 марта 2023 г.");
        assertThat(page.selectFirst("main .prose").text()).contains("«в кавычках»");
    }

    @Test
    void everyHtmlPageHasExactlyOneH1AndATitle() throws Exception {
        TestSite site = threeItems();
        site.build();
        for (String file : site.publishedFiles()) {
            if (file.endsWith(".html") && !file.equals("index.html")) {
                Document page = site.page("/" + file);
                assertThat(page.select("h1")).as(file).hasSize(1);
                assertThat(page.title()).as(file).isNotBlank();
            }
        }
    }

    @Test
    void aLinkToAnotherSourceFileBecomesThatItemsUrl() throws Exception {
        TestSite site = threeItems().file("content/news/2024/2024-04-04-linking.md", """
                ---
                title: Linking
                date: 2024-04-04T10:00:00+03:00
                lead: Links to an older item.
                areas: [roads]
                lang: en
                ---
                See [the report](../2023/2023-09-26-roads-and-energy.md).
                """);
        site.build();

        assertThat(site.page("/en/news/2024/04/linking/").select(".prose a").attr("href")).isEqualTo("/en/news/2023/09/roads-and-energy/");
    }

    @Test
    void aSiteServedFromASubFolderPrefixesEveryLink() throws Exception {
        TestSite site = threeItems();
        site.file("jbake.properties", "site.host=https://example.org/portal\nportal.languages=en,ru,be\n");
        site.file("content/news/2024/2024-04-04-linking.md",
                "---\ntitle: Linking\ndate: 2024-04-04T10:00:00+03:00\nlead: L.\nareas: [roads]\nlang: en\n---\nSee [it](../2023/2023-09-26-roads-and-energy.md).\n");
        site.build();
        Document page = site.page("/en/news/2024/04/linking/");

        assertThat(page.select("a[href^=/]").eachAttr("href")).allMatch(href -> href.startsWith("/portal/"));
        assertThat(page.select(".prose a").attr("href")).isEqualTo("/portal/en/news/2023/09/roads-and-energy/");
        assertThat(page.selectFirst("link[rel=stylesheet]").attr("href")).isEqualTo("/portal/" + site.asset("css/site.css"));
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/portal/en/news/2024/04/linking/");
        assertThat(site.text("/en/feed.xml")).contains("href=\"https://example.org/portal/en/news/2023/09/roads-and-energy/\"");
        assertThat(site.page("/").selectFirst("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=/portal/en/");
    }

    @Test
    void longListingsLinkTheFirstLastAndNearbyPagesOnly() throws Exception {
        TestSite site = TestSite.create(dir).standardPages();
        site.file("jbake.properties", "site.host=https://news.example.org\nportal.languages=en,ru,be\nportal.page_size=1\n");
        for (int day = 1; day <= 12; day++) {
            site.news(String.format("2024-03-%02d-item-%d", day, day), "Item " + day, "energy");
        }
        site.build();
        Document sixth = site.page("/en/page/6/");

        assertThat(sixth.select("nav.pagination .pagination-item:not(.pagination-prev):not(.pagination-next) a").eachText())
                .containsExactly("1", "4", "5", "6", "7", "8", "12");
        assertThat(sixth.select("nav.pagination .pagination-gap")).hasSize(2);
        assertThat(sixth.select("nav.pagination [aria-current=page]").text()).isEqualTo("6");
        assertThat(sixth.select("nav.pagination a[rel=prev]").attr("href")).isEqualTo("/en/page/5/");
    }
}
