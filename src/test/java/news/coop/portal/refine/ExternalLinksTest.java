package news.coop.portal.refine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.coop.portal.diag.Diagnostics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Pins which links get {@code rel="external noopener noreferrer"}: every http(s) link to another host,
 * and none that stays on the site's own host or is relative.
 */
class ExternalLinksTest {
    private static final String EXTERNAL = "external noopener noreferrer";

    @Test
    void marksLinksToOtherHosts() {
        Document page = refine("""
                <a id="other" href="https://www.gov.example/report">report</a>
                <a id="plain-http" href="http://example.com/">site</a>
                <a id="upper-case" href="HTTPS://EXAMPLE.COM/">site</a>
                <a id="sub-domain" href="https://mail.news.example.org/">mail</a>
                <a id="look-alike" href="https://news.example.org.evil.example/">trap</a>
                <a id="user-info" href="https://news.example.org@evil.example/">trap</a>
                """);

        for (String id : List.of("other", "plain-http", "upper-case", "sub-domain", "look-alike", "user-info")) {
            assertThat(page.getElementById(id).attr("rel")).as(id).isEqualTo(EXTERNAL);
        }
    }

    @Test
    void leavesLinksOnTheSiteAlone() {
        Document page = refine("""
                <a id="own-host" href="https://news.example.org/en/areas/">areas</a>
                <a id="own-host-upper" href="https://NEWS.example.org/en/">home</a>
                <a id="site-path" href="/en/about/">about</a>
                <a id="relative" href="../2023/">2023</a>
                <a id="fragment" href="#main-content">skip</a>
                <a id="mail" href="mailto:press@news.example.org">mail</a>
                """);

        for (String id : List.of("own-host", "own-host-upper", "site-path", "relative", "fragment", "mail")) {
            assertThat(page.getElementById(id).hasAttr("rel")).as(id).isFalse();
        }
    }

    @Test
    void anAddressThatCannotBeParsedIsTreatedAsExternal() {
        Document page = refine("<a id=\"broken\" href=\"https://exa mple.org/\">broken</a>");

        assertThat(page.getElementById("broken").attr("rel")).isEqualTo(EXTERNAL);
    }

    private static Document refine(String body) {
        Document page = Jsoup.parse("<main>" + body + "</main>");
        new ExternalLinks().transform(page, new RefineContext(Sites.at("https://news.example.org"), "en/index.html", "", new Diagnostics()));
        return page;
    }
}
