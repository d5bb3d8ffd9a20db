package news.coop.portal.refine;

import static org.assertj.core.api.Assertions.assertThat;

import news.coop.portal.diag.Diagnostics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Pins the loading hints of images in authored text: every image decodes asynchronously and all
 * but the first load lazily; an author's own {@code loading} stays as it is.
 */
class ContentImagesTest {
    @Test
    void theFirstContentImageLoadsAtOnceAndTheOthersLazily() {
        Document page = refine("""
                <main>
                  <img id="lead" src="/a.jpg" alt="Lead">
                  <p><img id="second" src="/b.jpg" alt="Second"></p>
                  <img id="third" src="/c.jpg" alt="Third">
                </main>
                """);

        assertThat(page.getElementById("lead").attr("decoding")).isEqualTo("async");
        assertThat(page.getElementById("lead").hasAttr("loading")).isFalse();
        assertThat(page.getElementById("second").attr("loading")).isEqualTo("lazy");
        assertThat(page.getElementById("second").attr("decoding")).isEqualTo("async");
        assertThat(page.getElementById("third").attr("loading")).isEqualTo("lazy");
    }

    @Test
    void anExplicitLoadingAttributeIsKept() {
        Document page = refine("<main><img id=\"a\" src=\"/a.jpg\" alt=\"\"><img id=\"map\" src=\"/map.png\" alt=\"Map\" loading=\"eager\"></main>");

        assertThat(page.getElementById("map").attr("loading")).isEqualTo("eager");
        assertThat(page.getElementById("map").attr("decoding")).isEqualTo("async");
    }

    private static Document refine(String body) {
        Document page = Jsoup.parse(body);
        new ContentImages().transform(page, new RefineContext(Sites.at("https://news.example.org"), "en/index.html", "", new Diagnostics()));
        return page;
    }
}
