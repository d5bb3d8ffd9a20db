package news.coop.portal.verify;

import static news.coop.portal.verify.SiteFolder.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import news.coop.portal.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify.link}, {@code verify.fragment} and {@code verify.asset} on pages, as a host serves the folder. */
class PageLinksTest {
    private static final String ABOUT = "-- en/about/index.html --\n" + page("en", "", "<h2 id=\"team\">Team</h2>") + "\n";

    @TempDir
    Path dir;

    @Test
    void linksFragmentsAndAssetsMustLeadToFilesAndIdsOfTheSite() {
        BuiltSite site = SiteFolder.read(dir, "https://news.example.org", ABOUT + "-- en/index.html --\n" + page("en",
                "<link rel=\"stylesheet\" href=\"/css/gone.css\">\n<link rel=\"canonical\" href=\"https://news.example.org/en/\">\n", """
                <p id="here"><a href="/en/about/">about</a> <a href="about/#team">team</a> <a href="#here">here</a> <a href="#top">top</a></p>
                <p><a href="/en/gone/">gone</a> <a href="/en/gone/">gone again</a> <a href="/en/about/#nope">nope</a> <a href="#nowhere">nowhere</a></p>
                <p><img src="/img/a.png" srcset="/img/a.png 1x, /img/b.png 2x" alt="A"></p>
                <p><a href="https://elsewhere.example/gone/">elsewhere</a> <a href="mailto:press@news.example.org">mail</a> <a href="tel:+375171234567">call</a></p>
                """) + "\n-- img/a.png --\npng\n-- en/index.xml --\n");

        assertThat(new PageLinks().check(site)).extracting(Diagnostic::toString).containsExactly(
                "en/index.html: error [verify.asset] the link href \"/css/gone.css\" leads to no file of the site (looked for css/gone.css)"
                        + " — put the file in assets/ (or beside the source, for a picture in a text), or correct the address",
                "en/index.html: error [verify.link] the link \"/en/gone/\" leads to no file of the site (looked for en/gone/index.html)"
                        + " — correct the link; site links look like /en/areas/energy/ and must lead to a page the build publishes",
                "en/index.html: error [verify.fragment] the link \"/en/about/#nope\" names #nope, which is not an id on that page"
                        + " — link to a heading's id, as the page shows it, or drop the #fragment",
                "en/index.html: error [verify.fragment] the link \"#nowhere\" names #nowhere, which is not an id on that page"
                        + " — link to a heading's id, as the page shows it, or drop the #fragment",
                "en/index.html: error [verify.asset] the img srcset \"/img/b.png\" leads to no file of the site (looked for img/b.png)"
                        + " — put the file in assets/ (or beside the source, for a picture in a text), or correct the address");
    }

    @Test
    void addressesAreReadByRfc3986AndNameTheSourceOfThePage() {
        BuiltSite site = SiteFolder.read(dir, "https://news.example.org", "-- en/news/2024/06/x/index.html --\n" + page("en", "", """
                <a href="/docs/report+2022.pdf">r</a> <a href="/docs/report%2B2022.pdf">r</a> <a href="/docs/annual%20report.pdf">a</a>
                <a href="/docs/%D0%BE%D1%82%D1%87%D1%91%D1%82.pdf">o</a> <a href="../../../../../docs/a+b.pdf">ab</a>
                <a href="/docs/50%off.pdf">sale</a> <a href="/docs/report 2022.pdf">space</a>
                """) + "\n-- docs/report+2022.pdf --\n-- docs/annual report.pdf --\n-- docs/отчёт.pdf --\n-- docs/a+b.pdf --\n",
                new SourceDocument("content/news/2024/2024-06-01-x.md", "/en/news/2024/06/x/", "X", ""));

        assertThat(new PageLinks().check(site)).extracting(Diagnostic::message).containsExactly(
                "the link \"/docs/50%off.pdf\" is not a valid address: \"%of\" is not a percent-escape (a % sign is written %25)"
                        + " (made from content/news/2024/2024-06-01-x.md)",
                "the link \"/docs/report 2022.pdf\" leads to no file of the site (looked for docs/report 2022.pdf) (made from content/news/2024/2024-06-01-x.md)");
    }

    @Test
    void underABasePathLinksMustIncludeIt() {
        BuiltSite site = SiteFolder.read(dir, "https://example.org/news", ABOUT + "-- en/index.html --\n"
                + page("en", "", "<a href=\"/news/en/about/#team\">about</a> <a href=\"/en/about/\">about</a>") + "\n");

        assertThat(new PageLinks().check(site)).extracting(Diagnostic::message).containsExactly("the link \"/en/about/\" leaves the site's base path /news");
    }
}
