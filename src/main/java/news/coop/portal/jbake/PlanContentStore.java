package news.coop.portal.jbake;

import java.io.File;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.render.PageJob;
import news.coop.portal.render.PageSink;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;

/**
 * The {@link ContentStore} behind our {@code Utensils}: an in-memory store with indexed lookups in
 * place of JBake's embedded OrientDB, plus the page plan to render and the pages rendered from it.
 *
 * <p>Stock JBake answers every query with an OrientDB scan, and its {@code DocumentsRenderer} asks for
 * all content once per document to find the neighbours: the quadratic part of its bakes. Here the
 * published documents are indexed once (by type, tag and source) when a query first needs them, and
 * {@link #startup()} starts no database at all. {@link #getUnrenderedContent()} is empty because every
 * page is rendered from the plan by {@link PlanRenderingTool}.
 *
 * <p>One instance per session, reset by {@link #begin} for each bake. The rendered-page and failure records are safe for the rendering tool's
 * parallel workers; the document index is built once, under the store's lock.
 */
final class PlanContentStore extends ContentStore {
    private final java.util.concurrent.atomic.AtomicInteger rendered = new java.util.concurrent.atomic.AtomicInteger();
    private PageSink sink = (job, text) -> {
    };
    private final Map<String, Failure> failures = new LinkedHashMap<>();
    private final List<DocumentModel> added = new ArrayList<>();
    private List<PageJob> plan = List.of();
    private Supplier<List<DocumentModel>> documentSource = List::of;
    private Index index;

    PlanContentStore() {
        super("memory", "portal");
    }

    /**
     * Starts a bake: forgets the last bake's pages, failures and index.
     *
     * @param plan       the pages to render in this bake
     * @param documents  the published documents in JBake's model; asked for only when a query needs them
     * @param sink       where each rendered page goes
     */
    synchronized void begin(List<PageJob> plan, Supplier<List<DocumentModel>> documents, PageSink sink) {
        this.plan = List.copyOf(plan);
        this.documentSource = documents;
        this.sink = sink;
        rendered.set(0);
        failures.clear();
        added.clear();
        index = null;
    }

    List<PageJob> plan() {
        return plan;
    }

    /** Hands a rendered page on; called by the rendering tool's workers. */
    void rendered(PageJob job, String text) {
        sink.accept(job, text);
        rendered.incrementAndGet();
    }

    /**
     * Records the failure of the plan's page number {@code index}. One template mistake fails every
     * page that uses the template: it is reported once, for the first such page in plan order
     * (whichever worker met it first), with the number of other pages it broke.
     */
    synchronized void failed(int index, Diagnostic diagnostic) {
        String key = diagnostic.path() + ":" + diagnostic.line() + ":" + diagnostic.column() + ":" + diagnostic.code();
        failures.merge(key, new Failure(index, diagnostic, 0), (known, again) -> again.index() < known.index()
                ? new Failure(again.index(), again.diagnostic(), known.others() + 1)
                : new Failure(known.index(), known.diagnostic(), known.others() + 1));
    }

    private record Failure(int index, Diagnostic diagnostic, int others) {
        Diagnostic withCount() {
            if (others == 0) {
                return diagnostic;
            }
            return new Diagnostic(diagnostic.path(), diagnostic.line(), diagnostic.column(), diagnostic.severity(), diagnostic.code(),
                    diagnostic.message() + " and " + others + " other page" + (others == 1 ? "" : "s"), diagnostic.hint());
        }
    }

    /** How many pages this bake rendered. */
    int renderedCount() {
        return rendered.get();
    }

    synchronized List<Diagnostic> failures() {
        return failures.values().stream().sorted(Comparator.comparingInt(Failure::index)).map(Failure::withCount).toList();
    }

    // ---- JBake's store API, answered from memory -------------------------------------------------

    /** The documents, by type, by tag and by source, built on first use. */
    private record Index(Map<String, List<DocumentModel>> byType, Map<String, List<DocumentModel>> byTag, Map<String, DocumentModel> bySource) {
    }

    private synchronized Index index() {
        if (index == null) {
            Map<String, List<DocumentModel>> byType = new HashMap<>();
            Map<String, List<DocumentModel>> byTag = new HashMap<>();
            Map<String, DocumentModel> bySource = new HashMap<>();
            List<DocumentModel> documents = new ArrayList<>(documentSource.get());
            documents.addAll(added);
            documents.sort(Comparator.comparing(DocumentModel::getDate, Comparator.nullsLast(Comparator.reverseOrder())));
            for (DocumentModel document : documents) {
                byType.computeIfAbsent(document.getType(), type -> new ArrayList<>()).add(document);
                for (String tag : document.getTags() == null ? new String[0] : document.getTags()) {
                    byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(document);
                }
                bySource.put(document.getSourceuri(), document);
            }
            index = new Index(byType, byTag, bySource);
        }
        return index;
    }

    private static DocumentList<DocumentModel> list(List<DocumentModel> documents) {
        DocumentList<DocumentModel> list = new DocumentList<>();
        list.addAll(documents);
        return list;
    }

    private DocumentList<DocumentModel> page(List<DocumentModel> documents, boolean applyPaging) {
        if (!applyPaging || getStart() < 0 || getLimit() < 0) {
            return list(documents);
        }
        int from = (int) Math.min(documents.size(), getStart());
        return list(documents.subList(from, (int) Math.min(documents.size(), from + getLimit())));
    }

    @Override
    public void startup() {
        // No database: the documents live in memory (see the class comment).
    }

    @Override
    public void close() {
        // Nothing to close.
    }

    @Override
    public void shutdown() {
        // Nothing to shut down.
    }

    @Override
    public void drop() {
        // Nothing is stored between bakes.
    }

    @Override
    public void updateAndClearCacheIfNeeded(boolean needed, File templateFolder) {
        // Nothing is cached between builds: every build starts from the sources.
    }

    @Override
    public long getDocumentCount(String docType) {
        return index().byType().getOrDefault(docType, List.of()).size();
    }

    @Override
    public long getPublishedCount(String docType) {
        return getDocumentCount(docType);
    }

    @Override
    public DocumentList<DocumentModel> getDocumentByUri(String uri) {
        DocumentModel document = index().bySource().get(uri);
        return document == null ? new DocumentList<>() : list(List.of(document));
    }

    @Override
    public DocumentList<DocumentModel> getDocumentStatus(String uri) {
        return getDocumentByUri(uri);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts() {
        return getPublishedContent("post");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts(boolean applyPaging) {
        return page(index().byType().getOrDefault("post", List.of()), applyPaging);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPostsByTag(String tag) {
        return list(index().byTag().getOrDefault(tag, List.of()).stream().filter(document -> "post".equals(document.getType())).toList());
    }

    @Override
    public DocumentList<DocumentModel> getPublishedDocumentsByTag(String tag) {
        return list(index().byTag().getOrDefault(tag, List.of()));
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPages() {
        return getPublishedContent("page");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedContent(String docType) {
        return list(index().byType().getOrDefault(docType, List.of()));
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        return getPublishedContent(docType);
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType, boolean applyPaging) {
        return page(index().byType().getOrDefault(docType, List.of()), applyPaging);
    }

    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        return new DocumentList<>();
    }

    @Override
    public void deleteContent(String uri) {
        // The store is rebuilt for every bake; nothing to delete.
    }

    @Override
    public void markContentAsRendered(DocumentModel document) {
        // Every page is rendered from the plan.
    }

    @Override
    public void deleteAllByDocType(String docType) {
        // The store is rebuilt for every bake; nothing to delete.
    }

    @Override
    public Set<String> getTags() {
        return new TreeSet<>(index().byTag().keySet());
    }

    @Override
    public Set<String> getAllTags() {
        return new LinkedHashSet<>(getTags());
    }

    @Override
    public boolean isActive() {
        return true;
    }

    @Override
    public synchronized void addDocument(DocumentModel document) {
        // A crawler that adds documents (ours adds none) makes them part of the index.
        added.add(document);
        index = null;
    }
}
