package news.coop.portal.author;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import news.coop.portal.load.MarkdownProcessor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: for every tricky paragraph, the paragraph the site renders from {@link MarkdownText} shows
 * exactly the input text, with no markup made of it; only the site's own typography may differ (straight
 * quotes, apostrophes, {@code --} and {@code ...} become typographic, see {@link #typography}).
 */
public class MarkdownTextTest {
    private static final MarkdownProcessor MARKDOWN = new MarkdownProcessor();

    static final List<String> TRICKY = List.of(
            "*bold* and _italic_ and **strong** and __under__ and snake_case_name",
            "`code` and ``double`` and a lone ` backtick",
            "[link](http://example.com) and ![image](/img/x.jpg) and [^1] and [ref] and [x] task",
            "<b>bold</b> <script>alert(1)</script> <!-- comment --> <https://example.org> <a@b.by>",
            "AT&T &amp; &copy; &#169; &#x263A; & ; a&b;c 100% & more",
            "# Not a heading",
            "## Not either #",
            "#hashtag at the start",
            "- not a list",
            "+ not a list",
            "* not a list",
            "1. not a list",
            "2) not a list",
            "2024. A year to remember",
            "> not a quotation",
            "= not an underline",
            "===",
            "--- not a rule",
            "***",
            "___",
            "| a | b |",
            "a | b",
            "~~strike~~ and ~single~ tilde",
            "~~~ not a fence",
            "``` not a fence either",
            "{#id .class} and text {.red}",
            "Text{lang=ru} and {: .x}",
            "back\\slash \\* \\_ \\\\ and a trailing backslash\\",
            "1\\. already escaped",
            "Visit https://example.com/a_b*c?x=1&y=2. Or www.example.by/path_(1), or write to press_office@example.by!",
            "(see http://example.com/page)",
            "Curly “quotes” and ‘single’ and «ёлочки» and „лапки“ stay as they are.",
            "Straight \"quotes\" and it's -- a dash --- and dots...",
            "    four spaces of indent",
            "\tA tab first",
            "Trailing spaces  ",
            "Lines\njoined\n  into one",
            "<<guillemets>> typed as angles",
            "Price: 5 < 10 > 3 and a->b",
            "Emoji 🙂 and a no-break\u00a0space",
            "[^note]: not a footnote definition",
            "!important and !![x]",
            "-1 degrees and +375 17 123-45-67",
            "Term : not a definition",
            "_",
            "*",
            "\\",
            "&",
            "Сям'я, \"Мы готовы\", -- сказал он. Объём 5 000 т.");

    static Stream<Arguments> paragraphs() {
        return TRICKY.stream().flatMap(text -> Stream.of(Arguments.of("en", text), Arguments.of("ru", text)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("paragraphs")
    void aParagraphShowsItsTextAndNothingElse(String lang, String text) {
        String markdown = MarkdownText.paragraph(text);
        Element body = render(markdown, lang);

        assertThat(body.children()).as(markdown).hasSize(1);
        Element paragraph = body.child(0);
        assertThat(paragraph.tagName()).as(markdown).isEqualTo("p");
        assertThat(paragraph.attributes().size()).as(markdown).isZero();
        assertThat(paragraph.select("*").stream().skip(1).map(Element::tagName)).as(markdown).allMatch("a"::equals);
        paragraph.select("a").forEach(link -> assertThat(link.attr("href").replace("mailto:", "").replace("http://www.", "www."))
                .as(markdown).isEqualTo(link.text()));
        assertThat(typography(paragraph.text())).as(markdown).isEqualTo(typography(text));
    }

    @Test
    void addressesBecomeLinksWithoutEscapesInThem() {
        Element paragraph = render(MarkdownText.paragraph(
                "Visit https://example.com/a_b*c?x=1&y=2. Or www.example.by/path_(1), or write to press_office@example.by!"), "en").child(0);

        assertThat(paragraph.select("a")).extracting(link -> link.attr("href"))
                .containsExactly("https://example.com/a_b*c?x=1&y=2", "http://www.example.by/path_(1)", "mailto:press_office@example.by");
    }

    @Test
    void listsAndQuotationsKeepEveryText() {
        Element list = render(MarkdownText.list(false, 1, List.of("# one", "*two*", "3. three")), "en").child(0);
        Element numbered = render(MarkdownText.list(true, 3, List.of("third", "fourth")), "en").child(0);
        Element quotation = render(MarkdownText.quotation(List.of("“We will do it,” he said.", "- And more <b>.")), "en").child(0);

        assertThat(list.tagName()).isEqualTo("ul");
        assertThat(list.select("li")).extracting(Element::text).containsExactly("# one", "*two*", "3. three");
        assertThat(numbered.tagName()).isEqualTo("ol");
        assertThat(numbered.attr("start")).isEqualTo("3");
        assertThat(numbered.select("li")).extracting(Element::text).containsExactly("third", "fourth");
        assertThat(quotation.tagName()).isEqualTo("blockquote");
        assertThat(quotation.select("p")).extracting(Element::text).containsExactly("“We will do it,” he said.", "- And more <b>.");
    }

    @Test
    void theMarkdownStaysReadable() {
        assertThat(MarkdownText.paragraph("Belarus & Russia: 5 < 10, \"quotes\" and today's talks -- at 10:00.")).isEqualTo(
                "Belarus & Russia: 5 \\< 10, \"quotes\" and today's talks -- at 10:00.");
        assertThat(MarkdownText.paragraph("1. first")).isEqualTo("1\\. first");
    }

    static Element render(String markdown, String lang) {
        try {
            String html = MARKDOWN.renderer(lang, Map.of()).render(MARKDOWN.read(markdown + "\n", "content/news/2024/2024-01-01-x.md", 1, lang).markdown());
            return Jsoup.parseBodyFragment(html).body();
        } catch (news.coop.portal.diag.DiagnosticException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /**
     * Text as a reader compares it: white space folded, and the typography the site applies to any text
     * undone (quotes to straight ones, dashes to a hyphen, an ellipsis to three dots).
     */
    public static String typography(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip()
                .replace("…", "...")
                .replaceAll("[-–—]+", "-")
                .replaceAll("[\"“”«»„]", "\"")
                .replaceAll("['‘’]", "'");
    }
}
