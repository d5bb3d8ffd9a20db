package news.coop.portal.author;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.diag.DiagnosticException;

/**
 * Reads a press release in the press office's plain-text format:
 *
 * <pre>
 * Posted: 26.09.2023 13:00:00
 *
 * The title
 *
 * The lead: one sentence.
 *
 * The text, in paragraphs separated by blank lines. …
 * </pre>
 *
 * <p>The {@code Posted:} time ({@code dd.mm.yyyy hh:mm[:ss]}) is read in the site's zone. Blank lines
 * separate blocks; a block's lines are joined into one paragraph. In the text:
 * <ul>
 *   <li>a block with at least two lines that start with {@code - }, {@code • }, {@code * }, {@code – },
 *       {@code 1. } or {@code 1) } is a list, after a paragraph of the lines before the first item (the
 *       line that introduces it); other lines continue the item above them. One such line alone is a
 *       paragraph: Russian direct speech starts with a dash;
 *   <li>a block whose lines all start with {@code >} is a quotation, and so is a paragraph that is wholly
 *       one quotation (“…”, «…», „…“ or "…", perhaps followed by a full stop); quotes inside a
 *       paragraph stay in it.
 * </ul>
 *
 * <p><b>The lead.</b> The block after the title is the lead when it is a paragraph of one sentence
 * and text follows it. Otherwise the release has no lead: it is text (more than one sentence, a list or
 * a quotation, or the only block), and the first sentence of the first paragraph becomes the lead, so
 * that the item is valid; the lead then repeats that sentence, and the author should rewrite it.
 *
 * <p>Stateless and thread-safe.
 */
public final class ReleaseParser {
    private static final String FORMAT_HINT = "a release starts with a line \"Posted: dd.mm.yyyy hh:mm:ss\", then the title, the lead and the text, "
            + "separated by blank lines";
    private static final Pattern POSTED = Pattern.compile("(?i)posted:\\s*(.*)");
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
    private static final Pattern ITEM = Pattern.compile("(?:[-•*–]|(\\d{1,3})[.)])\\s+(.*)");
    /** A sentence ends at . ! ? or … (and any closing quotes or brackets), before a space and a capital letter or digit. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"”»’)]*\\s+(?=[\"“«„(—–-]?\\s*[\\p{Lu}\\p{N}])");
    /** Words a full stop follows without ending a sentence ("Mr. Drozdenko", "г. Минск"), lowercase. */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "jr", "no", "vs", "etc", "inc", "ltd", "co", "prof",
            "gen", "gov", "sen", "rep", "г", "гг", "им", "ул", "пр", "просп", "д", "т", "п", "см", "тыс", "млн", "млрд", "руб", "вул", "праф", "спадар");

    private ReleaseParser() {
    }

    /**
     * @param path  the file's display path, for diagnostics
     * @param text  the file's text, line ends normalised to {@code \n}
     * @throws DiagnosticException {@code import.empty}, {@code import.no-posted}, {@code import.date},
     *         {@code import.no-title} or {@code import.no-text}, at the line concerned
     */
    public static Release parse(String path, String text, ZoneId zone) throws DiagnosticException {
        String[] lines = text.split("\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        if (first == lines.length) {
            throw error(path, 1, "import.empty", "the file is empty", FORMAT_HINT);
        }
        OffsetDateTime posted = posted(path, first + 1, lines[first].strip(), zone);
        List<Raw> blocks = blocks(lines, first + 1);
        if (blocks.isEmpty()) {
            throw error(path, first + 1, "import.no-title", "the release has no title after the Posted line",
                    "write the title after a blank line, then the lead and the text");
        }
        String title = join(blocks.get(0).lines());
        if (blocks.size() == 1) {
            throw error(path, blocks.get(0).line(), "import.no-text", "the release has a title but no text",
                    "write the lead and the text after the title, separated by blank lines");
        }
        List<Block> body = new ArrayList<>();
        for (Raw raw : blocks.subList(1, blocks.size())) {
            body.addAll(classify(raw.lines()));
        }
        return withLead(path, posted, title, body);
    }

    private static OffsetDateTime posted(String path, int line, String text, ZoneId zone) throws DiagnosticException {
        Matcher posted = POSTED.matcher(text);
        if (!posted.matches()) {
            throw error(path, line, "import.no-posted", "the release does not start with a \"Posted:\" line",
                    "make the first line the time it was posted, e.g. Posted: 26.09.2023 13:00:00");
        }
        String value = posted.group(1).strip();
        Matcher date = DATE_TIME.matcher(value);
        String hint = "write it as dd.mm.yyyy hh:mm:ss, e.g. Posted: 26.09.2023 13:00:00 (" + zone.getId() + " time)";
        if (!date.matches()) {
            throw error(path, line, "import.date", "\"" + value + "\" is not a date and time", hint);
        }
        try {
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(date.group(3)), Integer.parseInt(date.group(2)), Integer.parseInt(date.group(1)),
                    Integer.parseInt(date.group(4)), Integer.parseInt(date.group(5)), date.group(6) == null ? 0 : Integer.parseInt(date.group(6)));
            return local.atZone(zone).toOffsetDateTime();
        } catch (DateTimeException e) {
            throw error(path, line, "import.date", "\"" + value + "\" is not a valid date and time", hint);
        }
    }

    /** Lines between blank lines, stripped, with the 1-based line each block starts on. */
    private record Raw(int line, List<String> lines) {
    }

    private static List<Raw> blocks(String[] lines, int from) {
        List<Raw> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int start = 0;
        for (int i = from; i <= lines.length; i++) {
            if (i == lines.length || lines[i].isBlank()) {
                if (!current.isEmpty()) {
                    blocks.add(new Raw(start, List.copyOf(current)));
                    current.clear();
                }
            } else {
                if (current.isEmpty()) {
                    start = i + 1;
                }
                current.add(lines[i].strip());
            }
        }
        return blocks;
    }

    private static List<Block> classify(List<String> lines) {
        if (lines.stream().allMatch(line -> line.startsWith(">"))) {
            List<String> paragraphs = new ArrayList<>();
            List<String> paragraph = new ArrayList<>();
            for (String line : lines) {
                String text = line.substring(1).strip();
                if (text.isEmpty()) {
                    addJoined(paragraph, paragraphs);
                } else {
                    paragraph.add(text);
                }
            }
            addJoined(paragraph, paragraphs);
            return List.of(new Block.Quotation(paragraphs));
        }
        int firstItem = 0;
        while (firstItem < lines.size() && !ITEM.matcher(lines.get(firstItem)).matches()) {
            firstItem++;
        }
        long markers = lines.stream().filter(line -> ITEM.matcher(line).matches()).count();
        if (markers < 2) {
            String text = join(lines);
            return List.of(isWhollyQuoted(text) ? new Block.Quotation(List.of(text)) : new Block.Paragraph(text));
        }
        // A list, perhaps after the line that introduces it ("The programme includes:").
        List<Block> blocks = new ArrayList<>();
        if (firstItem > 0) {
            blocks.add(new Block.Paragraph(join(lines.subList(0, firstItem))));
        }
        List<String> items = new ArrayList<>();
        for (String line : lines.subList(firstItem, lines.size())) {
            Matcher item = ITEM.matcher(line);
            if (item.matches()) {
                items.add(item.group(2).strip());
            } else {
                items.set(items.size() - 1, items.get(items.size() - 1) + " " + line);
            }
        }
        Matcher first = ITEM.matcher(lines.get(firstItem));
        first.matches();
        boolean ordered = first.group(1) != null;
        blocks.add(new Block.Items(ordered, ordered ? Integer.parseInt(first.group(1)) : 1, items));
        return blocks;
    }

    private static void addJoined(List<String> lines, List<String> into) {
        if (!lines.isEmpty()) {
            into.add(join(lines));
            lines.clear();
        }
    }

    /** Whether a paragraph is one quotation from its first character to its last (a full stop may follow). */
    static boolean isWhollyQuoted(String text) {
        String quoted = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        if (quoted.length() < 2) {
            return false;
        }
        char open = quoted.charAt(0);
        char close = switch (open) {
            case '“' -> '”';
            case '«' -> '»';
            case '„' -> '“';
            case '"' -> '"';
            default -> 0;
        };
        if (close == 0 || quoted.charAt(quoted.length() - 1) != close) {
            return false;
        }
        // The first closing mark at the outer level must be the last character.
        int depth = 0;
        for (int i = 0; i < quoted.length(); i++) {
            char c = quoted.charAt(i);
            if (c == close && (depth == 1 || open == close) && i > 0) {
                return i == quoted.length() - 1;
            }
            if (c == open) {
                depth++;
            } else if (c == close) {
                depth--;
            }
        }
        return false;
    }

    private static Release withLead(String path, OffsetDateTime posted, String title, List<Block> body) {
        Block first = body.get(0);
        if (first instanceof Block.Paragraph paragraph && body.size() > 1) {
            int sentences = sentences(paragraph.text()).size();
            if (sentences == 1) {
                return new Release(path, posted, title, paragraph.text(), true, "the paragraph after the title", body.subList(1, body.size()));
            }
        }
        String why;
        if (body.size() == 1) {
            why = "the release has one block of text";
        } else if (first instanceof Block.Paragraph paragraph) {
            why = "the paragraph after the title has " + sentences(paragraph.text()).size() + " sentences, so it is text";
        } else {
            why = "the text starts with " + (first instanceof Block.Items ? "a list" : "a quotation");
        }
        String source = body.stream().filter(Block.Paragraph.class::isInstance).findFirst().orElse(first).texts().get(0);
        return new Release(path, posted, title, sentences(source).get(0), false,
                "none (" + why + "); used the first sentence of the text: rewrite it as a summary", body);
    }

    /** The sentences of a paragraph; see {@link #SENTENCE_END} and {@link #ABBREVIATIONS}. */
    static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        Matcher end = SENTENCE_END.matcher(text);
        int start = 0;
        while (end.find()) {
            if (isAbbreviation(text, end.start())) {
                continue;
            }
            sentences.add(text.substring(start, end.end()).strip());
            start = end.end();
        }
        if (start < text.length()) {
            sentences.add(text.substring(start).strip());
        }
        return sentences;
    }

    /** Whether the word before the full stop at {@code dot} is a single letter or a known abbreviation. */
    private static boolean isAbbreviation(String text, int dot) {
        if (text.charAt(dot) != '.') {
            return false;
        }
        int start = dot;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, dot).toLowerCase(Locale.ROOT);
        return word.length() == 1 || ABBREVIATIONS.contains(word);
    }

    private static String join(List<String> lines) {
        return String.join(" ", lines).replaceAll("[ \\t]+", " ").strip();
    }

    private static DiagnosticException error(String path, int line, String code, String message, String hint) {
        return new DiagnosticException(Diagnostic.error(path, line, 0, code, message, hint));
    }
}
