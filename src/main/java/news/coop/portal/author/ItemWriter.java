package news.coop.portal.author;

import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a news item's file: YAML front matter between {@code ---} lines, then the body.
 *
 * <p>Texts (title, lead) are written by SnakeYAML's emitter as double-quoted scalars on one line, so
 * that colons, quotes, {@code #}, a leading {@code -} or {@code [}, backslashes and control characters
 * all read back as written; ids are written plain when YAML would read them back as the same text.
 * Dates are written with their offset ({@code 2023-09-26T13:00:00+03:00}).
 *
 * <p>Thread-safe: each call makes its own emitter (SnakeYAML's are not thread-safe).
 */
public final class ItemWriter {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);
    /** Plain scalars YAML reads back as the same text: ids such as {@code energy} or {@code leningrad-region}. */
    private static final Pattern PLAIN = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    /** Plain words YAML 1.1 reads as booleans or null. */
    private static final Set<String> RESERVED = Set.of("null", "true", "false", "yes", "no", "on", "off", "y", "n");

    private ItemWriter() {
    }

    /** The file text of a finished item, as {@code portal import} writes it. */
    public static String text(NewsDraft item) {
        return frontMatter(item, "", "") + item.body();
    }

    /**
     * The file text of a new item to edit, as {@code portal new} writes it: the areas and regions lines
     * end with a comment listing the ids there are, and the body is one empty line.
     */
    public static String scaffold(NewsDraft item, Collection<String> areaIds, Collection<String> regionIds) {
        return frontMatter(item, "  # any of: " + String.join(", ", areaIds), "  # any of: " + String.join(", ", regionIds)) + "\n";
    }

    private static String frontMatter(NewsDraft item, String areasComment, String regionsComment) {
        StringBuilder yaml = new StringBuilder("---\n");
        yaml.append("title: ").append(scalar(item.title())).append('\n');
        yaml.append("date: ").append(DATE.format(item.date())).append('\n');
        yaml.append("lead: ").append(scalar(item.lead())).append('\n');
        yaml.append("areas: ").append(list(item.areas())).append(areasComment).append('\n');
        if (!item.regions().isEmpty() || !regionsComment.isEmpty()) {
            yaml.append("regions: ").append(list(item.regions())).append(regionsComment).append('\n');
        }
        yaml.append("lang: ").append(scalar(item.lang())).append('\n');
        if (item.draft()) {
            yaml.append("status: draft\n");
        }
        return yaml.append("---\n").toString();
    }

    private static String list(List<String> values) {
        return "[" + String.join(", ", values.stream().map(ItemWriter::scalar).toList()) + "]";
    }

    /** One scalar: plain when that reads back as the same text, else double-quoted by SnakeYAML on one line. */
    static String scalar(String text) {
        // SnakeYAML would write a text with a control character as !!binary.
        String value = text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x84\\x86-\\x9F]", "");
        if (PLAIN.matcher(value).matches() && !RESERVED.contains(value)) {
            return value;
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultScalarStyle(DumperOptions.ScalarStyle.DOUBLE_QUOTED);
        options.setSplitLines(false);
        options.setWidth(Integer.MAX_VALUE);
        return new Yaml(options).dump(value).stripTrailing();
    }
}
