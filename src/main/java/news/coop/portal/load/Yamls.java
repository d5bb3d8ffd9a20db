package news.coop.portal.load;

import java.io.StringReader;
import java.util.Set;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.diag.DiagnosticException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
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
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Safe YAML reading shared by front matter and the vocabularies in {@code data/}.
 *
 * <p>YAML is only <em>composed</em> into nodes, never constructed into Java objects, so no tag can
 * instantiate a class. As the composer takes the parser's events, a watch on them refuses, at their
 * place in the file, what a hostile or broken text may hold: a tag other than YAML's own types ({@code yaml.tag}:
 * {@code !!javax.script.ScriptEngineManager}, {@code !custom}), more than {@value #MAX_ALIASES} aliases
 * ({@code yaml.aliases}: a "billion laughs" bomb), and nesting deeper than {@value #MAX_DEPTH} levels
 * ({@code yaml.too-deep}). SnakeYAML's own limits (aliases, depth, {@value #MAX_CODE_POINTS} code points)
 * stay set behind them. Thread-safe: each call builds its own SnakeYAML parser and composer (they are
 * not thread-safe).
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
            // One pass: the composer takes its events through the watch, which refuses as they come.
            Parser events = new Watched(new ParserImpl(new StreamReader(new StringReader(yaml)), options), path, firstLine);
            return new Composer(events, new Resolver(), options).getSingleNode();
        } catch (Watched.Refused e) {
            throw e.refusal;
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

    /**
     * The parser's events as the composer takes them, each looked at once on its way: the first tag,
     * alias or level too many stops composing, at its place.
     */
    private static final class Watched implements Parser {
        private final Parser parser;
        private final String path;
        private final int firstLine;
        private int depth;
        private int aliases;

        Watched(Parser parser, String path, int firstLine) {
            this.parser = parser;
            this.path = path;
            this.firstLine = firstLine;
        }

        /** A refusal on its way out of the composer, which cannot throw a checked exception. */
        static final class Refused extends RuntimeException {
            final transient DiagnosticException refusal;

            Refused(DiagnosticException refusal) {
                super(refusal.getMessage(), refusal, false, false);
                this.refusal = refusal;
            }
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return parser.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public Event getEvent() {
            Event event = parser.getEvent();
            String tag = event instanceof ScalarEvent scalar ? scalar.getTag() : event instanceof CollectionStartEvent start ? start.getTag() : null;
            if (tag != null && !tag.equals("!") && !STANDARD_TAGS.contains(tag)) {
                throw refused(event, "yaml.tag", "the tag " + written(tag) + " is not allowed",
                        "remove it: front matter and data hold plain text, numbers, dates, lists and fields");
            }
            if (event instanceof AliasEvent && ++aliases > MAX_ALIASES) {
                throw refused(event, "yaml.aliases", "more than " + MAX_ALIASES + " aliases (*name) in one text",
                        "write the values out in full, without &anchors and *aliases");
            }
            if (event instanceof CollectionStartEvent && ++depth > MAX_DEPTH) {
                throw refused(event, "yaml.too-deep", "lists and fields are nested more than " + MAX_DEPTH + " levels deep",
                        "write each field as \"key: value\", and a list as [a, b]");
            }
            if (event instanceof CollectionEndEvent) {
                depth--;
            }
            return event;
        }

        private Refused refused(Event event, String code, String message, String hint) {
            return new Refused(refusal(path, event, firstLine, code, message, hint));
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
