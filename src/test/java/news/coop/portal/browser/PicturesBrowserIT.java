package news.coop.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import news.coop.portal.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A news item with a lead picture and a captioned, credited picture in its text (the real content
 * has none yet), in real Chromium: it passes axe, a phone loads a copy that fits its screen rather
 * than the original, nothing scrolls sideways, and with images hidden the text alternatives are read
 * in their place.
 */
@ExtendWith(BrowserCondition.class)
class PicturesBrowserIT {
    private static final String ITEM = "/en/news/2024/05/boiler-houses/";

    @TempDir
    static Path dir;
    private static ServedSite served;
    private static ChromeDriver chrome;
    private static TestSite site;

    @BeforeAll
    static void start() throws Exception {
        site = TestSite.create(dir).standardPages()
                .picture("assets/img/news/boiler-house.jpg", 2400, 1600, 0x336699)
                .picture("content/news/2024/plant.jpg", 1200, 800, 0x993333)
                .file("content/news/2024/2024-05-16-boiler-houses.md", """
                        ---
                        title: Boiler houses modernised
                        date: 2024-05-16T10:00:00+03:00
                        lead: Belarusian firms will rebuild twelve boiler houses in the region.
                        areas: [energy]
                        lang: en
                        image: /img/news/boiler-house.jpg
                        image_alt: A boiler house under reconstruction
                        image_caption: The first of twelve boiler houses
                        image_credit: Press service
                        ---
                        The works start in June.

                        ![Workers at the water treatment plant](plant.jpg "The plant near Gatchina"){credit="BelTA"}

                        They end next year.
                        """);
        site.build();
        served = ServedSite.start(site.output());
        chrome = served.chrome();
    }

    @AfterAll
    static void stop() {
        ServedSite.stop(served);
    }

    @Test
    void picturesAreFiguresThatPassAxeAndFitAPhone() {
        for (int width : new int[] {360, 1280}) {
            Pages.viewport(chrome, width, 800);
            chrome.get(served.url(ITEM));
            assertThat(Pages.violations(chrome)).as("axe-core at %d px", width).isEmpty();
            assertThat(Pages.horizontalOverflow(chrome)).as("sideways scrolling at %d px", width).isLessThanOrEqualTo(0);
        }
        List<WebElement> figures = chrome.findElements(By.cssSelector("main figure"));
        assertThat(figures).hasSize(2);
        assertThat(figures).extracting(figure -> figure.findElement(By.tagName("figcaption")).getText())
                .containsExactly("The first of twelve boiler houses Photo: Press service", "The plant near Gatchina Photo: BelTA");
    }

    @Test
    void aPhoneLoadsACopyThatFitsItsScreenNotTheOriginal() {
        Pages.viewport(chrome, 360, 800);
        chrome.get(served.url(ITEM));
        String lead = (String) chrome.executeScript("return document.querySelector('main figure img').currentSrc");
        assertThat(lead).endsWith(site.published("/img/news/boiler-house-480w.jpg"));
    }

    @Test
    void withImagesHiddenTheirTextAlternativesAreReadInstead() {
        Pages.viewport(chrome, 1280, 800);
        chrome.get(served.url(ITEM));
        chrome.findElement(By.id("vi-toggle")).click();
        chrome.findElement(By.cssSelector("#vi-panel button[data-vi='images'][data-vi-value='hidden']")).click();

        assertThat(chrome.findElements(By.cssSelector("main figure img"))).allSatisfy(image -> assertThat(image.isDisplayed()).isFalse());
        assertThat(chrome.findElement(By.tagName("main")).getText()).contains("A boiler house under reconstruction", "Workers at the water treatment plant");
        assertThat(Pages.violations(chrome)).isEmpty();
        chrome.executeScript("localStorage.clear()");
    }
}
