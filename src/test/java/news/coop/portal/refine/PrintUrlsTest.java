package news.coop.portal.refine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.coop.portal.diag.Diagnostics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Pins the address a printed article shows after each link of its text ({@code data-print-url}):
 * absolute, so that it can be typed from paper, and left out where it would add nothing.
 */
class PrintUrlsTest {
    private static final String PAGE = "en/news/2024/05/boilers/index.html";

    @Test
    void sitePathsAndRelativeLinksPrintAsAbsoluteAddressesOnTheSitesHost() {
        Document page = refine("https://news.example.org", """
                <a id="site-path" href="/en/about/">about us</a>
                <a id="relative" href="../../../2023/">the year before</a>
                <a id="document" href="report.pdf">the report</a>
                <a id="with-fragment" href="/en/about/#contacts">contacts</a>
                """);

        assertThat(page.getElementById("site-path").attr("data-print-url")).isEqualTo("https://news.example.org/en/about/");
        assertThat(page.getElementById("relative").attr("data-print-url")).isEqualTo("https://news.example.org/en/news/2023/");
        assertThat(page.getElementById("document").attr("data-print-url")).isEqualTo("https://news.example.org/en/news/2024/05/boilers/report.pdf");
        assertThat(page.getElementById("with-fragment").attr("data-print-url")).isEqualTo("https://news.example.org/en/about/#contacts");
    }

    @Test
    void aSiteInASubFolderPrintsItsLinksWithTheBasePathOnce() {
        Document page = refine("https://example.org/portal", "<a id=\"item\" href=\"/portal/en/news/2023/09/roads/\">roads</a>");

        assertThat(page.getElementById("item").attr("data-print-url")).isEqualTo("https://example.org/portal/en/news/2023/09/roads/");
    }

    @Test
    void otherSitesAndEmailAddressesPrintAsWritten() {
        Document page = refine("https://news.example.org", """
                <a id="external" href="https://www.gov.example/report?year=2024">the ministry's report</a>
                <a id="scheme-relative" href="//gov.example/report">the report</a>
                <a id="mail" href="mailto:press@news.example.org?subject=Hello">the press office</a>
                """);

        assertThat(page.getElementById("external").attr("data-print-url")).isEqualTo("https://www.gov.example/report?year=2024");
        assertThat(page.getElementById("scheme-relative").attr("data-print-url")).isEqualTo("https://gov.example/report");
        assertThat(page.getElementById("mail").attr("data-print-url")).isEqualTo("press@news.example.org");
    }

    @Test
    void noAddressWhereItWouldSayNothingNewOrCannotBeFollowedFromPaper() {
        Document page = refine("https://news.example.org", """
                <a id="fragment" href="#more">below</a>
                <a id="footnote" class="footnote-ref" href="#fn-1">1</a>
                <a id="autolink" href="https://www.example.org/plain">https://www.example.org/plain</a>
                <a id="www" href="http://www.example.org/">www.example.org</a>
                <a id="bare-host" href="https://example.org">example.org/</a>
                <a id="own-address" href="mailto:press@news.example.org">press@news.example.org</a>
                <a id="phone" href="tel:+375171234567">call us</a>
                """);

        for (String id : List.of("fragment", "footnote", "autolink", "www", "bare-host", "own-address", "phone")) {
            assertThat(page.getElementById(id).hasAttr("data-print-url")).as(id).isFalse();
        }
    }

    private static Document refine(String baseUrl, String body) {
        Document page = Jsoup.parse("<main>" + body + "</main>");
        new PrintUrls().transform(page, new RefineContext(Sites.at(baseUrl), PAGE, "content/news/2024/2024-05-16-boilers.md", new Diagnostics()));
        return page;
    }
}
