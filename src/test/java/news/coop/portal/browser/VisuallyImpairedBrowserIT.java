package news.coop.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The version for visually impaired readers, as a reader uses it: the control in the header of every
 * page switches each setting by mouse or keyboard, says which choice is on ({@code aria-pressed}),
 * keeps it from page to page, and every page kind still passes axe-core in every setting. Without
 * JavaScript the control is gone and the reader's own contrast and colour preferences still hold.
 */
@ExtendWith(BrowserCondition.class)
class VisuallyImpairedBrowserIT {
    /** Every choice other than the standard look, as {@code data-vi} setting and value. */
    private static final List<List<String>> SETTINGS = List.of(List.of("size", "large"), List.of("size", "larger"),
            List.of("scheme", "black-on-white"), List.of("scheme", "white-on-black"), List.of("scheme", "blue"), List.of("spacing", "wide"),
            List.of("images", "hidden"));
    private static final List<String> LANGUAGES = List.of("en", "ru", "be");

    private static ChromeDriver chrome;

    @BeforeAll
    static void start() {
        chrome = Chromium.start(1280, 800, Map.of());
    }

    @AfterAll
    static void stop() {
        if (chrome != null) {
            chrome.quit();
        }
    }

    @AfterEach
    void forgetTheChoices() {
        chrome.executeScript("localStorage.clear()");
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        chrome.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    }

    /** Each setting on every page kind of one language; the languages take turns. */
    static Stream<Arguments> settings() {
        return java.util.stream.IntStream.range(0, SETTINGS.size()).mapToObj(i -> Arguments.of(SETTINGS.get(i).get(0), SETTINGS.get(i).get(1),
                LANGUAGES.get(i % LANGUAGES.size())));
    }

    private static void open(String path) {
        chrome.get(RealSite.get().url(path));
    }

    private static WebElement option(String setting, String value) {
        return chrome.findElement(By.cssSelector("#vi-panel button[data-vi='" + setting + "'][data-vi-value='" + value + "']"));
    }

    private static void choose(String setting, String value) {
        WebElement toggle = chrome.findElement(By.id("vi-toggle"));
        if (!"true".equals(toggle.getAttribute("aria-expanded"))) {
            toggle.click();
        }
        option(setting, value).click();
    }

    private static String applied(String setting) {
        return (String) chrome.executeScript("return document.documentElement.getAttribute('data-vi-' + arguments[0])", setting);
    }

    @ParameterizedTest(name = "{0}={1} on every {2} page")
    @MethodSource("settings")
    void everyPageKindPassesAxeInEverySetting(String setting, String value, String lang) {
        List<RealSite.PageKind> pages = RealSite.get().pageKinds().stream().filter(page -> page.lang().equals(lang) || page.kind().equals("404")).toList();
        Pages.viewport(chrome, 1280, 800);
        open(pages.get(0).path());
        choose(setting, value);
        assertThat(option(setting, value).getAttribute("aria-pressed")).isEqualTo("true");
        for (RealSite.PageKind page : pages) {
            // Chosen once: the choice follows the reader from page to page.
            open(page.path());
            assertThat(applied(setting)).as("%s on %s", setting, page).isEqualTo(value);
            assertThat(Pages.violations(chrome)).as("axe-core on %s with %s=%s", page, setting, value).isEmpty();
            Pages.viewport(chrome, 320, 640);
            assertThat(Pages.horizontalOverflow(chrome)).as("sideways scrolling of %s at 320 px with %s=%s", page, setting, value).isLessThanOrEqualTo(0);
            Pages.viewport(chrome, 1280, 800);
        }
        // For people to look at: each setting on a news item, as a phone shows it.
        open(pages.stream().filter(page -> page.kind().equals("news")).findFirst().orElseThrow().path());
        Pages.screenshot(chrome, "vi-" + setting + "-" + value + "-" + lang + "-news", 360);
        Pages.viewport(chrome, 1280, 800);
    }

    @Test
    void theControlIsOperableByKeyboardAndSaysWhichChoiceIsOn() {
        Pages.viewport(chrome, 1280, 800);
        open("/ru/");
        WebElement toggle = chrome.findElement(By.id("vi-toggle"));
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(chrome.findElement(By.id("vi-panel")).isDisplayed()).isFalse();
        chrome.executeScript("arguments[0].focus()", toggle);
        new Actions(chrome).sendKeys(Keys.ENTER).perform();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(chrome.findElement(By.id("vi-panel")).isDisplayed()).isTrue();

        WebElement larger = option("size", "larger");
        chrome.executeScript("arguments[0].focus()", larger);
        new Actions(chrome).sendKeys(Keys.SPACE).perform();
        assertThat(larger.getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(option("size", "normal").getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(applied("size")).isEqualTo("larger");
        double size = Double.parseDouble(((String) chrome.executeScript("return getComputedStyle(document.body).fontSize")).replace("px", ""));
        assertThat(size).as("larger text, in px").isGreaterThanOrEqualTo(24);

        WebElement wide = option("spacing", "wide");
        chrome.executeScript("arguments[0].focus()", wide);
        new Actions(chrome).sendKeys(Keys.ENTER).perform();
        assertThat(wide.getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(chrome.executeScript("return getComputedStyle(document.body).letterSpacing")).isNotEqualTo("normal");
    }

    @Test
    void aColourSchemeAppliesAndTheStandardLookComesBack() {
        Pages.viewport(chrome, 1280, 800);
        open("/en/");
        choose("scheme", "white-on-black");
        assertThat(chrome.executeScript("return getComputedStyle(document.body).backgroundColor")).isEqualTo("rgb(0, 0, 0)");
        choose("scheme", "standard");
        assertThat(applied("scheme")).isIn(null, "standard");
        assertThat(chrome.executeScript("return getComputedStyle(document.body).backgroundColor")).isNotEqualTo("rgb(0, 0, 0)");
    }

    @Test
    void withoutJavaScriptTheControlIsGoneAndTheReadersOwnPreferencesHold() {
        Pages.viewport(chrome, 1280, 800);
        for (String feature : List.of("prefers-contrast:more", "forced-colors:active")) {
            String[] parts = feature.split(":");
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", parts[0], "value", parts[1]))));
            for (RealSite.PageKind page : RealSite.get().pageKinds().stream().filter(page -> page.lang().equals("en")).toList()) {
                // The page loads and settles with scripts off; axe (itself a script) runs after that.
                chrome.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
                open(page.path());
                chrome.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
                assertThat(chrome.findElements(By.id("vi-toggle"))).as("the control without JavaScript on %s", page)
                        .allSatisfy(toggle -> assertThat(toggle.isDisplayed()).isFalse());
                assertThat(chrome.executeScript("return document.documentElement.classList.contains('js-enabled')")).isEqualTo(false);
                assertThat(Pages.violations(chrome)).as("axe-core on %s with %s and no JavaScript", page, feature).isEmpty();
            }
        }
    }
}
