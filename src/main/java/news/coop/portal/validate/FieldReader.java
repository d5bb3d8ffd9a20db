package news.coop.portal.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.diag.Diagnostics;
import news.coop.portal.diag.Severity;
import news.coop.portal.load.Field;
import news.coop.portal.load.FrontMatter;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed access to front-matter fields, reporting every wrong type or missing value as a diagnostic
 * that points at the field. One instance per source file; not thread-safe.
 */
final class FieldReader {
    private final FrontMatter frontMatter;
    private final Diagnostics diagnostics;

    FieldReader(FrontMatter frontMatter, Diagnostics diagnostics) {
        this.frontMatter = frontMatter;
        this.diagnostics = diagnostics;
    }

    String path() {
        return frontMatter.path();
    }

    /** A required single-line text; reports it when missing or not text. */
    Optional<String> requiredText(String key, String example) {
        Optional<Field> field = frontMatter.field(key);
        if (field.isEmpty()) {
            diagnostics.error(path(), frontMatter.openingLine(), 1, "field.missing", "the required field \"" + key + "\" is missing",
                    "add a line such as " + key + ": " + example);
            return Optional.empty();
        }
        return text(field.get(), example);
    }

    /** An optional single-line text. */
    Optional<String> optionalText(String key, String example) {
        return frontMatter.field(key).flatMap(field -> text(field, example));
    }

    private Optional<String> text(Field field, String example) {
        Node value = field.value();
        if (!(value instanceof ScalarNode scalar) || isNull(scalar)) {
            error(value, "field.type", "\"" + field.key() + "\" must be a text", "write it as " + field.key() + ": " + example);
            return Optional.empty();
        }
        String text = scalar.getValue().strip();
        if (text.isEmpty()) {
            error(value, "field.empty", "\"" + field.key() + "\" is empty", "write it as " + field.key() + ": " + example);
            return Optional.empty();
        }
        if (text.contains("\n")) {
            error(value, "field.multiline", "\"" + field.key() + "\" must fit on one line", "join its lines into one");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** An optional {@code true} or {@code false}; absent is {@code false}. */
    boolean optionalBoolean(String key) {
        Optional<Field> field = frontMatter.field(key);
        if (field.isEmpty()) {
            return false;
        }
        Node value = field.get().value();
        if (value instanceof ScalarNode scalar && !isNull(scalar)) {
            String text = scalar.getValue().strip();
            if (text.equals("true") || text.equals("false")) {
                return text.equals("true");
            }
        }
        error(value, "field.type", "\"" + key + "\" must be true or false", "write it as " + key + ": true, or leave it out");
        return false;
    }

    /** A list of plain values, as {@code [a, b]} or one {@code - a} per line. Each item keeps its node for positions. */
    Optional<List<ScalarNode>> list(String key, boolean required, String example) {
        Optional<Field> field = frontMatter.field(key);
        if (field.isEmpty()) {
            if (required) {
                diagnostics.error(path(), frontMatter.openingLine(), 1, "field.missing", "the required field \"" + key + "\" is missing",
                        "add a line such as " + key + ": " + example);
            }
            return Optional.empty();
        }
        Node value = field.get().value();
        if (!(value instanceof SequenceNode sequence)) {
            error(value, "field.type", "\"" + key + "\" must be a list", "write it as " + key + ": " + example);
            return Optional.empty();
        }
        List<ScalarNode> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof ScalarNode scalar && !isNull(scalar) && !scalar.getValue().isBlank()) {
                items.add(scalar);
            } else {
                error(item, "field.type", "each entry of \"" + key + "\" must be a plain name", "write it as " + key + ": " + example);
                return Optional.empty();
            }
        }
        if (items.isEmpty() && required) {
            error(value, "field.empty", "\"" + key + "\" is empty", "name at least one, as in " + key + ": " + example);
            return Optional.empty();
        }
        return Optional.of(items);
    }

    Optional<Field> field(String key) {
        return frontMatter.field(key);
    }

    void error(Node at, String code, String message, String hint) {
        diagnostics.error(path(), frontMatter.line(at), frontMatter.column(at), code, message, hint);
    }

    void warning(Node at, String code, String message, String hint) {
        warning(frontMatter.line(at), frontMatter.column(at), code, message, hint);
    }

    /** A warning at a file position outside the front matter (in the body). */
    void warning(int line, int column, String code, String message, String hint) {
        diagnostics.add(new Diagnostic(path(), line, column, Severity.WARNING, code, message, hint));
    }

    /** An error about the file as a whole, reported at its opening {@code ---}. */
    void fileError(String code, String message, String hint) {
        diagnostics.error(path(), frontMatter.openingLine(), 1, code, message, hint);
    }

    private static boolean isNull(ScalarNode scalar) {
        return scalar.getTag().equals(Tag.NULL);
    }
}
