package news.coop.portal.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.IntStream;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.diag.Diagnostics;
import news.coop.portal.refine.PageScan;
import news.coop.portal.refine.RefineChain;
import news.coop.portal.refine.RefineContext;
import news.coop.portal.render.PageJob;
import news.coop.portal.render.PageRenderer;
import news.coop.portal.render.RenderFailures;
import news.coop.portal.write.Publisher;

/**
 * The render, refine and write stages, page by page: each page is rendered, read for the checks of
 * the refine stage ({@link RefineChain#page}, which also gives the link check what it needs), and
 * handed to the publisher at once, on the worker that rendered it, so that a large site is never
 * held in memory whole. Stateless.
 */
final class RenderStage {
    private RenderStage() {
    }

    /**
     * What rendering left for the link check.
     *
     * @param scans    output path → the ids and links of each HTML page rendered
     * @param rendered how many pages were rendered
     */
    record Rendered(Map<String, PageScan> scans, int rendered) {
    }

    /** Renders, refines and writes every page of {@code jobs}, telling {@code progress} of each page done. */
    static Rendered run(List<PageJob> jobs, PageRenderer renderer, SiteConfig config, Publisher publisher, Workers workers, Diagnostics diagnostics,
            Progress progress) {
        RenderFailures failures = new RenderFailures();
        Map<String, PageScan> scans = new ConcurrentHashMap<>();
        List<Diagnostic> problems = Collections.synchronizedList(new ArrayList<>());
        // Most links (menus, footers, area links, pagination) repeat on thousands of pages: their strings are shared.
        ConcurrentMap<Object, Object> canonical = new ConcurrentHashMap<>();
        int rendered = workers.pool().submit(() -> IntStream.range(0, jobs.size()).parallel().map(index -> {
            PageJob job = jobs.get(index);
            PageRenderer.Rendered page = renderer.render(job);
            progress.advanced(jobs.size());
            if (page.failure() != null) {
                failures.failed(index, page.failure());
                return 0;
            }
            if (job.isHtml()) {
                Diagnostics found = new Diagnostics();
                scans.put(job.output(), RefineChain.page(page.text(), new RefineContext(config, job.output(), job.source(), found)).shared(canonical));
                problems.addAll(found.sorted());
            }
            publisher.put(job.output(), page.text().getBytes(StandardCharsets.UTF_8));
            return 1;
        }).sum()).join();
        diagnostics.addAll(failures.diagnostics());
        diagnostics.addAll(problems);
        return new Rendered(Map.copyOf(scans), rendered);
    }
}
