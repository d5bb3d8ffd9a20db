package news.coop.portal.refine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import news.coop.portal.diag.Diagnostics;
import news.coop.portal.model.Picture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Pins what images in authored text get: the measured size and smaller copies of their file, their
 * link, and loading hints (every one lazy and decoded asynchronously; an explicit {@code loading}
 * stays as it is).
 */
class ContentImagesTest {
    private static final String SOURCE = "content/news/2024/2024-01-01-y.md";
    private static final Picture PLANT = new Picture("/img/plant.jpg", "/img/plant.0123456789.jpg", 2000, 1000,
            List.of(new Picture.Variant("/img/plant-480w.aaaaaaaaaa.jpg", 480, 240), new Picture.Variant("/img/plant-960w.bbbbbbbbbb.jpg", 960, 480),
                    new Picture.Variant("/img/plant-1600w.cccccccccc.jpg", 1600, 800)));
    private static final Picture MAP = new Picture("/news/2024/map.png", "/news/2024/map.9876543210.png", 300, 200, List.of());

    @Test
    void aPictureGetsItsPixelSizeItsCopiesAndTheSizesOfAFigure() {
        Element image = refine("https://news.example.org", "<p><img src=\"/img/plant.jpg\" alt=\"Plant\"></p>").selectFirst("img");

        assertThat(image.attr("src")).isEqualTo("/img/plant.0123456789.jpg");
        assertThat(image.attr("width")).isEqualTo("2000");
        assertThat(image.attr("height")).isEqualTo("1000");
        assertThat(image.attr("srcset")).isEqualTo("/img/plant-480w.aaaaaaaaaa.jpg 480w, /img/plant-960w.bbbbbbbbbb.jpg 960w, "
                + "/img/plant-1600w.cccccccccc.jpg 1600w, /img/plant.0123456789.jpg 2000w");
        assertThat(image.attr("sizes")).isEqualTo("(min-width: 51em) 48rem, (min-width: 40em) calc(100vw - 3rem), calc(100vw - 2rem)");
    }

    @Test
    void aPictureBesideItsSourceIsLinkedWhereItIsPublishedUnderTheBasePath() {
        Element image = refine("https://example.org/portal", "<p><img src=\"map.png\" alt=\"Map\"></p>").selectFirst("img");

        assertThat(image.attr("src")).isEqualTo("/portal/news/2024/map.9876543210.png");
        assertThat(image.attr("width")).isEqualTo("300");
        assertThat(image.hasAttr("srcset")).as("a picture too small for copies").isFalse();
        assertThat(image.hasAttr("sizes")).isFalse();
    }

    @Test
    void everyContentImageLoadsLazilyAndDecodesAsynchronously() {
        Document page = refine("https://news.example.org", """
                <img id="first" src="/img/plant.jpg" alt="Lead">
                <p>Text <img id="second" src="/b.jpg" alt="Second"> more.</p>
                """);

        assertThat(page.select("img").eachAttr("loading")).containsExactly("lazy", "lazy");
        assertThat(page.select("img").eachAttr("decoding")).containsExactly("async", "async");
        assertThat(page.getElementById("second").hasAttr("width")).as("a picture the build does not know").isFalse();
    }

    @Test
    void anExplicitLoadingAttributeIsKept() {
        Document page = refine("https://news.example.org", "<img id=\"map\" src=\"/map.png\" alt=\"Map\" loading=\"eager\">");

        assertThat(page.getElementById("map").attr("loading")).isEqualTo("eager");
        assertThat(page.getElementById("map").attr("decoding")).isEqualTo("async");
    }

    @Test
    void aLinkToAPictureTheSiteShowsGoesToItsPublishedNameAndOthersKeepTheirs() {
        Document page = Jsoup.parse("""
                <a id="full" href="/img/plant.jpg#top">full</a> <a id="beside" href="map.png">map</a>
                <a id="pdf" href="/docs/report.pdf">report</a> <a id="page" href="/en/about/">about</a>
                """);
        TextImages images = new TextImages(Map.of(PLANT.file(), PLANT, MAP.file(), MAP), name -> "Photo: " + name);
        new PictureLinks().transform(page, new RefineContext(Sites.at("https://example.org/portal"), "en/index.html", SOURCE, new Diagnostics(), images));

        assertThat(page.getElementById("full").attr("href")).isEqualTo("/portal/img/plant.0123456789.jpg#top");
        assertThat(page.getElementById("beside").attr("href")).isEqualTo("/portal/news/2024/map.9876543210.png");
        assertThat(page.getElementById("pdf").attr("href")).isEqualTo("/docs/report.pdf");
        assertThat(page.getElementById("page").attr("href")).isEqualTo("/en/about/");
    }

    private static Document refine(String baseUrl, String body) {
        Document page = Jsoup.parse(body);
        TextImages images = new TextImages(Map.of(PLANT.file(), PLANT, MAP.file(), MAP), name -> "Photo: " + name);
        new ContentImages().transform(page, new RefineContext(Sites.at(baseUrl), "en/index.html", SOURCE, new Diagnostics(), images));
        return page;
    }
}
