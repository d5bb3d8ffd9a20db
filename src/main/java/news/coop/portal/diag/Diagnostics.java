package news.coop.portal.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Collects every problem of one build stage, so that authors see all of them at once.
 *
 * <p>Not thread-safe: give each thread its own collector and {@link #addAll} them afterwards.
 */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();

    public void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public void error(String path, int line, int column, String code, String message, String hint) {
        add(Diagnostic.error(path, line, column, code, message, hint));
    }

    public void addAll(Collection<Diagnostic> more) {
        items.addAll(more);
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return items.stream().filter(Diagnostic::isError).count();
    }

    /** All diagnostics, sorted by {@link Diagnostic#ORDER}. */
    public List<Diagnostic> sorted() {
        return items.stream().sorted(Diagnostic.ORDER).toList();
    }
}
