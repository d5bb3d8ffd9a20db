package news.coop.portal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.coop.portal.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The version for visually impaired readers and the printed page, as the built site delivers them:
 * the control on every page kind in the page's language, the markup contract that vi.js and the
 * browser tests rely on (ids, buttons, groups, aria-*), the deferred script, a style for every choice,
 * the preferences honoured without scripts, and what a printed article shows and leaves out.
 */
class ReaderFeaturesTest {
    /** The choices, in the order the panel offers them; the first of each is the standard one. */
    private static final Map<String, List<String>> CHOICES = new LinkedHashMap<>();

    static {
        CHOICES.put("size", List.of("normal", "large", "larger"));
        CHOICES.put("scheme", List.of("standard", "black-on-white", "white-on-black", "blue"));
        CHOICES.put("spacing", List.of("normal", "wide"));
        CHOICES.put("images", List.of("shown", "hidden"));
    }

    private static final Map<String, String> TOGGLE = Map.of(
            "en", "Version for the visually impaired",
            "ru", "Версия для слабовидящих",
            "be", "Версія для людзей са слабым зрокам");

    @TempDir
    static Path dir;
    static TestSite site;
    static String css;

    @BeforeAll
    static void build() throws Exception {
        site = TestSite.create(dir).standardPages()
                .news("2023-09-26-roads", "Roads", "roads, energy")
                .news("2024-02-01-energy", "Energy", "energy", "regions: [tatarstan]")
                .file("content/news/2024/2024-03-01-ru.md", "---\ntitle: Дороги\ndate: 2024-03-01T10:00:00+03:00\nlead: Кратко.\n"
                        + "areas: [roads]\nregions: [tatarstan]\nlang: ru\n---\nТекст.\n")
                .file("content/news/2024/2024-03-02-be.md", "---\ntitle: Дарогі\ndate: 2024-03-02T10:00:00+03:00\nlead: Коратка.\n"
                        + "areas: [roads]\nregions: [tatarstan]\nlang: be\n---\nТэкст.\n")
                .file("content/news/2024/2024-04-04-links.md", """
                        ---
                        title: Links
                        date: 2024-04-04T10:00:00+03:00
                        lead: An item whose text links everywhere.
                        areas: [roads]
                        lang: en
                        ---
                        See [the roads story](../2023/2023-09-26-roads.md), [the ministry](https://gov.example/report),
                        [the press office](mailto:press@news.example.org), https://gov.example/plain,
                        [below](#more) and a note[^1].

                        ## More

                        [^1]: The note.
                        """);
        site.build();
        css = Files.readString(site.output().resolve(site.asset("css/site.css")));
    }

    /** Every HTML page of the site but the redirect at /, which has no shell; one of each kind at least. */
    private static List<String> pages() {
        List<String> pages = site.publishedFiles().stream()
                .filter(file -> file.endsWith(".html") && !file.equals("index.html")).map(file -> "/" + file).toList();
        assertThat(pages).contains("/en/index.html", "/en/news/2024/04/links/index.html", "/en/areas/index.html", "/en/areas/roads/index.html",
                "/en/regions/index.html", "/en/regions/tatarstan/index.html", "/en/archive/index.html", "/en/archive/2024/index.html",
                "/ru/about/index.html", "/be/accessibility/index.html", "/404.html");
        return pages;
    }

    @Test
    void everyPageHasTheToggleInItsHeaderInThePagesLanguage() {
        for (String url : pages()) {
            Document page = site.page(url);
            String lang = page.selectFirst("html").attr("lang");
            Element toggle = page.getElementById("vi-toggle");

            assertThat(toggle).as(url).isNotNull();
            assertThat(toggle.tagName()).as(url).isEqualTo("button");
            assertThat(toggle.closest("header.site-header")).as(url + ": the toggle is in the header").isNotNull();
            assertThat(toggle.attr("type")).as(url).isEqualTo("button");
            assertThat(toggle.text()).as(url).isEqualTo(TOGGLE.get(lang));
            assertThat(toggle.attr("aria-expanded")).as(url).isEqualTo("false");
            assertThat(toggle.attr("aria-controls")).as(url).isEqualTo("vi-panel");
            assertThat(toggle.hasAttr("hidden")).as(url + ": without scripts the toggle would do nothing, so it starts hidden").isTrue();
        }
    }

    @Test
    void thePanelOffersEveryChoiceAsAPressedButtonInALabelledGroup() {
        for (String url : pages()) {
            Document page = site.page(url);
            Element panel = page.getElementById("vi-panel");

            assertThat(panel).as(url).isNotNull();
            assertThat(panel.tagName()).as(url).isEqualTo("div");
            assertThat(panel.hasAttr("hidden")).as(url).isTrue();
            assertThat(page.select("#vi-panel")).as(url + ": aria-controls names exactly one element").hasSize(1);
            assertThat(duplicateIds(page)).as(url).isEmpty();

            Map<String, List<String>> offered = new LinkedHashMap<>();
            for (Element group : panel.select("[role=group]")) {
                Element label = page.getElementById(group.attr("aria-labelledby"));
                assertThat(label).as(url + ": each group is labelled").isNotNull();
                assertThat(label.text()).as(url).isNotBlank();
                for (Element option : group.select("button")) {
                    assertThat(option.attr("type")).as(url).isEqualTo("button");
                    String setting = option.attr("data-vi");
                    List<String> values = offered.computeIfAbsent(setting, key -> new ArrayList<>());
                    assertThat(option.attr("aria-pressed")).as(url + " " + setting + "=" + option.attr("data-vi-value"))
                            .isEqualTo(values.isEmpty() ? "true" : "false");
                    values.add(option.attr("data-vi-value"));
                }
                assertThat(group.select("button").eachAttr("data-vi")).as(url + ": one setting per group").containsOnly(group.selectFirst("button").attr("data-vi"));
            }
            assertThat(offered).as(url).containsExactlyEntriesOf(CHOICES);
            assertThat(panel.select("button[data-vi]")).as(url + ": every choice is in a group").hasSize(page.select("[role=group] button[data-vi]").size());
            assertThat(panel.select("button[data-vi-reset]").attr("data-vi-reset")).as(url + ": the reset announces itself").isNotBlank();
            assertThat(panel.select("button[data-vi-close]")).as(url).hasSize(1);
            assertThat(panel.select("[role=status]")).as(url + ": changes are announced").hasSize(1);
            assertThat(panel.attr("data-vi-image-text")).as(url).contains("{0}");
        }
    }

    @Test
    void thePanelSpeaksThePagesLanguage() {
        Pattern cyrillic = Pattern.compile("\\p{IsCyrillic}");
        for (String lang : List.of("en", "ru", "be")) {
            Element panel = site.page("/" + lang + "/").getElementById("vi-panel");
            List<String> words = new ArrayList<>(panel.select("button, [id$=-label]").eachText());
            words.add(panel.attr("aria-label"));
            words.add(panel.attr("data-vi-image-text"));
            words.add(panel.selectFirst("[data-vi-reset]").attr("data-vi-reset"));
            for (String text : words) {
                assertThat(cyrillic.matcher(text).find()).as(lang + ": \"" + text + "\"").isEqualTo(!lang.equals("en"));
            }
        }
        assertThat(site.page("/ru/").selectFirst("[data-vi=scheme][data-vi-value=blue]").text()).isEqualTo("Тёмно-синим по голубому");
        assertThat(site.page("/be/").selectFirst("[data-vi=size][data-vi-value=larger]").text()).isEqualTo("Вельмі буйны");
    }

    @Test
    void theScriptIsDeferredAndStoredChoicesAreAppliedBeforeAnythingIsPainted() throws IOException {
        String vi = Files.readString(site.output().resolve(site.asset("js/vi.js")));
        for (String url : pages()) {
            Document page = site.page(url);
            List<String> scripts = page.select("head script[src]").eachAttr("src");
            if (url.matches("/[a-z]{2}/search/index\\.html")) {
                // The search page alone loads its engine, after vi.js.
                assertThat(scripts).as(url).startsWith("/" + site.asset("js/vi.js")).contains("/" + site.asset("js/search.js"));
            } else {
                assertThat(scripts).as(url).containsExactly("/" + site.asset("js/vi.js"));
            }
            assertThat(page.select("head script[src]")).as(url + ": every script deferred").allMatch(script -> script.hasAttr("defer"));

            Element early = page.body().child(0);
            assertThat(early.tagName()).as(url + ": the first thing in <body>, before the header is painted").isEqualTo("script");
            assertThat(early.hasAttr("src")).as(url + ": inline, so it fetches nothing").isFalse();
            assertThat(early.data()).as(url).contains("localStorage.getItem(\"portal.vi\")", "\"data-vi-\"", "js-enabled").hasSizeLessThan(400);
        }
        assertThat(vi).as("vi.js stores its choices under the key the inline script reads").contains("var KEY = \"portal.vi\"");
        assertThat(site.page("/").select("script")).as("the redirect at / needs no script").isEmpty();
    }

    @Test
    void theStylesheetStylesEveryChoiceAndShowsTheToggleOnlyWhereScriptsRun() {
        String screen = css.replace(block(css, "@media print"), "");
        CHOICES.forEach((setting, values) -> {
            for (String value : values.subList(1, values.size())) {
                assertThat(screen).as(setting + "=" + value).contains("html[data-vi-" + setting + "=\"" + value + "\"]");
            }
        });
        assertThat(css).contains(".js-enabled .vi-toggle");
        assertThat(css).as("hidden images leave their alt text").contains("html[data-vi-images=\"hidden\"] .vi-alt");
    }

    @Test
    void withoutScriptsTheSiteFollowsTheReadersOwnPreferencesAndZoom() {
        assertThat(css).contains("@media (prefers-contrast: more)", "@media (forced-colors: active)", "@media (prefers-reduced-motion: reduce)");
        String forced = block(css, "@media (forced-colors: active)");
        assertThat(forced).as("focus stays visible in forced colours").contains("outline: 3px solid Highlight");
        assertThat(forced).as("the chosen option keeps a system-coloured mark").contains("Highlight", "HighlightText");

        // Text zoomed to 400 % must never be clipped: no fixed heights (but the 1px of .visually-hidden,
        // which holds no visible text), no font sizes in pixels.
        Matcher heights = Pattern.compile("(?<![-\\w])(height|max-height)\\s*:\\s*([^;}]+)").matcher(css);
        while (heights.find()) {
            assertThat(heights.group(2).strip()).as(heights.group()).matches("auto|[0-9.]+em|100%|1px");
        }
        assertThat(css).doesNotContainPattern("font-size\\s*:\\s*[0-9.]+px");
    }

    @Test
    void aPrintedArticleLeavesOutTheSitesControlsAndIsBlackOnWhite() {
        String print = block(css, "@media print");
        String hidden = print.substring(0, print.indexOf("display: none !important"));
        for (String selector : List.of(".skip-link", ".site-nav", ".lang-switch", ".vi-toggle", ".vi-panel", ".breadcrumbs", ".pagination",
                ".footer-nav", ".prev-next")) {
            assertThat(hidden).as(selector).containsPattern("(?m)^\\s*" + Pattern.quote(selector) + "\\s*[,{]");
        }
        assertThat(print).as("black on white whatever the screen scheme").contains(":root[data-vi-scheme]", "--text: #000", "--bg: #fff");
        assertThat(print).contains(".prose a[data-print-url]::after", "content: \" (\" attr(data-print-url) \")\"");
        assertThat(print).containsPattern("h1, h2, h3, h4, h5, h6 \\{ break-after: avoid;");
        assertThat(print).containsPattern("figure[^{]*\\{ break-inside: avoid;");
    }

    @Test
    void linksInAnArticlesTextPrintTheirAbsoluteAddress() {
        Document page = site.page("/en/news/2024/04/links/");
        Map<String, String> printed = new LinkedHashMap<>();
        for (Element link : page.select("main .prose a")) {
            printed.put(link.text(), link.attr("data-print-url"));
        }

        assertThat(printed).containsEntry("the roads story", "https://news.example.org/en/news/2023/09/roads/")
                .containsEntry("the ministry", "https://gov.example/report")
                .containsEntry("the press office", "press@news.example.org")
                .containsEntry("https://gov.example/plain", "")
                .containsEntry("below", "")
                .containsEntry("1", "");
        assertThat(page.select("header a[data-print-url], footer a[data-print-url], .term-list a[data-print-url]"))
                .as("only the article's text prints addresses").isEmpty();
    }

    /** The text between the braces of the first block that starts with {@code prelude}. */
    private static String block(String css, String prelude) {
        int start = css.indexOf(prelude + " {");
        assertThat(start).as(prelude).isNotNegative();
        int depth = 0;
        for (int i = css.indexOf('{', start); i < css.length(); i++) {
            if (css.charAt(i) == '{') {
                depth++;
            } else if (css.charAt(i) == '}' && --depth == 0) {
                return css.substring(css.indexOf('{', start) + 1, i);
            }
        }
        throw new AssertionError(prelude + " is not closed");
    }

    private static Set<String> duplicateIds(Document page) {
        Set<String> seen = new HashSet<>();
        Set<String> repeated = new HashSet<>();
        for (Element element : page.select("[id]")) {
            if (!seen.add(element.id())) {
                repeated.add(element.id());
            }
        }
        return repeated;
    }
}
