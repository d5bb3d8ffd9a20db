package news.coop.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A news item of the real site as Chromium prints it: the article alone, black on white, each link
 * of its text followed by its full address; the PDF lands in {@code target/screenshots/} to look at.
 */
@ExtendWith(BrowserCondition.class)
class PrintBrowserIT {
    /** A real item whose text links to another item. */
    private static final String ITEM = "/en/news/2024/07/leningrad-region-road-materials-supplies/";

    private static ChromeDriver chrome;

    @BeforeAll
    static void start() {
        chrome = Chromium.start(1280, 800, Map.of());
        chrome.get(RealSite.get().url(ITEM));
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    }

    @AfterAll
    static void stop() {
        if (chrome != null) {
            chrome.quit();
        }
    }

    @Test
    void onlyTheArticleIsPrinted() {
        for (String selector : List.of(".site-nav", ".lang-switch", "#vi-toggle", ".breadcrumbs", ".footer-nav", ".prev-next", ".skip-link")) {
            assertThat(chrome.findElements(By.cssSelector(selector))).as(selector).allSatisfy(element -> assertThat(element.isDisplayed()).isFalse());
        }
        assertThat(chrome.findElement(By.tagName("h1")).isDisplayed()).isTrue();
        assertThat(chrome.findElement(By.cssSelector(".prose")).isDisplayed()).isTrue();
        assertThat(chrome.executeScript("return getComputedStyle(document.body).color")).isEqualTo("rgb(0, 0, 0)");
    }

    @Test
    void everyLinkOfTheTextIsFollowedByItsFullAddress() {
        List<WebElement> links = chrome.findElements(By.cssSelector(".prose a[data-print-url]"));
        assertThat(links).isNotEmpty();
        for (WebElement link : links) {
            String after = (String) chrome.executeScript("return getComputedStyle(arguments[0], '::after').content", link);
            assertThat(after).as("what is printed after %s", link.getText()).contains(link.getAttribute("data-print-url"))
                    .contains("https://news.coop.example.org/");
        }
    }

    @Test
    void thePrintedPdfIsKeptForPeopleToLookAt() throws Exception {
        Map<String, Object> pdf = chrome.executeCdpCommand("Page.printToPDF", Map.of("printBackground", false));
        byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
        Path file = Path.of("target", "screenshots", "print-en-news.pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
