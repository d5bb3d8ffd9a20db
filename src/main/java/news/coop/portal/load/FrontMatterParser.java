package news.coop.portal.load;

import java.util.LinkedHashMap;
import java.util.Map;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.diag.DiagnosticException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Splits a source into {@code ---} YAML front matter and body, and parses the YAML into nodes with
 * positions.
 *
 * <p>YAML is read safely by {@link Yamls}. Thread-safe.
 */
public final class FrontMatterParser {
    private static final String FENCE = "---";

    /** Result of splitting: the front matter and where the body starts. */
    public record Split(FrontMatter frontMatter, String body, int bodyFirstLine) {
    }

    public Split parse(SourceText source) throws DiagnosticException {
        String path = source.path();
        String text = source.text();
        if (text.isBlank()) {
            throw new DiagnosticException(Diagnostic.error(path, 1, 1, "frontmatter.missing", "the file is empty",
                    "start it with a front-matter block: a line \"---\", the fields (title: …), and a closing \"---\""));
        }
        if (!(text.startsWith(FENCE + "\n") || text.equals(FENCE))) {
            throw new DiagnosticException(Diagnostic.error(path, 1, 1, "frontmatter.missing", "the file does not start with front matter",
                    "make the first line exactly \"---\", followed by the fields and a closing \"---\" line"));
        }
        int yamlStart = FENCE.length() + 1;
        int close = findClosingFence(text, yamlStart);
        if (close < 0) {
            throw new DiagnosticException(Diagnostic.error(path, 1, 1, "frontmatter.unterminated", "the front matter is never closed",
                    "add a line \"---\" after the last field"));
        }
        String yaml = text.substring(yamlStart, close);
        int closingLine = SourceText.lineOf(text, close);
        int afterFence = text.indexOf('\n', close);
        String body = afterFence < 0 ? "" : text.substring(afterFence + 1);
        FrontMatter frontMatter = new FrontMatter(path, 2, compose(path, yaml));
        return new Split(frontMatter, body, closingLine + 1);
    }

    private static int findClosingFence(String text, int from) {
        int lineStart = from;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            String line = lineEnd < 0 ? text.substring(lineStart) : text.substring(lineStart, lineEnd);
            if (line.stripTrailing().equals(FENCE)) {
                return lineStart;
            }
            if (lineEnd < 0) {
                return -1;
            }
            lineStart = lineEnd + 1;
        }
        return -1;
    }

    private static Map<String, Field> compose(String path, String yaml) throws DiagnosticException {
        Node root = Yamls.compose(path, yaml, 2);
        Map<String, Field> fields = new LinkedHashMap<>();
        if (root == null) {
            return fields;
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new DiagnosticException(Diagnostic.error(path, root.getStartMark().getLine() + 2, root.getStartMark().getColumn() + 1, "yaml.not-a-map",
                    "the front matter must be a list of \"key: value\" fields", "write one field per line, such as \"title: …\""));
        }
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            int line = keyNode.getStartMark().getLine() + 2;
            int column = keyNode.getStartMark().getColumn() + 1;
            if (!(keyNode instanceof ScalarNode scalar)) {
                throw new DiagnosticException(Diagnostic.error(path, line, column, "yaml.key", "a field name must be plain text", "write it as \"name: value\""));
            }
            Field previous = fields.putIfAbsent(scalar.getValue(), new Field(scalar.getValue(), keyNode, tuple.getValueNode()));
            if (previous != null) {
                throw new DiagnosticException(Diagnostic.error(path, line, column, "yaml.duplicate-key",
                        "the field \"" + scalar.getValue() + "\" is given twice (first on line " + (previous.keyNode().getStartMark().getLine() + 2) + ")",
                        "keep one of them"));
            }
        }
        return fields;
    }
}
