package news.coop.portal.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.diag.DiagnosticException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pins the limits within which a text is read ({@link ReadingLimits}): each kind of Markdown that
 * flexmark would take minutes over stops at its time with {@code markdown.too-complex} at its paragraph,
 * each kind of deep nesting is refused with {@code markdown.too-deep} at the first level too many, and
 * ordinary texts, long ones and nested ones within the limit, are read as before. The slow cases get a
 * fifth of a second here, so that they stop quickly.
 */
class ReadingLimitsTest {
    private static final String PATH = "content/news/2024/2024-01-10-x.md";
    private static final MarkdownProcessor QUICK = new MarkdownProcessor(length -> Duration.ofMillis(200));
    private static final Duration BOUND = Duration.ofSeconds(30);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unclosed link brackets, read character by character | [ (](
            emphasis that never pairs, paired without reading    | 'c* '
            backticks of every length                            | `a``
            unclosed link destinations                           | [a](b
            """)
    void markdownFlexmarkTakesMinutesOverStopsAtItsParagraph(String kind, String piece) {
        String body = "Intro.\n\n" + "a**b" + piece.repeat(120_000 / piece.length()) + "\n";

        Diagnostic refused = assertTimeoutPreemptively(BOUND, () -> refusal(QUICK, body));

        assertThat(refused).hasToString(PATH + ":10:1: error [markdown.too-complex] this paragraph takes over 0.2 s to read as Markdown:"
                + " it holds thousands of brackets, backticks, asterisks or table rows to pair up — split it into shorter paragraphs with"
                + " empty lines between them; put pasted code or data between two ``` lines");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bullet lists on one line   | 5000 | '- '   | ''     | 65
            numbered lists on one line | 5000 | '1. '  | ''     | 97
            quotations on one line     | 5000 | '> '   | ''     | 65
            emphasis                   | 5000 | '*a '  | ' a*'  | 97
            strike-through             | 5000 | '~~a ' | ' a~~' | 129
            pictures in descriptions   | 100  | '!['   | '](u)' | 65
            """)
    void nestingDeeperThanTheLimitIsRefusedAtTheFirstLevelTooMany(String kind, int levels, String opener, String closer, int column) {
        String body = opener.repeat(levels) + "deep" + closer.repeat(levels) + "\n";

        Diagnostic refused = assertTimeoutPreemptively(BOUND, () -> refusal(new MarkdownProcessor(), body));

        assertThat(refused).hasToString(PATH + ":8:" + column + ": error [markdown.too-deep] lists, quotations, emphasis or links are nested"
                + " more than 32 levels deep — a text needs a few levels at most: make the inner lists and quotations ordinary paragraphs");
    }

    @Test
    void listsNestedByIndentationAreRefusedAtTheFirstLevelTooMany() {
        StringBuilder body = new StringBuilder();
        for (int level = 0; level < 40; level++) {
            body.append("  ".repeat(level)).append("- level ").append(level + 1).append('\n');
        }

        Diagnostic refused = refusal(new MarkdownProcessor(), body.toString());

        assertThat(refused.code()).isEqualTo("markdown.too-deep");
        assertThat(refused.line()).isEqualTo(8 + 32);
        assertThat(refused.column()).isEqualTo(65);
    }

    @Test
    void nestingUpToTheLimitIsRead() throws Exception {
        String lists = "- ".repeat(ReadingLimits.MAX_DEPTH) + "deep\n";
        String quotations = "> ".repeat(ReadingLimits.MAX_DEPTH) + "deep\n";

        assertThat(QUICK.read(lists, PATH, 8, "en").rendered().html()).contains("<li>deep</li>");
        assertThat(QUICK.read(quotations, PATH, 8, "en").rendered().html()).contains("<p>deep</p>");
    }

    @Test
    void aLongOrdinaryTextIsReadWellWithinItsTime() throws Exception {
        String paragraph = "Belarus and the **Leningrad Region** agreed on [roads](../2023/x.md), `energy` and \"housing\" -- see www.example.org.\n\n";
        String body = paragraph.repeat((int) (SourceText.MAX_BYTES / paragraph.length()));

        MarkdownProcessor.Read read = new MarkdownProcessor().read(body, PATH, 8, "en");

        assertThat(read.rendered().links()).hasSizeGreaterThanOrEqualTo(body.length() / paragraph.length());
    }

    @Test
    void aTimedTextStopsPastItsTimeUntilItIsFinishedAndNeverAfter() {
        String text = "x".repeat(3 * 4096);
        ReadingLimits.TimedText late = new ReadingLimits.TimedText(text, Duration.ofSeconds(-1));
        ReadingLimits.TimedText read = new ReadingLimits.TimedText(text, Duration.ofSeconds(-1));
        read.finish();

        assertThat(catchThrowable(() -> readAll(late))).isInstanceOf(ReadingLimits.TooSlow.class);
        // Once read, the rendering stages read it again, on any thread: no check may fire.
        readAll(read);
    }

    @Test
    void theLineScanCountsMarkersNotIndentationOrCode() {
        assertThat(ReadingLimits.tooDeepLine("- ".repeat(32) + "x")).isEqualTo(-1);
        assertThat(ReadingLimits.tooDeepLine("ok\n" + "- ".repeat(33) + "x")).isEqualTo(3 + 64);
        assertThat(ReadingLimits.tooDeepLine(" ".repeat(200) + "text")).isEqualTo(-1);
        assertThat(ReadingLimits.tooDeepLine("-".repeat(200))).isEqualTo(-1);
        assertThat(ReadingLimits.tooDeepLine("- ".repeat(40))).as("a rule").isEqualTo(-1);
        assertThat(ReadingLimits.tooDeepLine("> " + "* ".repeat(40))).as("a rule in a quotation").isEqualTo(-1);
        assertThat(ReadingLimits.tooDeepLine("1234567890. ".repeat(40))).isEqualTo(-1);
    }

    private static void readAll(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            text.charAt(i);
        }
    }

    private static Diagnostic refusal(MarkdownProcessor processor, String body) {
        Throwable thrown = catchThrowable(() -> processor.read(body, PATH, 8, "en"));
        assertThat(thrown).isInstanceOf(DiagnosticException.class);
        return ((DiagnosticException) thrown).diagnostic();
    }
}
