package news.coop.portal.load;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The parsed YAML front matter of one source file: its keys in file order, each with the YAML node of
 * its value, and the arithmetic that turns a node's position into a 1-based file line and column.
 */
public final class FrontMatter {
    private final String path;
    private final int firstLine;
    private final Map<String, Field> fields;

    /**
     * @param firstLine the 1-based file line of the first YAML line (the line after the opening {@code ---})
     */
    FrontMatter(String path, int firstLine, Map<String, Field> fields) {
        this.path = path;
        this.firstLine = firstLine;
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public String path() {
        return path;
    }

    public Map<String, Field> fields() {
        return fields;
    }

    public Optional<Field> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    /** The 1-based file line of a node of this front matter. */
    public int line(Node node) {
        return node.getStartMark().getLine() + firstLine;
    }

    /** The 1-based file column of a node of this front matter. */
    public int column(Node node) {
        return node.getStartMark().getColumn() + 1;
    }

    /** The 1-based file line of the opening {@code ---}: where a missing field is reported. */
    public int openingLine() {
        return firstLine - 1;
    }
}
