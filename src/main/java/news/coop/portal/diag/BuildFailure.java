package news.coop.portal.diag;

import java.util.List;

/**
 * Thrown when a stage found errors; carries every diagnostic, not only the first.
 * The CLI prints them and exits with 1.
 */
public final class BuildFailure extends Exception {
    private final transient List<Diagnostic> diagnostics;

    public BuildFailure(List<Diagnostic> diagnostics) {
        super(diagnostics.size() + " problem(s):\n" + String.join("\n", diagnostics.stream().map(Diagnostic::toString).toList()), null, false, false);
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
