package news.coop.portal.verify;

import static news.coop.portal.verify.SiteFolder.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import news.coop.portal.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify.html}: each page is valid HTML5 for the Nu HTML Checker, each error at its line and column, naming the source. */
class HtmlValidityTest {
    @TempDir
    Path dir;

    @Test
    void everyErrorOfEveryPageIsReportedWhereItIsAndValidPagesPass() {
        BuiltSite site = SiteFolder.read(dir, "https://news.example.org", "-- en/about/index.html --\n"
                + page("en", "", "<p>Before <div>a block inside a paragraph</div> after</p>") + "\n-- en/index.html --\n" + page("en", "", "<p>Fine.</p>")
                + "\n-- css/site.css --\np { }\n", new SourceDocument("content/pages/about.md", "/en/about/", "About", ""));

        assertThat(new HtmlValidity(HtmlChecks.start()).check(site)).extracting(Diagnostic::toString).containsExactly(
                "en/about/index.html:8:57: error [verify.html] No “p” element in scope but a “p” end tag seen. (made from content/pages/about.md)"
                        + " — correct the template or the Markdown of content/pages/about.md that makes this markup");
    }
}
