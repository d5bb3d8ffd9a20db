package news.coop.portal.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The text people read of many diagnostics: a warning code on many files is one line, errors are always all there. */
class DigestTest {
    private static Diagnostic longTitle(int item) {
        return new Diagnostic("content/news/2015/2015-01-%02d-a.md".formatted(item), 2, 8, Severity.WARNING, "title.long",
                "the title is " + (110 + item) + " characters long; keep it to 110 or fewer", "move details to the lead");
    }

    private static List<Diagnostic> longTitles(int items) {
        return IntStream.rangeClosed(1, items).mapToObj(DigestTest::longTitle).toList();
    }

    @Test
    void aWarningCodeOnManyFilesIsOneLineThatNamesTheFirstPlacesAndTheCount() {
        assertThat(Digest.lines(longTitles(12))).containsExactly("content/news/2015/2015-01-01-a.md:2:8: warning [title.long] the title is 111 characters"
                + " long; keep it to 110 or fewer — move details to the lead (this warning on 12 files in all, also"
                + " content/news/2015/2015-01-02-a.md:2:8, content/news/2015/2015-01-03-a.md:2:8, …; run with --verbose to see every one)");
    }

    @Test
    void aCodeOnThreeFilesOrFewerKeepsEveryLine() {
        assertThat(Digest.lines(longTitles(3))).containsExactly(longTitle(1).toString(), longTitle(2).toString(), longTitle(3).toString());
    }

    @Test
    void manyWarningsOfACodeInFewFilesKeepEveryLine() {
        List<Diagnostic> inTwoFiles = IntStream.rangeClosed(1, 6)
                .mapToObj(line -> new Diagnostic(line % 2 == 0 ? "b.md" : "a.md", line, 1, Severity.WARNING, "html.style", "a style is removed", ""))
                .sorted(Diagnostic.ORDER).toList();

        assertThat(Digest.lines(inTwoFiles)).containsExactly("a.md:1:1: warning [html.style] a style is removed", "a.md:3:1: warning [html.style] a style is removed",
                "a.md:5:1: warning [html.style] a style is removed", "b.md:2:1: warning [html.style] a style is removed",
                "b.md:4:1: warning [html.style] a style is removed", "b.md:6:1: warning [html.style] a style is removed");
    }

    @Test
    void aCodeFoundMoreOftenThanOnItsFilesSaysBoth() {
        List<Diagnostic> twice = new ArrayList<>();
        for (int file = 1; file <= 4; file++) {
            for (int line = 1; line <= 2; line++) {
                twice.add(new Diagnostic("f" + file + ".md", line, 1, Severity.WARNING, "html.style", "a style is removed", "use the site's classes"));
            }
        }

        assertThat(Digest.lines(twice)).containsExactly("f1.md:1:1: warning [html.style] a style is removed — use the site's classes"
                + " (this warning 8 times on 4 files in all, also f1.md:2:1, f2.md:1:1, …; run with --verbose to see every one)");
    }

    @Test
    void errorsAreNeverDigestedAndEachDigestStandsWhereItsFirstWarningIs() {
        List<Diagnostic> found = new ArrayList<>();
        found.add(Diagnostic.error("content/news/2015/2015-01-00-a.md", 5, 9, "area.unknown", "unknown area \"x\"", "did you mean \"energy\"?"));
        found.addAll(longTitles(5));
        IntStream.rangeClosed(1, 5).forEach(item -> found.add(Diagnostic.error("content/news/2015/2015-01-%02d-a.md".formatted(item), 5, 9, "area.unknown",
                "unknown area \"x\"", "did you mean \"energy\"?")));
        List<Diagnostic> sorted = found.stream().sorted(Diagnostic.ORDER).toList();

        List<String> lines = Digest.lines(sorted);

        assertThat(lines).hasSize(7);
        assertThat(lines.get(0)).isEqualTo("content/news/2015/2015-01-00-a.md:5:9: error [area.unknown] unknown area \"x\" — did you mean \"energy\"?");
        assertThat(lines.get(1)).startsWith(longTitle(1) + " (this warning on 5 files in all, also content/news/2015/2015-01-02-a.md:2:8,");
        assertThat(lines.subList(2, 7)).containsExactlyElementsOf(sorted.stream().filter(Diagnostic::isError).skip(1).map(Diagnostic::toString).toList());
        assertThat(Digest.lines(sorted.stream().map(Diagnostic::asError).toList())).hasSize(11);
    }
}
