package news.coop.portal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.coop.portal.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Language versions on a small site with translations (languages en, ru, be; default en): the
 * hreflang alternates of every page, the language switcher, and the sitemap's alternates.
 */
class LanguageVersionsTest {
    private static final String HOST = "https://news.example.org";
    /** Translated into Russian, not into Belarusian. */
    private static final String ROADS_EN = "/en/news/2023/09/roads/";
    private static final String ROADS_RU = "/ru/news/2023/09/dorogi/";
    /** In Russian and Belarusian only: no version in the default language. */
    private static final String GRAIN_RU = "/ru/news/2024/02/zerno/";
    private static final String GRAIN_BE = "/be/news/2024/02/zbozha/";
    /** Only in Belarusian, with no translation key. */
    private static final String FAIR_BE = "/be/news/2024/03/kirmash/";
    /** One page with a different slug in each language, linked by its translation key. */
    private static final String PARTNERS_EN = "/en/partners/";
    private static final String PARTNERS_RU = "/ru/partnery/";

    @TempDir
    static Path dir;
    static TestSite site;
    static LanguageVersions versions;

    @BeforeAll
    static void build() throws Exception {
        site = TestSite.create(dir).standardPages()
                .news("2023-09-26-roads", "Roads", "roads", "translation: roads-2023")
                .news("2023-09-26-dorogi", "Дороги", "roads", "lang: ru", "translation: roads-2023")
                .news("2024-02-01-zerno", "Зерно", "energy", "lang: ru", "translation: grain")
                .news("2024-02-01-zbozha", "Збожжа", "energy", "lang: be", "translation: grain")
                .news("2024-03-01-kirmash", "Кірмаш", "construction", "lang: be")
                .files("""
                        -- content/pages/partners.md --
                        ---
                        title: Partners
                        lead: Who works with us.
                        lang: en
                        translation: partners
                        ---
                        Our partners.
                        -- content/pages/partnery.ru.md --
                        ---
                        title: Партнёры
                        lead: Кто с нами работает.
                        lang: ru
                        slug: partnery
                        translation: partners
                        ---
                        Наши партнёры.
                        """);
        site.build();
        versions = new LanguageVersions(site.output(), HOST, List.of("en", "ru", "be"), "en");
    }

    @Test
    void theFixtureHasThePagesItIsAbout() {
        for (String url : List.of(ROADS_EN, ROADS_RU, GRAIN_RU, GRAIN_BE, FAIR_BE, PARTNERS_EN, PARTNERS_RU)) {
            assertThat(site.exists(url)).as(url).isTrue();
        }
    }

    @Test
    void everyPageNamesExactlyItsVersionsItselfIncludedAndAnXDefault() {
        Map<String, Set<String>> stories = Map.of(
                ROADS_EN, Set.of(ROADS_EN, ROADS_RU), ROADS_RU, Set.of(ROADS_EN, ROADS_RU),
                GRAIN_RU, Set.of(GRAIN_RU, GRAIN_BE), GRAIN_BE, Set.of(GRAIN_RU, GRAIN_BE),
                FAIR_BE, Set.of(FAIR_BE),
                PARTNERS_EN, Set.of(PARTNERS_EN, PARTNERS_RU), PARTNERS_RU, Set.of(PARTNERS_EN, PARTNERS_RU));

        assertThat(versions.pages()).hasSizeGreaterThan(30).containsAll(stories.keySet());
        assertThat(versions.problems(path -> stories.getOrDefault(path, versions.samePathVersions(path)))).isEmpty();
    }

    @Test
    void aStoryNamesItsTranslationAndTheDefaultLanguageVersionAsXDefault() {
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("en", ROADS_EN);
        expected.put("ru", ROADS_RU);
        expected.put("x-default", ROADS_EN);

        assertThat(versions.alternates(ROADS_EN)).containsExactlyEntriesOf(expected);
        assertThat(versions.alternates(ROADS_RU)).containsExactlyEntriesOf(expected);
        assertThat(site.page(ROADS_RU).select("head link[hreflang=ru]").attr("href")).isEqualTo(HOST + ROADS_RU);
    }

    @Test
    void withoutADefaultLanguageVersionXDefaultIsTheFirstVersionInLanguageOrder() {
        assertThat(versions.alternates(GRAIN_BE)).containsExactly(Map.entry("ru", GRAIN_RU), Map.entry("be", GRAIN_BE), Map.entry("x-default", GRAIN_RU));
        assertThat(versions.alternates(FAIR_BE)).containsExactly(Map.entry("be", FAIR_BE), Map.entry("x-default", FAIR_BE));
    }

    @Test
    void listingsNameTheSameListingInTheLanguagesThatHaveIt() {
        assertThat(versions.alternates("/en/")).containsExactly(Map.entry("en", "/en/"), Map.entry("ru", "/ru/"), Map.entry("be", "/be/"),
                Map.entry("x-default", "/en/"));
        // Roads news exists in English and Russian; the news of 2024 only in Russian and Belarusian.
        assertThat(versions.alternates("/en/areas/roads/")).containsExactly(Map.entry("en", "/en/areas/roads/"), Map.entry("ru", "/ru/areas/roads/"),
                Map.entry("x-default", "/en/areas/roads/"));
        assertThat(versions.alternates("/be/archive/2024/")).containsExactly(Map.entry("ru", "/ru/archive/2024/"), Map.entry("be", "/be/archive/2024/"),
                Map.entry("x-default", "/ru/archive/2024/"));
    }

    @Test
    void theRootRedirectAndTheNotFoundPageNameNoVersions() {
        assertThat(site.page("/").select("link[hreflang]")).isEmpty();
        assertThat(site.page("/404.html").select("link[hreflang]")).isEmpty();
    }

    @Test
    void theSwitcherLinksToTheStoryInEachLanguageThatHasIt() {
        assertThat(switcher(ROADS_EN)).containsExactly(
                "English → " + ROADS_EN + " (current)",
                "Русский → " + ROADS_RU,
                "Беларуская (няма беларускай версіі: галоўная старонка) → /be/");
        assertThat(switcher(ROADS_RU)).containsExactly(
                "English → " + ROADS_EN,
                "Русский → " + ROADS_RU + " (current)",
                "Беларуская (няма беларускай версіі: галоўная старонка) → /be/");
        assertThat(switcher(FAIR_BE)).containsExactly(
                "English (no English version: home page) → /en/",
                "Русский (нет русской версии: главная страница) → /ru/",
                "Беларуская → " + FAIR_BE + " (current)");
        assertThat(switcher(PARTNERS_RU)).containsExactly(
                "English → " + PARTNERS_EN,
                "Русский → " + PARTNERS_RU + " (current)",
                "Беларуская (няма беларускай версіі: галоўная старонка) → /be/");
    }

    @Test
    void theFallbackNoteIsShownAndWrittenInTheLinksLanguage() {
        Element fallback = site.page(ROADS_EN).selectFirst(".lang-switch a[hreflang=be]");

        assertThat(fallback.attr("lang")).isEqualTo("be");
        assertThat(fallback.hasClass("lang-switch-fallback")).isTrue();
        assertThat(fallback.selectFirst(".lang-switch-note").text()).isEqualTo("(няма беларускай версіі: галоўная старонка)");
        assertThat(site.page(ROADS_EN).selectFirst(".lang-switch a[hreflang=ru]").select(".lang-switch-note")).isEmpty();
    }

    @Test
    void theNotFoundPageSwitcherLinksToEveryHomeWithoutANote() {
        assertThat(switcher("/404.html")).containsExactly("English → /404.html (current)", "Русский → /ru/", "Беларуская → /be/");
    }

    @Test
    void everyLanguageHasItsOwnNotFoundPageAndTheRootOneIsTheDefaultLanguages() {
        Map<String, String> titles = new java.util.HashMap<>();
        for (String lang : List.of("en", "ru", "be")) {
            Document page = site.page("/" + lang + "/404.html");
            assertThat(page.selectFirst("html").attr("lang")).isEqualTo(lang);
            assertThat(page.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
            assertThat(page.select("main .link-list a").eachAttr("href")).containsExactly("/" + lang + "/", "/" + lang + "/archive/");
            titles.put(lang, page.selectFirst("h1").text());
        }
        assertThat(new java.util.HashSet<>(titles.values())).hasSize(3);
        assertThat(site.page("/404.html").selectFirst("h1").text()).isEqualTo(titles.get("en"));
    }

    @Test
    void theSitemapNamesTheSameVersionsAsEveryPage() {
        Map<String, Map<String, String>> sitemap = versions.sitemap();

        assertThat(sitemap.keySet()).containsExactlyInAnyOrderElementsOf(versions.pages());
        for (String path : versions.pages()) {
            assertThat(sitemap.get(path)).as(path).containsExactlyEntriesOf(versions.alternates(path));
        }
        assertThat(sitemap.get(GRAIN_RU)).containsExactly(Map.entry("ru", GRAIN_RU), Map.entry("be", GRAIN_BE), Map.entry("x-default", GRAIN_RU));
        assertThat(site.text("/sitemap.xml"))
                .contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">")
                .contains("    <xhtml:link rel=\"alternate\" hreflang=\"ru\" href=\"" + HOST + ROADS_RU + "\"/>\n");
    }

    @Test
    void aUiStringMissingInOneLanguageFailsTheBuildNamingTheFileAndTheKey(@TempDir Path other) throws Exception {
        TestSite broken = TestSite.create(other).standardPages().news("2023-09-26-roads", "Roads", "roads");
        Path be = broken.root().resolve("templates/messages/be.properties");
        java.nio.file.Files.writeString(be, java.nio.file.Files.readString(be).replaceAll("(?m)^lang\\.switch\\.fallback=.*\n", ""));

        org.assertj.core.api.Assertions.assertThatThrownBy(broken::build).isInstanceOf(news.coop.portal.diag.BuildFailure.class)
                .extracting(failure -> ((news.coop.portal.diag.BuildFailure) failure).diagnostics().stream().map(Object::toString).toList())
                .isEqualTo(List.of("templates/messages/be.properties: error [messages.key-missing] the UI string \"lang.switch.fallback\" is missing in \"be\""
                        + " — add \"lang.switch.fallback = …\" here, translated from templates/messages/en.properties"));
        assertThat(broken.exists("/en/")).isFalse();
    }

    /** Each switcher link as "text → href", "(current)" marking aria-current. */
    private static List<String> switcher(String url) {
        Document page = site.page(url);
        return page.select(".lang-switch a").stream()
                .map(link -> link.text() + " → " + link.attr("href") + (link.hasAttr("aria-current") ? " (current)" : "")).toList();
    }
}
