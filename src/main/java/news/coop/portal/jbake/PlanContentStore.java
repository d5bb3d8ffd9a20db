package news.coop.portal.jbake;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.render.PageJob;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;

/**
 * The {@link ContentStore} our Oven bakes from: it holds the validated page plan and collects the
 * rendered pages, instead of querying OrientDB for every document.
 *
 * <p>JBake's {@code Oven} still starts its in-memory OrientDB (its schema update is {@code final}), but
 * no query ever runs against it: stock JBake's per-document {@code getAllContent} is what makes its
 * bakes quadratic. {@link #getUnrenderedContent()} is empty, so JBake's own {@code DocumentsRenderer}
 * renders nothing; our {@link PlanRenderingTool} renders the plan.
 *
 * <p>One instance per build; not thread-safe.
 */
final class PlanContentStore extends ContentStore {
    private final List<PageJob> plan;
    private final Map<String, String> rendered = new LinkedHashMap<>();
    private final Map<String, Failure> failures = new LinkedHashMap<>();

    PlanContentStore(List<PageJob> plan) {
        super("memory", "portal-" + java.util.UUID.randomUUID());
        this.plan = List.copyOf(plan);
    }

    List<PageJob> plan() {
        return plan;
    }

    void rendered(String output, String text) {
        rendered.put(output, text);
    }

    /**
     * Records a failure. One template mistake fails every page that uses the template: it is
     * reported once, with the number of other pages it broke.
     */
    void failed(Diagnostic diagnostic) {
        String key = diagnostic.path() + ":" + diagnostic.line() + ":" + diagnostic.column() + ":" + diagnostic.code();
        failures.merge(key, new Failure(diagnostic, 0), (first, again) -> new Failure(first.diagnostic(), first.others() + 1));
    }

    private record Failure(Diagnostic diagnostic, int others) {
        Diagnostic withCount() {
            if (others == 0) {
                return diagnostic;
            }
            return new Diagnostic(diagnostic.path(), diagnostic.line(), diagnostic.column(), diagnostic.severity(), diagnostic.code(),
                    diagnostic.message() + " and " + others + " other page" + (others == 1 ? "" : "s"), diagnostic.hint());
        }
    }

    /** Output path → rendered text, in plan order. */
    Map<String, String> renderedPages() {
        return Collections.unmodifiableMap(rendered);
    }

    List<Diagnostic> failures() {
        return failures.values().stream().map(Failure::withCount).toList();
    }

    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        return new DocumentList<>();
    }

    @Override
    public void updateAndClearCacheIfNeeded(boolean needed, java.io.File templateFolder) {
        // Nothing is cached between builds: every build starts from the sources.
    }
}
