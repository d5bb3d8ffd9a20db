package news.coop.portal.refine;

import static org.assertj.core.api.Assertions.assertThat;

import news.coop.portal.diag.Diagnostics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Regression test: a scheme-relative link ({@code //other.example/}, which Markdown passes through as
 * written) leaves the site like an {@code https://} one and must be marked external too.
 */
class ExternalLinksProtocolRelativeTest {
    @Test
    void aSchemeRelativeLinkToAnotherHostIsExternal() {
        Document page = Jsoup.parse("<main><a id=\"other\" href=\"//www.gov.example/report\">report</a></main>");

        new ExternalLinks().transform(page, new RefineContext(Sites.at("https://news.example.org"), "en/index.html", "", new Diagnostics()));

        assertThat(page.getElementById("other").attr("rel")).isEqualTo("external noopener noreferrer");
    }
}
