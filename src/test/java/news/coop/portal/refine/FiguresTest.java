package news.coop.portal.refine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import news.coop.portal.diag.Diagnostics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Pins how a picture alone in its paragraph becomes a figure with its caption and credit, and what stays as it is. */
class FiguresTest {
    @Test
    void aPictureAloneInItsParagraphBecomesAFigureWithCaptionAndCredit() {
        Document page = refine("<p><img src=\"/a.jpg\" alt=\"Workers\" title=\"New filters\" data-credit=\"BelTA\"></p>");

        assertThat(page.body().html()).isEqualTo("<figure class=\"figure\"><img src=\"/a.jpg\" alt=\"Workers\">"
                + "<figcaption>New filters <span class=\"figure-credit\">Фота: BelTA</span></figcaption></figure>");
    }

    @Test
    void aCaptionAloneOrACreditAloneOrNeither() {
        assertThat(refine("<p><img src=\"/a.jpg\" alt=\"A\" title=\"Only a caption\"></p>").select("figcaption").outerHtml())
                .isEqualTo("<figcaption>Only a caption</figcaption>");
        assertThat(refine("<p data-credit=\"Press service\"><img src=\"/a.jpg\" alt=\"A\"></p>").select("figcaption").outerHtml())
                .isEqualTo("<figcaption><span class=\"figure-credit\">Фота: Press service</span></figcaption>");
        assertThat(refine("<p><img src=\"/a.jpg\" alt=\"A\"></p>").body().html()).isEqualTo("<figure class=\"figure\"><img src=\"/a.jpg\" alt=\"A\"></figure>");
    }

    @Test
    void theParagraphsOwnAttributesPassToTheFigure() {
        Document page = refine("<p id=\"map\" class=\"wide\" lang=\"ru\"><img src=\"/a.jpg\" alt=\"\" class=\"decorative\"></p>");

        assertThat(page.selectFirst("figure").attributes().html()).isEqualTo(" id=\"map\" class=\"wide figure\" lang=\"ru\"");
        assertThat(page.selectFirst("figure img").attr("alt")).isEmpty();
    }

    @Test
    void aPictureWithinALineOfTextStaysWhereItIs() {
        String html = "<p>The logo <img src=\"/logo.png\" alt=\"Logo\" title=\"Our logo\"> is new.</p><p><img src=\"/a.jpg\" alt=\"A\"><img src=\"/b.jpg\" alt=\"B\"></p>";

        assertThat(refine(html).body().html()).isEqualTo(html);
    }

    private static Document refine(String body) {
        Document page = Jsoup.parseBodyFragment(body);
        page.outputSettings().prettyPrint(false);
        TextImages images = new TextImages(Map.of(), name -> "Фота: " + name);
        new Figures().transform(page, new RefineContext(Sites.at("https://news.example.org"), "be/index.html", "", new Diagnostics(), images));
        return page;
    }
}
