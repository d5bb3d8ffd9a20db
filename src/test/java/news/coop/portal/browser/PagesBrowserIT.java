package news.coop.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * Every page kind of the real site, in every language, in real Chromium: no WCAG 2.2 AA violation
 * that axe-core can find, no sideways scrolling on a 320 px phone or at 200 % text size, a skip link
 * that is the first Tab stop and moves focus to the main content, and screenshots for people to look at.
 */
@ExtendWith(BrowserCondition.class)
class PagesBrowserIT {
    private static ChromeDriver chrome;
    /** Another browser whose reader has set the text size to 200 % (32 px instead of 16 px). */
    private static ChromeDriver largeText;

    @BeforeAll
    static void start() {
        chrome = Chromium.start(1280, 800, Map.of());
        largeText = Chromium.start(1280, 800, Map.of("webkit.webprefs.default_font_size", 32, "webkit.webprefs.default_fixed_font_size", 26));
    }

    @AfterAll
    static void stop() {
        if (chrome != null) {
            chrome.quit();
        }
        if (largeText != null) {
            largeText.quit();
        }
    }

    static List<RealSite.PageKind> pageKinds() {
        return RealSite.get().pageKinds();
    }

    private static void open(ChromeDriver browser, RealSite.PageKind page) {
        browser.get(RealSite.get().url(page.path()));
        if (!page.kind().equals("404")) {
            // The page asked for, not the 404 page a wrong path would bring.
            assertThat(browser.executeScript("return document.querySelector('link[rel=canonical]').href")).as("the page %s loaded", page)
                    .asString().endsWith(page.path());
        }
    }

    @Test
    void everyKindOfPageIsCheckedInEveryLanguage() {
        assertThat(pageKinds()).extracting(RealSite.PageKind::kind).contains("home", "home-page-2", "news", "areas", "area", "region",
                "archive-year", "about", "accessibility", "search", "404");
        assertThat(pageKinds()).extracting(RealSite.PageKind::lang).contains("en", "ru", "be");
    }

    @Test
    void theChecksSeeAProblemWhenThereIsOne() {
        // The harness itself, on a page made broken on purpose: axe must name the missing text
        // alternative, and a too-wide block must count as sideways scrolling.
        Pages.viewport(chrome, 320, 640);
        open(chrome, new RealSite.PageKind("404", "ru", "/404.html"));
        chrome.executeScript("document.querySelector('main').insertAdjacentHTML('beforeend',"
                + " '<img src=\"/nowhere.png\"><div style=\"width:500px\">wide</div>')");
        assertThat(Pages.violations(chrome)).startsWith("image-alt (critical)");
        assertThat(Pages.horizontalOverflow(chrome)).isGreaterThan(100);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pageKinds")
    void hasNoWcagViolationsOnAPhoneOrADesktop(RealSite.PageKind page) {
        for (int width : new int[] {360, 1280}) {
            Pages.viewport(chrome, width, 800);
            open(chrome, page);
            assertThat(Pages.violations(chrome)).as("axe-core on %s at %d px", page, width).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pageKinds")
    void doesNotScrollSidewaysAt320PxOrAt200PercentText(RealSite.PageKind page) {
        Pages.viewport(chrome, 320, 640);
        open(chrome, page);
        assertThat(Pages.number(chrome, "return document.documentElement.clientWidth")).isEqualTo(320);
        assertThat(Pages.horizontalOverflow(chrome)).as("sideways scrolling of %s at 320 px, in px", page).isLessThanOrEqualTo(0);

        Pages.viewport(largeText, 1280, 800);
        open(largeText, page);
        assertThat(largeText.executeScript("return getComputedStyle(document.body).fontSize"))
                .as("the reader's 200 %% text size reaches the page").isIn("32px", "36px");
        assertThat(Pages.horizontalOverflow(largeText)).as("sideways scrolling of %s at 1280 px with 200 %% text, in px", page).isLessThanOrEqualTo(0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pageKinds")
    void theFirstTabStopIsTheSkipLinkAndItMovesFocusToTheMainContent(RealSite.PageKind page) {
        Pages.viewport(chrome, 1280, 800);
        open(chrome, page);
        new Actions(chrome).sendKeys(Keys.TAB).perform();
        WebElement first = chrome.switchTo().activeElement();
        assertThat(first.getAttribute("class")).as("the first Tab stop on %s", page).contains("skip-link");
        assertThat(first.isDisplayed()).as("the skip link is visible once focused").isTrue();

        new Actions(chrome).sendKeys(Keys.ENTER).perform();
        WebElement focused = chrome.switchTo().activeElement();
        assertThat(focused.getTagName()).isEqualTo("main");
        assertThat(focused.getAttribute("id")).isEqualTo("main-content");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pageKinds")
    void screenshotsAreTakenAtPhoneAndDesktopWidths(RealSite.PageKind page) throws Exception {
        open(chrome, page);
        for (int width : new int[] {360, 1280}) {
            var file = Pages.screenshot(chrome, page.lang() + "-" + page.kind(), width);
            assertThat(Files.size(file)).as("screenshot %s", file).isGreaterThan(5_000);
        }
    }
}
