package news.coop.portal.load;

import java.io.StringReader;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.diag.DiagnosticException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Safe YAML reading shared by front matter and the vocabularies in {@code data/}.
 *
 * <p>YAML is only <em>composed</em> into nodes, never constructed into Java objects, so no tag can
 * instantiate a class; aliases, nesting and size are limited. Thread-safe: each call builds its own
 * SnakeYAML instance (SnakeYAML's are not thread-safe).
 */
final class Yamls {
    private Yamls() {
    }

    /**
     * Composes YAML text into a node tree, or returns {@code null} for an empty document.
     *
     * @param firstLine the 1-based file line of the YAML text's first line, for diagnostics
     */
    static Node compose(String path, String yaml, int firstLine) throws DiagnosticException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(4 * 1024 * 1024);
        options.setAllowRecursiveKeys(false);
        try {
            return new Yaml(new SafeConstructor(options)).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? firstLine : mark.getLine() + firstLine;
            int column = mark == null ? 0 : mark.getColumn() + 1;
            throw new DiagnosticException(Diagnostic.error(path, line, column, "yaml.syntax",
                    "not valid YAML: " + firstLine(e.getProblem() != null ? e.getProblem() : e.getMessage()),
                    "write each field as \"key: value\"; put values containing \": \" or \" #\" in double quotes"));
        } catch (YAMLException e) {
            throw new DiagnosticException(Diagnostic.error(path, firstLine, 0, "yaml.syntax",
                    "not valid YAML: " + firstLine(e.getMessage()), "write each field as \"key: value\""));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown problem";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
