package news.coop.portal.author;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text as Markdown that shows exactly that text: whatever looks like Markdown or HTML in it
 * ({@code *}, {@code _}, backticks, {@code [}, {@code <b>}, {@code &amp;}, {@code {#id}}, {@code |},
 * {@code ~~}, a {@code #} or {@code 1.} at the start of a line, …) is escaped for flexmark with the
 * project's extensions, so imported text is never executed as markup.
 *
 * <p>Two things are deliberately left to the site, as for text an author types: straight quotes,
 * apostrophes, {@code --}, {@code ---} and {@code ...} become typographic (“ ” or « », ’, –, —, …),
 * while quotes that are already typographic stay as they are; and web and e-mail addresses become
 * links, written as CommonMark autolinks ({@code <https://…>}) or, for {@code www.} addresses, a link
 * whose text is the address, so that no escape shows inside them.
 *
 * <p>Each method returns one block without a trailing newline. Stateless and thread-safe.
 */
public final class MarkdownText {
    /** Escaped wherever they stand: each can start or end Markdown or HTML syntax. */
    private static final String ALWAYS = "\\`*_[]<>{}|~";
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);");
    /** Escaped only at the start of a line: headings, list items, setext underlines. */
    private static final String LINE_START = "#-+=";
    private static final Pattern ORDERED_MARKER = Pattern.compile("[0-9]{1,9}[.)]");
    /** A web or e-mail address as the autolink extension finds one, without trailing punctuation (trimmed below). */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?<![\\p{L}\\p{N}@./])(?:(?:https?|ftp)://[^\\s<>\"“”«»\\\\]+|www\\.[^\\s<>\"“”«»\\\\]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)",
            Pattern.CASE_INSENSITIVE);

    private MarkdownText() {
    }

    /** A paragraph: the text on one line, runs of spaces, tabs and newlines folded into one space. */
    public static String paragraph(String text) {
        return literal(text);
    }

    /** A list; {@code start} is the first number of an ordered list. */
    public static String list(boolean ordered, int start, List<String> items) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            lines.add((ordered ? (start + i) + ". " : "- ") + literal(items.get(i)));
        }
        return String.join("\n", lines);
    }

    /** A quotation of one or more paragraphs. */
    public static String quotation(List<String> paragraphs) {
        return String.join("\n>\n", paragraphs.stream().map(paragraph -> "> " + literal(paragraph)).toList());
    }

    /** One line of text, escaped so that it renders as itself wherever a line can start. */
    static String literal(String text) {
        String line = text.replaceAll("[ \\t\\n\\x0B\\f\\r]+", " ").strip();
        StringBuilder out = new StringBuilder();
        Matcher address = ADDRESS.matcher(line);
        int at = 0;
        while (address.find()) {
            String found = trimTrailingPunctuation(address.group());
            if (found.isEmpty() || found.endsWith("@") || !found.contains(".")) {
                continue;
            }
            escape(line.substring(at, address.start()), out);
            link(found, out);
            // Trimmed punctuation cannot start an address: it is escaped with the text after it.
            at = address.start() + found.length();
        }
        escape(line.substring(at), out);
        return escapeLineStart(out.toString());
    }

    private static void link(String address, StringBuilder out) {
        String lower = address.toLowerCase(Locale.ROOT);
        if (lower.startsWith("www.")) {
            StringBuilder text = new StringBuilder();
            escape(address, text);
            out.append('[').append(text).append("](<http://").append(address).append(">)");
        } else {
            // A CommonMark autolink: its text is taken as it is, with no escapes and no emphasis.
            out.append('<').append(address).append('>');
        }
    }

    /** Drops punctuation that ends the sentence rather than the address; keeps a closing bracket that has its opening one. */
    private static String trimTrailingPunctuation(String address) {
        String result = address;
        while (!result.isEmpty()) {
            char last = result.charAt(result.length() - 1);
            boolean unbalanced = last == ')' && count(result, '(') < count(result, ')');
            if (".,;:!?'’*_~".indexOf(last) >= 0 || unbalanced) {
                result = result.substring(0, result.length() - 1);
            } else {
                break;
            }
        }
        return result;
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }

    private static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ALWAYS.indexOf(c) >= 0 || c == '&' && ENTITY.matcher(text).region(i, text.length()).lookingAt()) {
                out.append('\\');
            }
            out.append(c);
        }
    }

    private static String escapeLineStart(String line) {
        if (!line.isEmpty() && LINE_START.indexOf(line.charAt(0)) >= 0) {
            return "\\" + line;
        }
        Matcher marker = ORDERED_MARKER.matcher(line);
        if (marker.lookingAt()) {
            return line.substring(0, marker.end() - 1) + "\\" + line.substring(marker.end() - 1);
        }
        return line;
    }
}
