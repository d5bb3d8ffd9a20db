package news.coop.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import news.coop.portal.Json;
import news.coop.portal.TestSite;
import news.coop.portal.search.SearchIndex;
import news.coop.portal.search.SearchText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page in real Chromium, as a reader uses it: on the real content in Russian, English and
 * Belarusian, a query finds every form of its words, titles first and then the newest, a phrase in
 * quotes only in that order, the filters narrow the list, the count is announced with the right
 * plural, the query's words are marked, the keyboard reaches everything, axe finds nothing, and
 * without JavaScript the page says so and offers its other ways in. On a generated archive of 45
 * items in two shards: a query downloads only the files it needs, "Show more" brings the next 20 and
 * moves focus to the first of them, and an index file that fails to load is reported.
 *
 * <p>And the contract under all of it: the browser analyses words exactly as the index was built
 * ({@code assets/js/search.js} against {@link SearchText}), word for word on the lists in
 * {@code src/test/resources/search/}.
 */
@ExtendWith(BrowserCondition.class)
class SearchBrowserIT {
    @TempDir
    static Path dir;
    private static ChromeDriver chrome;
    /** 45 English items about roads, each with 110 words of its own: an index of two shards. */
    private static TestSite generated;
    private static StaticSite archive;

    @BeforeAll
    static void start() throws Exception {
        TestSite site = generated = TestSite.create(dir).standardPages();
        for (int i = 1; i <= 45; i++) {
            StringBuilder words = new StringBuilder();
            for (int k = 0; k < 110; k++) {
                words.append(" w").append(i).append('x').append(k);
            }
            String date = java.time.LocalDate.of(2024, 1, 1).plusDays(i).toString();
            site.file("content/news/2024/" + date + "-road-works-" + i + ".md", "---\ntitle: Road works " + i + "\ndate: " + date
                    + "T10:00:00+03:00\nlead: Works on road " + i + ".\nareas: [roads]\nlang: en\n---\nThe crews" + words + ".\n");
        }
        site.build();
        archive = new StaticSite(site.output());
        chrome = Chromium.start(1280, 800, Map.of());
        chrome.executeCdpCommand("Network.enable", Map.of());
    }

    @AfterAll
    static void stop() {
        if (chrome != null) {
            chrome.quit();
        }
        if (archive != null) {
            archive.close();
        }
    }

    @AfterEach
    void reset() {
        chrome.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
        chrome.executeScript("localStorage.clear()");
        Pages.viewport(chrome, 1280, 800);
    }

    // ---- helpers ----

    private static void open(String lang, String query) {
        chrome.get(RealSite.get().url("/" + lang + "/search/" + query));
    }

    private static String q(String text) {
        return "?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static WebElement input() {
        return chrome.findElement(By.id("search-query"));
    }

    /** Types the query into the box and presses Enter. */
    private static void search(String query) {
        WebElement box = input();
        box.clear();
        box.sendKeys(query + Keys.ENTER);
    }

    private static String status() {
        return (String) chrome.executeScript("return document.getElementById('search-status').textContent");
    }

    /** Waits until the status region says exactly this (then the results are on the page). */
    private static void awaitStatus(String expected) {
        try {
            new WebDriverWait(chrome, Duration.ofSeconds(10)).until(driver -> status().equals(expected));
        } catch (TimeoutException e) {
            assertThat(status()).as("the status region").isEqualTo(expected);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(String script, Object... args) {
        return (List<String>) chrome.executeScript(script, args);
    }

    /** The paths of the results' title links, in order. */
    private static List<String> results() {
        return strings("return [...document.querySelectorAll('#search-results > li h2 a')].map(a => a.pathname)");
    }

    /** The search folder's files the page downloaded, e.g. "meta.json", "t/0.json". */
    private static List<String> indexFilesLoaded(String folder) {
        return strings("return performance.getEntriesByType('resource').map(e => new URL(e.name).pathname)"
                + ".filter(p => p.startsWith(arguments[0])).map(p => p.slice(arguments[0].length)).sort()", folder);
    }

    private static String ru(String path) {
        return "/ru/news/" + path + "/";
    }

    // ---- the real content ----

    static Stream<Arguments> rankings() {
        return Stream.of(
                // A title match outranks a newer item that has the word only in its text; the form typed
                // finds the others («образования» in the title).
                Arguments.of("ru", "образование", "Найдены 2 новости по запросу «образование»",
                        List.of(ru("2023/06/sankt-peterburg-dni-kultury-i-obrazovaniya"), ru("2023/09/lukashenko-nazval-perspektivnyye-napravleniya"))),
                // «котельная» is nowhere in the text: «котельные» (title) and «котельных» (text) are found.
                Arguments.of("ru", "котельная", "Найдены 2 новости по запросу «котельная»",
                        List.of(ru("2024/05/leningradskaya-oblast-modernizatsiya-kotelnykh"), ru("2023/09/lukashenko-nazval-perspektivnyye-napravleniya"))),
                // The noun finds its adjectives («энергетическом», «энергетического»), newest first.
                Arguments.of("ru", "энергетика", "Найдены 2 новости по запросу «энергетика»",
                        List.of(ru("2024/05/leningradskaya-oblast-modernizatsiya-kotelnykh"), ru("2023/09/lukashenko-nazval-perspektivnyye-napravleniya"))),
                Arguments.of("en", "dairy", "Found 2 news items for “dairy”",
                        List.of("/en/news/2022/08/tatarstan-dairy-farming-machinery/", "/en/news/2025/06/sverdlovsk-region-food-supplies-seed-potatoes/")),
                Arguments.of("be", "удзел", "Знойдзены 2 навіны па запыце «удзел»",
                        List.of("/be/news/2023/03/maskouskaya-voblasts-zhyllyovae-budaunitstva/",
                                "/be/news/2023/09/lukasenka-nazvau-pierspiektyunyja-kirunki-supracounictva/")),
                // «вобласць» is in no title: «вобласцю» and «вобласці» are, so the newer comes first.
                Arguments.of("be", "вобласць", "Знойдзены 2 навіны па запыце «вобласць»",
                        List.of("/be/news/2023/09/lukasenka-nazvau-pierspiektyunyja-kirunki-supracounictva/",
                                "/be/news/2023/03/maskouskaya-voblasts-zhyllyovae-budaunitstva/")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("rankings")
    void aQueryFindsEveryFormOfItsWordsTitleMatchesFirstThenTheNewest(String lang, String query, String said, List<String> expected) {
        open(lang, "");
        search(query);
        awaitStatus(said);
        assertThat(results()).isEqualTo(expected);
        assertThat(chrome.getCurrentUrl()).as("the search can be linked to").endsWith("/" + lang + "/search/" + q(query));
    }

    @Test
    void aQuotedPhraseMatchesOnlyItsWordsInThatOrder() {
        open("ru", "");
        search("белорусские организации");
        awaitStatus("Найдены 4 новости по запросу «белорусские организации»");

        search("\"белорусские организации\"");
        awaitStatus("Найдена 1 новость по запросу «\"белорусские организации\"»");
        assertThat(results()).containsExactly(ru("2024/05/leningradskaya-oblast-modernizatsiya-kotelnykh"));

        search("«организации белорусские»");
        awaitStatus("Ничего не найдено по запросу ««организации белорусские»»");
        assertThat(results()).isEmpty();

        // A phrase takes its words in any form: «топливно-энергетического комплекса», «…энергетическом комплексе».
        search("„топливно-энергетический комплекс“");
        awaitStatus("Найдены 2 новости по запросу «„топливно-энергетический комплекс“»");
        assertThat(results()).containsExactly(ru("2024/05/leningradskaya-oblast-modernizatsiya-kotelnykh"),
                ru("2023/09/lukashenko-nazval-perspektivnyye-napravleniya"));
    }

    @Test
    void theAreaAndYearFiltersNarrowTheListAndTheAddressKeepsThem() {
        open("ru", "");
        search("области");
        awaitStatus("Найдены 4 новости по запросу «области»");
        assertThat(results()).containsExactly(ru("2024/07/leningradskaya-oblast-ispolzuyet-belorusskiye-materialy"),
                ru("2024/05/leningradskaya-oblast-modernizatsiya-kotelnykh"), ru("2023/09/lukashenko-nazval-perspektivnyye-napravleniya"),
                ru("2022/06/yaroslavskaya-oblast-prodovolstvie-selkhoztekhnika"));

        new Select(chrome.findElement(By.id("search-area"))).selectByValue("energy");
        awaitStatus("Найдены 2 новости по запросу «области»");
        assertThat(results()).containsExactly(ru("2024/05/leningradskaya-oblast-modernizatsiya-kotelnykh"),
                ru("2023/09/lukashenko-nazval-perspektivnyye-napravleniya"));
        assertThat(strings("return [...document.querySelectorAll('#search-results .search-result-areas')].map(p => p.textContent)"))
                .as("the areas, with the labels of the page's own list").containsExactly("Направления: Энергетика, Строительство",
                        "Направления: Строительство, Энергетика, Дорожное хозяйство, Жилищно-коммунальное хозяйство, Образование, Торговля, Финансы и инвестиции");

        new Select(chrome.findElement(By.id("search-year"))).selectByValue("2024");
        awaitStatus("Найдена 1 новость по запросу «области»");
        assertThat(results()).containsExactly(ru("2024/05/leningradskaya-oblast-modernizatsiya-kotelnykh"));
        String address = chrome.getCurrentUrl();
        assertThat(address).endsWith("/ru/search/" + q("области") + "&area=energy&year=2024");

        // The address brings the same search back, filters and all.
        chrome.get(address);
        awaitStatus("Найдена 1 новость по запросу «области»");
        assertThat(input().getAttribute("value")).isEqualTo("области");
        assertThat(new Select(chrome.findElement(By.id("search-area"))).getFirstSelectedOption().getText()).isEqualTo("Энергетика");

        // A filter alone lists everything in it (the box emptied without an input event, which would search at once).
        chrome.executeScript("arguments[0].value = ''", input());
        new Select(chrome.findElement(By.id("search-year"))).selectByValue("2023");
        awaitStatus("Найдена 1 новость");
        assertThat(results()).containsExactly(ru("2023/09/lukashenko-nazval-perspektivnyye-napravleniya"));
    }

    static Stream<Arguments> counts() {
        return Stream.of(Arguments.of("ru", "\"белорусские организации\"", "Найдена 1 новость по запросу «\"белорусские организации\"»"),
                Arguments.of("ru", "образование", "Найдены 2 новости по запросу «образование»"),
                Arguments.of("ru", "сотрудничество", "Найдено 5 новостей по запросу «сотрудничество»"),
                Arguments.of("en", "Lukashenko", "Found 1 news item for “Lukashenko”"),
                Arguments.of("en", "Belarusian", "Found 12 news items for “Belarusian”"),
                Arguments.of("be", "Лукашэнка", "Знойдзена 1 навіна па запыце «Лукашэнка»"),
                Arguments.of("be", "разам", "Знойдзены 3 навіны па запыце «разам»"),
                Arguments.of("be", "квантавы", "Нічога не знойдзена па запыце «квантавы»"));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("counts")
    void theCountIsAnnouncedWithTheRightPluralForm(String lang, String query, String said) {
        open(lang, q(query));
        awaitStatus(said);
        WebElement region = chrome.findElement(By.id("search-status"));
        assertThat(region.getAttribute("role")).isEqualTo("status");
        assertThat(region.getAttribute("aria-live")).isEqualTo("polite");
        assertThat(input().getAttribute("value")).as("the query from the address").isEqualTo(query);
    }

    @Test
    void theQueryWordsAreMarkedInTitlesAndLeadsInTheFormTheyHaveThere() {
        open("ru", q("области"));
        awaitStatus("Найдены 4 новости по запросу «области»");
        assertThat(strings("return [...document.querySelectorAll('#search-results h2 mark')].map(m => m.textContent)"))
                .containsExactly("область", "области", "областью", "область");
        assertThat(strings("return [...document.querySelectorAll('#search-results .card-lead mark')].map(m => m.textContent)"))
                .containsExactly("области", "области", "области", "область");
        assertThat(chrome.findElement(By.cssSelector("#search-results h2 a")).getText())
                .as("the title's text is unchanged around its marks").isEqualTo("Ленинградская область использует белорусские материалы при ремонте дорог");

        open("be", q("вобласць"));
        awaitStatus("Знойдзены 2 навіны па запыце «вобласць»");
        assertThat(strings("return [...document.querySelectorAll('#search-results h2 mark')].map(m => m.textContent)"))
                .containsExactly("вобласцю", "вобласці");

        open("ru", q("\"белорусские организации\""));
        awaitStatus("Найдена 1 новость по запросу «\"белорусские организации\"»");
        assertThat(strings("return [...document.querySelectorAll('#search-results mark')].map(m => m.textContent)"))
                .containsExactly("Белорусские", "организации", "Белорусские", "организации");
    }

    @Test
    void nothingFoundOffersTipsAndAWayOutOfTheFilters() {
        open("ru", q("квантовый") + "&year=2022");
        awaitStatus("Ничего не найдено по запросу «квантовый»");
        WebElement tips = chrome.findElement(By.id("search-empty"));
        assertThat(tips.isDisplayed()).isTrue();
        assertThat(strings("return [...document.querySelectorAll('#search-empty a')].filter(a => a.offsetParent).map(a => a.pathname + a.search)"))
                .containsExactly("/ru/search/" + q("квантовый"), "/ru/areas/", "/ru/archive/");
        assertThat(chrome.findElement(By.id("search-results")).isDisplayed()).isFalse();
        assertThat(Pages.violations(chrome)).as("axe-core with nothing found").isEmpty();
    }

    @Test
    void theKeyboardAloneTypesAQueryAndReachesTheFirstResult() {
        open("en", "");
        Actions keys = new Actions(chrome);
        int tabs = 0;
        while (!"search-query".equals(chrome.switchTo().activeElement().getAttribute("id")) && tabs < 40) {
            keys.sendKeys(Keys.TAB).perform();
            tabs++;
        }
        assertThat(chrome.switchTo().activeElement().getAttribute("id")).as("Tab reaches the search box").isEqualTo("search-query");
        keys.sendKeys("dairy").sendKeys(Keys.ENTER).perform();
        awaitStatus("Found 2 news items for “dairy”");
        assertThat(chrome.switchTo().activeElement().getAttribute("id")).as("focus stays in the box").isEqualTo("search-query");

        List<String> stops = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            keys.sendKeys(Keys.TAB).perform();
            WebElement focused = chrome.switchTo().activeElement();
            stops.add(focused.getTagName() + (focused.getAttribute("id").isEmpty() ? "" : "#" + focused.getAttribute("id")));
        }
        assertThat(stops).containsExactly("button", "select#search-area", "select#search-year", "a");
        assertThat(chrome.switchTo().activeElement().getAttribute("href")).endsWith("/en/news/2022/08/tatarstan-dairy-farming-machinery/");
        assertThat((Boolean) chrome.executeScript("const a = document.activeElement, s = getComputedStyle(a);"
                + " return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2")).as("the focused result shows its focus").isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ru", "en", "be"})
    void resultsPassAxeOnAPhoneAndADesktop(String lang) {
        String query = Map.of("ru", "области", "en", "region", "be", "супрацоўніцтва").get(lang);
        for (int width : new int[] {360, 1280}) {
            Pages.viewport(chrome, width, 800);
            open(lang, q(query));
            new WebDriverWait(chrome, Duration.ofSeconds(10)).until(driver -> !results().isEmpty() && !status().isEmpty());
            assertThat(Pages.violations(chrome)).as("axe-core on the %s results at %d px", lang, width).isEmpty();
            assertThat(Pages.horizontalOverflow(chrome)).as("sideways scrolling at %d px", width).isLessThanOrEqualTo(0);
            Pages.screenshot(chrome, lang + "-search-results", width);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"black-on-white", "white-on-black", "blue"})
    void marksStayVisibleInEveryColourSchemeForVisuallyImpairedReaders(String scheme) {
        open("en", "");
        chrome.executeScript("localStorage.setItem('portal.vi', JSON.stringify({scheme: arguments[0]}))", scheme);
        open("en", q("dairy"));
        awaitStatus("Found 2 news items for “dairy”");
        assertThat(chrome.executeScript("return document.documentElement.getAttribute('data-vi-scheme')")).isEqualTo(scheme);
        // A mark swaps the scheme's two colours, so it shows without a third one.
        assertThat(chrome.executeScript("const m = getComputedStyle(document.querySelector('#search-results mark')), b = getComputedStyle(document.body);"
                + " return [m.backgroundColor === b.color, m.color === b.backgroundColor]")).isEqualTo(List.of(true, true));
        assertThat(Pages.violations(chrome)).as("axe-core on the results with scheme %s", scheme).isEmpty();
        Pages.screenshot(chrome, "vi-scheme-" + scheme + "-en-search-results", 360);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ru", "en", "be"})
    void withoutJavaScriptThePageExplainsItselfAndLinksToTheAreasAndTheArchive(String lang) {
        chrome.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        open(lang, q("energy"));
        chrome.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        WebElement explanation = chrome.findElement(By.id("search-nojs"));
        assertThat(explanation.isDisplayed()).isTrue();
        assertThat(explanation.getText()).contains("JavaScript");
        assertThat(strings("return [...document.querySelectorAll('#search-nojs a')].map(a => a.pathname)")).containsExactly("/" + lang + "/areas/",
                "/" + lang + "/archive/");
        assertThat(chrome.findElement(By.id("search-form")).isDisplayed()).as("the form, which cannot work").isFalse();
        assertThat(status()).isEmpty();
        assertThat(Pages.violations(chrome)).as("axe-core on the %s search page without JavaScript", lang).isEmpty();
    }

    @Test
    void withJavaScriptTheExplanationIsGoneAndTheFormIsShown() {
        open("be", "");
        assertThat(chrome.findElements(By.id("search-nojs"))).isEmpty();
        assertThat(chrome.findElement(By.id("search-form")).isDisplayed()).isTrue();
        assertThat(chrome.findElement(By.cssSelector("label[for=search-query]")).getText()).isEqualTo("Што шукаць");
        assertThat(chrome.findElement(By.cssSelector(".site-nav a[aria-current]")).getText()).as("the header's link to search").isEqualTo("Пошук");
    }

    // ---- the generated archive: shards, chunks, "Show more", failures ----

    private static void openArchive(String query) {
        chrome.get(archive.url("/en/search/" + query));
    }

    @Test
    void aQueryDownloadsOnlyTheShardsAndChunksItNeeds() {
        Map<String, Object> meta = Json.object(generated.text("/en/search/meta.json"));
        int shards = (Integer) meta.get("shards");
        assertThat(shards).as("shards of the generated archive").isGreaterThan(1);
        String road = new SearchText().terms("road", "en").get(0);

        openArchive(q("road"));
        awaitStatus("Found 45 news items for “road”");
        assertThat(indexFilesLoaded("/en/search/")).containsExactly("d/0.json", "meta.json", "t/" + SearchIndex.shard(road, shards) + ".json");

        // A phrase needs the positions too, of its words' shards only; an area needs its own list.
        openArchive(q("\"road works\"") + "&area=roads");
        awaitStatus("Found 45 news items for “\"road works\"”");
        String works = new SearchText().terms("works", "en").get(0);
        List<String> expected = new ArrayList<>(List.of("d/0.json", "meta.json"));
        for (String key : List.of(road, works, "@roads")) {
            expected.add("t/" + SearchIndex.shard(key, shards) + ".json");
        }
        for (String key : List.of(road, works)) {
            expected.add("p/" + SearchIndex.shard(key, shards) + ".json");
        }
        assertThat(indexFilesLoaded("/en/search/")).containsExactlyElementsOf(expected.stream().distinct().sorted().toList());
    }

    @Test
    void showMoreBringsTheNextTwentyAndMovesFocusToTheFirstOfThem() {
        openArchive(q("road"));
        awaitStatus("Found 45 news items for “road”");
        assertThat(results()).hasSize(20).startsWith("/en/news/2024/02/road-works-45/");
        WebElement more = chrome.findElement(By.id("search-more"));
        assertThat(more.isDisplayed()).isTrue();
        assertThat(more.getText()).isEqualTo("Show more results");

        chrome.executeScript("arguments[0].focus()", more);
        new Actions(chrome).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(chrome, Duration.ofSeconds(10)).until(driver -> results().size() == 40);
        WebElement focused = chrome.switchTo().activeElement();
        assertThat(focused.getAttribute("href")).as("focus on the 21st result").endsWith(results().get(20));
        assertThat(results().get(20)).isEqualTo("/en/news/2024/01/road-works-25/");
        assertThat(indexFilesLoaded("/en/search/")).as("the second chunk, only now").contains("d/0.json", "d/1.json").doesNotContain("d/2.json");

        more.click();
        new WebDriverWait(chrome, Duration.ofSeconds(10)).until(driver -> results().size() == 45);
        assertThat(results()).doesNotHaveDuplicates().endsWith("/en/news/2024/01/road-works-1/");
        assertThat(more.isDisplayed()).as("nothing more to show").isFalse();
        assertThat(status()).isEqualTo("Found 45 news items for “road”");
    }

    @Test
    void anIndexFileThatFailsToLoadIsReported() {
        chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/search/t/*")));
        openArchive(q("road"));
        awaitStatus("The search could not be completed: part of the search index did not load. Check your connection and try again.");
        assertThat(chrome.findElement(By.id("search-status")).getAttribute("class")).contains("search-status-error");
        assertThat(results()).isEmpty();

        // Once the network is back, the next search loads the file again.
        chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
        search("road");
        awaitStatus("Found 45 news items for “road”");
    }

    // ---- the browser analyses words as the index did ----

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ru", "en", "be"})
    void theBrowserAnalysesEveryWordAsTheIndexDid(String lang) {
        List<String> words = words(lang);
        open(lang, "");
        List<String> browser = strings("return arguments[0].map(w => portalSearch.terms(w, arguments[1]).join(' '))", words, lang);
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String java = String.join(" ", new SearchText().terms(words.get(i), lang));
            if (!java.equals(browser.get(i))) {
                differences.add(words.get(i) + ": index [" + java + "], browser [" + browser.get(i) + "]");
            }
        }
        assertThat(differences.stream().limit(20).toList()).as("the first 20 of %d differences in %d %s words", differences.size(), words.size(), lang)
                .isEmpty();
    }

    /** The word list of a language. */
    private static List<String> words(String lang) {
        String name = "/search/words-" + lang + ".txt";
        try (InputStream in = SearchBrowserIT.class.getResourceAsStream(name)) {
            assertThat(in).as("src/test/resources" + name).isNotNull();
            List<String> words = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
            assertThat(words).as(name).hasSizeGreaterThanOrEqualTo(1000);
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
