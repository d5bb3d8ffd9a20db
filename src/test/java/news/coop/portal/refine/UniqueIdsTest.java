package news.coop.portal.refine;

import static org.assertj.core.api.Assertions.assertThat;

import news.coop.portal.diag.Diagnostic;
import news.coop.portal.diag.Diagnostics;

import org.junit.jupiter.api.Test;

/** A page whose ids repeat is reported once per id, naming the source and the page. */
class UniqueIdsTest {
    @Test
    void aRepeatedIdIsReportedOnceWithItsSource() {
        Diagnostics diagnostics = new Diagnostics();
        UniqueIds.check(PageScan.scan("<main id=main-content><p id=main-content>a</p><p id=main-content>b</p><h2 id=x>x</h2></main>"),
                new RefineContext(Sites.at("https://news.example.org"), "en/a/index.html", "content/news/2024/a.md", diagnostics));

        assertThat(diagnostics.sorted()).extracting(Diagnostic::toString).containsExactly(
                "content/news/2024/a.md: error [html.duplicate-id] the id \"main-content\" appears more than once (on en/a/index.html)"
                        + " — an {#main-content} in the text or two headings with the same words clash; choose another id");
    }

    @Test
    void theIdIsFoundWhereTheTextWritesIt() {
        String text = "---\ntitle: T\n---\n## Section {#main-content}\n\n<p id=\"note\">a</p> <p class=x ID='note'>b</p>\n## Results {.wide #results}\n";

        assertThat(UniqueIds.written(text, "main-content")).isEqualTo(text.indexOf("#main-content"));
        // Written twice: the second place is the one to change.
        assertThat(UniqueIds.written(text, "note")).isEqualTo(text.indexOf("ID='note'"));
        assertThat(UniqueIds.written(text, "results")).isEqualTo(text.indexOf("#results"));
        // A prefix of an id written, or an id that only a heading's words make, is not found.
        assertThat(UniqueIds.written(text, "main")).isEqualTo(-1);
        assertThat(UniqueIds.written(text, "section")).isEqualTo(-1);
    }

    @Test
    void distinctIdsAreFine() {
        Diagnostics diagnostics = new Diagnostics();
        UniqueIds.check(PageScan.scan("<p id=a></p><p id=b></p>"),
                new RefineContext(Sites.at("https://news.example.org"), "en/index.html", "", diagnostics));

        assertThat(diagnostics.sorted()).isEmpty();
    }
}
