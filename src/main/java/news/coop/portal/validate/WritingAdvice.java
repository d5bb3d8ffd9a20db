package news.coop.portal.validate;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import news.coop.portal.model.Markdown;

/**
 * Warnings about writing, not validity: a source with them builds, and {@code portal check --strict}
 * turns them into errors. Each points at the field or the line to change:
 * <ul>
 *   <li>{@code title.long}: a title over {@value #TITLE_LIMIT} characters (cut off in listings and search results);
 *   <li>{@code lead.long}: a lead over {@value #LEAD_LIMIT} characters (it is one sentence in lists and feeds);
 *   <li>{@code lead.repeats-title}: the lead says nothing the title does not ({@code portal new}'s placeholder);
 *   <li>{@code body.empty}: no text below the front matter;
 *   <li>{@code body.repeats-lead}: the first paragraph begins with the lead, which the page already shows above it;
 *   <li>{@code markdown.heading-skip}: a heading more than one level below the one before it (the title is
 *       level 1), which breaks the outline screen-reader users navigate by.
 * </ul>
 * What the raw HTML policy removes ({@code html.*}) is reported by {@link BodyRules} with the other rules of the text.
 *
 * <p>Stateless and thread-safe.
 */
final class WritingAdvice {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    static final int TITLE_LIMIT = 110;
    static final int LEAD_LIMIT = 200;

    private WritingAdvice() {
    }

    static void check(FieldReader fields, Optional<String> title, Optional<String> lead, Markdown body) {
        title.filter(text -> length(text) > TITLE_LIMIT).ifPresent(text -> fields.warning(fields.field("title").orElseThrow().value(), "title.long",
                "the title is " + length(text) + " characters long; keep it to " + TITLE_LIMIT + " or fewer",
                "listings and search engines cut longer titles off; move details to the lead"));
        lead.filter(text -> length(text) > LEAD_LIMIT).ifPresent(text -> fields.warning(fields.field("lead").orElseThrow().value(), "lead.long",
                "the lead is " + length(text) + " characters long; keep it to " + LEAD_LIMIT + " or fewer",
                "the lead is one sentence that sums up the story; move the rest into the text"));
        if (title.isPresent() && lead.isPresent() && comparable(lead.get()).equals(comparable(title.get()))) {
            fields.warning(fields.field("lead").orElseThrow().value(), "lead.repeats-title", "the lead repeats the title",
                    "write one sentence that tells the reader what happened, beyond the title");
        }
        Node document = body.document();
        if (document.getChars().isBlank()) {
            fields.warning(body.firstLine(), 1, "body.empty", "the text is empty", "write the story below the closing ---");
            return;
        }
        Node first = document.getFirstChild();
        while (first != null && first.getChars().isBlank()) {
            first = first.getNext();
        }
        if (first instanceof Paragraph paragraph && lead.isPresent()) {
            String leadText = comparable(lead.get());
            if (!leadText.isEmpty() && comparable(plainText(paragraph)).startsWith(leadText)) {
                fields.warning(body.firstLine() + paragraph.getStartLineNumber(), 1, "body.repeats-lead", "the first paragraph repeats the lead",
                        "the page shows the lead above the text already; start the text with what comes next");
            }
        }
        int previous = 1;
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading && heading.getLevel() > 1) {
                if (heading.getLevel() > previous + 1) {
                    fields.warning(body.firstLine() + heading.getStartLineNumber(), heading.getStartOffset() - heading.getStartOfLine() + 1,
                            "markdown.heading-skip", "the heading jumps from level " + previous + " to level " + heading.getLevel(),
                            "use " + "#".repeat(previous + 1) + " here: screen-reader users move through the text by heading levels");
                }
                previous = heading.getLevel();
            }
        }
    }

    private static String plainText(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node);
    }

    /** Text as a reader compares it: case, spacing and closing punctuation do not count. */
    static String comparable(String text) {
        String folded = SPACES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        int end = folded.length();
        while (end > 0 && closing(folded.charAt(end - 1))) {
            end--;
        }
        return folded.substring(0, end);
    }

    /**
     * Whether a text may end in {@code c} without its words changing: ASCII punctuation, a closing
     * quotation mark or bracket (Unicode's Pf and Pe), an ellipsis, or ASCII white space. Checked a
     * character at a time from the end, not by a pattern over the whole text, which cost a fifth of the
     * load stage on a long first paragraph.
     */
    private static boolean closing(char c) {
        if (c < 128) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c > ' ' && c < 127 && !Character.isLetterOrDigit(c);
        }
        int type = Character.getType(c);
        return c == '…' || type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.END_PUNCTUATION;
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
