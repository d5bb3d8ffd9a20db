package news.coop.portal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import news.coop.portal.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site's weight budgets, measured on the files a build publishes (the real templates and assets):
 * all CSS under 30 KB, each page's JavaScript under 20 KB (the search page: its own scripts under
 * 48 KB, plus the vendored stemmers), no script that blocks rendering, and system fonts only. A change
 * that breaks one fails here with the figure, before any reader waits for it.
 */
class BudgetsTest {
    static final int CSS_BUDGET = 30 * 1024;
    static final int PAGE_SCRIPT_BUDGET = 20 * 1024;
    /**
     * The search page's own scripts: its engine (search.js, 27 KB), the Belarusian stemmer
     * (search-be.js, 7 KB) and vi.js (7 KB); about 13 KB compressed.
     */
    static final int SEARCH_SCRIPT_BUDGET = 48 * 1024;
    /**
     * The vendored scripts, which only search pages may load: the Russian and English Snowball
     * stemmers of snowball-stemmers.js, trimmed from the npm package by src/vendor/trim-snowball.js
     * (99 KB, 10 KB compressed); a bound here, so that it cannot grow unnoticed.
     */
    static final int VENDORED_SEARCH_BUDGET = 110 * 1024;

    @TempDir
    static Path dir;
    static TestSite site;

    @BeforeAll
    static void build() throws Exception {
        site = TestSite.create(dir).standardPages()
                .news("2023-09-26-roads", "Roads", "roads")
                .news("2024-02-01-energy", "Energy", "energy");
        site.build();
    }

    private static List<String> htmlPages() {
        return site.publishedFiles().stream().filter(file -> file.endsWith(".html")).map(file -> "/" + file).toList();
    }

    @Test
    void allStylesheetsTogetherWeighUnder30Kilobytes() {
        long total = site.publishedFiles().stream().filter(file -> file.endsWith(".css")).mapToLong(BudgetsTest::size).sum();

        assertThat(total).as("bytes of CSS (budget %d)", CSS_BUDGET).isPositive().isLessThan(CSS_BUDGET);
    }

    @Test
    void eachPagesJavaScriptWeighsUnder20Kilobytes() {
        List<String> searchPages = htmlPages().stream().filter(url -> url.matches("/[a-z]{2}/search/index\\.html")).toList();
        assertThat(searchPages).as("the search pages").hasSize(3);
        for (String url : htmlPages()) {
            Document page = site.page(url);
            long bytes = 0;
            long vendored = 0;
            for (Element script : page.select("script:not([type=application/ld+json])")) {
                long size = script.hasAttr("src") ? size(script.attr("src").substring(1)) : script.data().getBytes(StandardCharsets.UTF_8).length;
                if (script.attr("src").startsWith("/js/vendor/")) {
                    vendored += size;
                } else {
                    bytes += size;
                }
            }
            if (searchPages.contains(url)) {
                assertThat(bytes).as("%s: bytes of the search page's own JavaScript (budget %d)", url, SEARCH_SCRIPT_BUDGET)
                        .isLessThan(SEARCH_SCRIPT_BUDGET);
                assertThat(vendored).as("%s: bytes of vendored JavaScript (budget %d)", url, VENDORED_SEARCH_BUDGET).isPositive()
                        .isLessThan(VENDORED_SEARCH_BUDGET);
            } else {
                assertThat(bytes).as("%s: bytes of JavaScript (budget %d)", url, PAGE_SCRIPT_BUDGET).isLessThan(PAGE_SCRIPT_BUDGET);
                assertThat(vendored).as("%s: bytes of vendored JavaScript, which only search pages load", url).isZero();
            }
        }
    }

    @Test
    void noScriptBlocksRendering() {
        for (String url : htmlPages()) {
            for (Element script : site.page(url).select("script[src]")) {
                assertThat(script.hasAttr("defer") || script.hasAttr("async") || script.attr("type").equals("module"))
                        .as("%s: %s needs defer, async or type=module", url, script.outerHtml()).isTrue();
            }
        }
    }

    @Test
    void onlySystemFontsAreUsed() {
        List<String> files = site.publishedFiles();
        assertThat(files).as("font files").noneMatch(file -> file.toLowerCase(Locale.ROOT).matches(".*\\.(woff2?|ttf|otf|eot)"));
        for (String file : files) {
            if (file.endsWith(".css")) {
                assertThat(read(file).toLowerCase(Locale.ROOT)).as(file).doesNotContain("@font-face", "@import");
            }
        }
        for (String url : htmlPages()) {
            assertThat(site.page(url).select("link[rel~=stylesheet], link[rel~=preload], link[rel~=preconnect]").eachAttr("href"))
                    .as("%s: stylesheets and fonts come from the site itself", url).allMatch(href -> href.startsWith("/") && !href.startsWith("//"));
        }
    }

    private static long size(String file) {
        try {
            return Files.size(site.output().resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(site.output().resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
