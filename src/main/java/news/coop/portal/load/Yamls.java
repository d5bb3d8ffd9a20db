package news.coop.portal.load;

import java.io.StringReader;
import java.util.Set;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.diag.DiagnosticException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Safe YAML reading shared by front matter and the vocabularies in {@code data/}.
 *
 * <p>YAML is only <em>composed</em> into nodes, never constructed into Java objects, so no tag can
 * instantiate a class. Before that, one pass over the parser's events refuses, at their place in the
 * file, what a hostile or broken text may hold: a tag other than YAML's own types ({@code yaml.tag}:
 * {@code !!javax.script.ScriptEngineManager}, {@code !custom}), more than {@value #MAX_ALIASES} aliases
 * ({@code yaml.aliases}: a "billion laughs" bomb), and nesting deeper than {@value #MAX_DEPTH} levels
 * ({@code yaml.too-deep}). SnakeYAML's own limits (aliases, depth, {@value #MAX_CODE_POINTS} code points)
 * stay set behind them. Thread-safe: each call builds its own SnakeYAML instance (SnakeYAML's are not
 * thread-safe).
 */
final class Yamls {
    /** More aliases than this in one text are refused: no front matter or vocabulary needs any. */
    static final int MAX_ALIASES = 20;
    /** Deeper nesting is refused: front matter needs two levels, a vocabulary three. */
    static final int MAX_DEPTH = 20;
    /** SnakeYAML's limit on a text's size, beyond the 512 KB of a whole source. */
    static final int MAX_CODE_POINTS = 4 * 1024 * 1024;
    /** The tags a text may write out: YAML's own types, which composing gives implicitly anyway. */
    private static final Set<String> STANDARD_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP, Tag.SEQ, Tag.MAP)
            .stream().map(Tag::getValue).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private Yamls() {
    }

    /**
     * Composes YAML text into a node tree, or returns {@code null} for an empty document.
     *
     * @param firstLine the 1-based file line of the YAML text's first line, for diagnostics
     */
    static Node compose(String path, String yaml, int firstLine) throws DiagnosticException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH + 1);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        try {
            refuseHostile(path, new Yaml(new SafeConstructor(options)).parse(new StringReader(yaml)), firstLine);
            return new Yaml(new SafeConstructor(options)).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? firstLine : mark.getLine() + firstLine;
            int column = mark == null ? 0 : mark.getColumn() + 1;
            String problem = firstLine(e.getProblem() != null ? e.getProblem() : e.getMessage());
            if (problem.contains("\\t(TAB)")) {
                throw new DiagnosticException(Diagnostic.error(path, line, column, "yaml.syntax", "not valid YAML: a tab indents this line",
                        "indent with spaces: YAML does not allow tabs"));
            }
            throw new DiagnosticException(Diagnostic.error(path, line, column, "yaml.syntax", "not valid YAML: " + problem,
                    "write each field as \"key: value\"; put values containing \": \" or \" #\" in double quotes"));
        } catch (YAMLException e) {
            throw new DiagnosticException(Diagnostic.error(path, firstLine, 0, "yaml.syntax",
                    "not valid YAML: " + firstLine(e.getMessage()), "write each field as \"key: value\""));
        }
    }

    /** Reads the events of a text and stops at the first tag, alias or level too many. */
    private static void refuseHostile(String path, Iterable<Event> events, int firstLine) throws DiagnosticException {
        int depth = 0;
        int aliases = 0;
        for (Event event : events) {
            String tag = event instanceof ScalarEvent scalar ? scalar.getTag() : event instanceof CollectionStartEvent start ? start.getTag() : null;
            if (tag != null && !tag.equals("!") && !STANDARD_TAGS.contains(tag)) {
                throw refusal(path, event, firstLine, "yaml.tag", "the tag " + written(tag) + " is not allowed",
                        "remove it: front matter and data hold plain text, numbers, dates, lists and fields");
            }
            if (event instanceof AliasEvent && ++aliases > MAX_ALIASES) {
                throw refusal(path, event, firstLine, "yaml.aliases", "more than " + MAX_ALIASES + " aliases (*name) in one text",
                        "write the values out in full, without &anchors and *aliases");
            }
            if (event instanceof CollectionStartEvent && ++depth > MAX_DEPTH) {
                throw refusal(path, event, firstLine, "yaml.too-deep", "lists and fields are nested more than " + MAX_DEPTH + " levels deep",
                        "write each field as \"key: value\", and a list as [a, b]");
            }
            if (event instanceof CollectionEndEvent) {
                depth--;
            }
        }
    }

    private static DiagnosticException refusal(String path, Event event, int firstLine, String code, String message, String hint) {
        Mark mark = event.getStartMark();
        return new DiagnosticException(Diagnostic.error(path, mark.getLine() + firstLine, mark.getColumn() + 1, code, message, hint));
    }

    /** A tag as it is written: {@code !!javax.script.ScriptEngineManager} for YAML's own prefix. */
    private static String written(String tag) {
        return tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown problem";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
