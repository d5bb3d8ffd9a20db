package news.coop.portal.config;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.configuration2.PropertiesConfiguration;

/**
 * Where each key of a properties text is written: its line, the column of the key and the column of
 * its value. The keys are read by the reader JBake's configuration uses (commons-configuration's
 * {@link PropertiesConfiguration.PropertiesReader}), so they are the keys JBake sees, continuation
 * lines and escapes included. Stateless.
 */
final class PropertyLines {
    private PropertyLines() {
    }

    /**
     * One key as written.
     *
     * @param line        the 1-based line the key starts on
     * @param column      the 1-based column of the key
     * @param valueColumn the 1-based column where its value starts (after the {@code =})
     * @param text        the line itself
     */
    record Entry(String key, int line, int column, int valueColumn, String text) {
        /**
         * The column of {@code item}, one of the comma-separated values on the key's line; the value's
         * column when it is not found there (it is on a continuation line, or written with escapes).
         */
        int columnOf(String item) {
            Matcher found = Pattern.compile("(?<=^|[,\\s])" + Pattern.quote(item) + "(?=$|[,\\s])").matcher(text);
            return found.find(valueColumn - 1) ? found.start() + 1 : valueColumn;
        }
    }

    /** Every key of {@code text} (lines ending in {@code \n}), in file order, repeats included. */
    static List<Entry> of(String text) {
        String[] lines = text.split("\n", -1);
        List<Entry> entries = new ArrayList<>();
        try (PropertiesConfiguration.PropertiesReader reader = new PropertiesConfiguration.PropertiesReader(new StringReader(text))) {
            int next = 0;
            while (reader.nextProperty()) {
                // The reader passes over blank and comment lines before a property; the property starts on the first other line.
                int start = next;
                while (start < lines.length - 1 && comment(lines[start])) {
                    start++;
                }
                next = Math.max(reader.getLineNumber(), start + 1);
                String line = lines[start];
                int column = indent(line);
                entries.add(new Entry(reader.getPropertyName(), start + 1, column + 1, valueStart(line, column) + 1, line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return entries;
    }

    /** Blank lines and those starting with {@code #} or {@code !}, as the properties format has them. */
    private static boolean comment(String line) {
        String text = line.strip();
        return text.isEmpty() || text.charAt(0) == '#' || text.charAt(0) == '!';
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Where the value starts: after the key (up to an unescaped {@code =}, {@code :} or space) and the separator. */
    private static int valueStart(String line, int keyStart) {
        int i = keyStart;
        while (i < line.length() && "=: \t\f".indexOf(line.charAt(i)) < 0) {
            i += line.charAt(i) == '\\' ? 2 : 1;
        }
        i = Math.min(i, line.length());
        i = skipBlanks(line, i);
        if (i < line.length() && (line.charAt(i) == '=' || line.charAt(i) == ':')) {
            i = skipBlanks(line, i + 1);
        }
        return i;
    }

    private static int skipBlanks(String line, int from) {
        int i = from;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '\f')) {
            i++;
        }
        return i;
    }
}
