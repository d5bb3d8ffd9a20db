package news.coop.portal.render;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.coop.portal.diag.Diagnostic;

/**
 * The pages of one render that failed, reported the way an author can act on them: one template
 * mistake fails every page that uses the template, so it is reported once, for the first such page
 * in plan order (whichever worker met it first), with the number of other pages it broke.
 * Thread-safe; one per render.
 */
public final class RenderFailures {
    private final Map<String, Failure> failures = new LinkedHashMap<>();

    private record Failure(int index, Diagnostic diagnostic, int others) {
        Diagnostic withCount() {
            if (others == 0) {
                return diagnostic;
            }
            return new Diagnostic(diagnostic.path(), diagnostic.line(), diagnostic.column(), diagnostic.severity(), diagnostic.code(),
                    diagnostic.message() + " and " + others + " other page" + (others == 1 ? "" : "s"), diagnostic.hint());
        }
    }

    /** Records the failure of the plan's page number {@code index}. */
    public synchronized void failed(int index, Diagnostic diagnostic) {
        String key = diagnostic.path() + ":" + diagnostic.line() + ":" + diagnostic.column() + ":" + diagnostic.code();
        failures.merge(key, new Failure(index, diagnostic, 0), (known, again) -> again.index() < known.index()
                ? new Failure(again.index(), again.diagnostic(), known.others() + 1)
                : new Failure(known.index(), known.diagnostic(), known.others() + 1));
    }

    /** Every failure, in the plan order of the page it is reported for. */
    public synchronized List<Diagnostic> diagnostics() {
        return failures.values().stream().sorted(Comparator.comparingInt(Failure::index)).map(Failure::withCount).toList();
    }
}
