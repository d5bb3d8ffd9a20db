package news.coop.portal.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.stream.Stream;
import news.coop.portal.config.ConfigReader;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.BuildFailure;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.diag.DiagnosticException;
import news.coop.portal.diag.Diagnostics;
import news.coop.portal.diag.Severity;
import news.coop.portal.image.ImagePaths;
import news.coop.portal.image.Pictures;
import news.coop.portal.jbake.JBakeBakery;
import news.coop.portal.jbake.JBakeConfigs;
import news.coop.portal.load.ContentLoader;
import news.coop.portal.load.FileStamp;
import news.coop.portal.load.MarkdownProcessor;
import news.coop.portal.load.ParsedSource;
import news.coop.portal.load.VocabularyLoader;
import news.coop.portal.model.Body;
import news.coop.portal.model.NewsItem;
import news.coop.portal.model.Page;
import news.coop.portal.model.Picture;
import news.coop.portal.model.Site;
import news.coop.portal.model.Vocabulary;
import news.coop.portal.refine.LinkChecker;
import news.coop.portal.refine.PageScan;
import news.coop.portal.refine.RefineChain;
import news.coop.portal.refine.RefineContext;
import news.coop.portal.refine.TextImages;
import news.coop.portal.render.Messages;
import news.coop.portal.render.PageJob;
import news.coop.portal.render.PagePlanner;
import news.coop.portal.render.ViewCache;
import news.coop.portal.validate.Publication;
import news.coop.portal.validate.SiteValidator;
import news.coop.portal.validate.SourceValidator;
import news.coop.portal.verify.SourceDocument;
import news.coop.portal.write.Fingerprints;
import news.coop.portal.write.HostingFiles;
import news.coop.portal.write.OutputFailure;
import news.coop.portal.write.Precompressed;
import news.coop.portal.write.SiteWriter;

/**
 * The build pipeline, load → validate → model → render → refine → write, run by one process that
 * may build many times: once for {@code portal build}, again after every edit for {@code serve}.
 *
 * <p>The first {@link #build()} is a full build into a staging folder that is swapped into place.
 * Later builds reuse what the sources have not changed, keyed by content, never by guesswork:
 * <ul>
 *   <li>a source whose file is unchanged (size and modification time) keeps its parsed and validated form;
 *   <li>a body keeps its HTML while its Markdown and the URLs of the sources it links to are unchanged;
 *   <li>a page keeps its text while its template job (template, language and model) is equal to the
 *       last build's: the model holds everything a page shows, so equal models give equal pages.
 *       This is the dependency map from an item to the pages it appears on (its own page, listings,
 *       feeds, its neighbours' older/newer links, related items), derived from the models rather
 *       than kept by hand, so it cannot go stale.
 *   <li>a picture is measured again only when its file changes, and its smaller copies are made once
 *       per content ({@link Pictures}, cached beside the output folder); a change among the pictures
 *       validates again the sources that name pictures, since whether a picture exists is part of
 *       their validation.
 * </ul>
 * A change to the templates, the messages or {@code jbake.properties} re-renders every page. Only
 * changed files are rewritten, each atomically. A test builds an archive incrementally and from
 * scratch and compares the two file by file.
 *
 * <p>Pages are loaded, rendered, refined and written in parallel on the session's pool; the results
 * are assembled in source and plan order, so the output does not depend on the number of threads.
 * Any error stops the build before anything is written. Not thread-safe: one build at a time.
 */
public final class Session implements AutoCloseable {
    private final BuildOptions options;
    private final ForkJoinPool pool;
    private final MarkdownProcessor markdown = new MarkdownProcessor();

    private SiteConfig config;
    private Map<Path, FileStamp> globalStamps = Map.of();
    private Map<Path, FileStamp> dataStamps = Map.of();
    private Map<Path, FileStamp> assetStamps = Map.of();
    private Messages messages;
    private Vocabulary areas;
    private Vocabulary regions;
    private JBakeBakery bakery;
    private ViewCache views = new ViewCache();
    private final Map<Path, Source> sources = new HashMap<>();
    private final Map<String, Refined> bodies = new HashMap<>();
    /** The published site of the last successful build: output path → page. Empty before the first. */
    private Map<String, Output> published = Map.of();
    /** The files JBake's asset copy published, under their published names, less the plain names of the pictures shown ({@link #plainAssets}). */
    private Set<String> assetFiles = Set.of();
    /** The files JBake's asset copy publishes, under their plain names, as of the last full build (or check): a rebuild has the same. */
    private Set<String> copiedAssets = Set.of();
    /** The fingerprinted names of the files from assets/, as of the last full build (or check). */
    private Fingerprints fingerprints = Fingerprints.NONE;
    /** The text files of the published site (robots.txt, the search indexes): path → text. */
    private Map<String, String> publishedTexts = Map.of();
    /** The pictures of the site: measured and resized once per file content. */
    private Pictures pictures;
    /** The pictures the last plan was made with: views made with others are not reused. */
    private Map<String, Picture> planned = Map.of();
    /** The files the pictures shown are published as (see {@link #copyFiles}), as the published site holds them. */
    private Set<String> publishedCopies = Set.of();
    /** The published site's {@code _headers}. */
    private String publishedHeaders = "";
    /** The stamps of assets/ and of the pictures in content/ as of this build's load, and as of the last one. */
    private Map<Path, FileStamp> listedAssets = Map.of();
    private Map<Path, FileStamp> validatedAssets = Map.of();
    /** Equal ids and links of all pages, shared (see {@link PageScan#shared}). */
    private final java.util.concurrent.ConcurrentMap<Object, Object> canonical = new java.util.concurrent.ConcurrentHashMap<>();
    /** The link checker of the last successful build, and the files it checked against. */
    private LinkChecker links;
    private Set<String> linkedFiles = Set.of();
    /** The last walk of content/. */
    private ContentLoader.Listing listing;

    public Session(BuildOptions options) {
        this.options = options;
        this.pool = new ForkJoinPool(options.threads() <= 0 ? Runtime.getRuntime().availableProcessors() : options.threads());
    }

    /**
     * One source as last read: its problems, and its document when it validated. The parsed tree is
     * not kept (the document holds the rendered body); {@code readable} is false when the file could
     * not be read, so that the next build reads it again whatever its stamp says. {@code showsPictures}:
     * its validation looked at picture files, so a change among them validates it again.
     */
    private record Source(FileStamp stamp, boolean readable, boolean showsPictures, Object document, List<Diagnostic> problems) {
    }

    /**
     * One body as last refined: for this rendered text, with these links to the sources it links to
     * and these pictures, published on this page ({@code output}, which printed link addresses are
     * resolved against).
     */
    private record Refined(Body body, Map<String, String> linked, Map<String, Picture> shown, String output, String html,
            List<Diagnostic> problems) {
    }

    /** One file of the published site: the job that made it, and what the link check needs (null for feeds). */
    private record Output(PageJob job, PageScan scan) {
    }

    /**
     * A check of a complete site before it is published ({@code build --verify}): it sees the staging
     * folder, exactly as it will be swapped in; any error keeps the published site as it was.
     */
    @FunctionalInterface
    public interface Gate {
        /**
         * @param site      the complete site, not yet published
         * @param config    the site's configuration
         * @param documents every news item and page of the sources, published or withheld
         * @return the problems found; an error stops the build
         */
        List<Diagnostic> check(Path site, SiteConfig config, List<SourceDocument> documents);
    }

    /** Builds the site: in full the first time, then only what changed. */
    public BuildResult build() throws BuildFailure {
        return build(null);
    }

    /**
     * Builds the site as {@link #build()} does; a full build is first handed to {@code gate} (when
     * not null) in its staging folder, and published only if the gate finds no error.
     */
    public BuildResult build(Gate gate) throws BuildFailure {
        Timings timings = new Timings();
        Diagnostics diagnostics = new Diagnostics();
        boolean everything = timings.time("configure", () -> configure(diagnostics));
        stopOnErrors(diagnostics);

        // A source with errors is left out of the model, and the checks across sources still run on
        // the others, so that one build reports every problem.
        Loaded loaded = timings.time("load", () -> load(diagnostics));
        Modelled modelled = timings.time("model", () -> model(loaded, diagnostics));
        stopOnErrors(diagnostics);
        Map<String, Picture> shown = timings.time("pictures", () -> measure(modelled.site(), diagnostics));
        stopOnErrors(diagnostics);
        Map<String, String> html = timings.time("markdown", () -> bodies(modelled, shown, diagnostics));
        stopOnErrors(diagnostics);
        PagePlanner.Plan plan = timings.time("plan", () -> plan(modelled.site(), html, shown));

        // A warm rebuild changes the published site in place; the first build, a change to the
        // templates or configuration, and a changed asset (JBake copies assets, it does not remove
        // them) publish a complete new site instead.
        boolean assetsChanged = timings.time("assets", this::assetsChanged);
        boolean full = published.isEmpty() || everything || assetsChanged || !Files.isDirectory(config.outputDir());
        Map<String, Output> previous = full ? Map.of() : published;
        List<PageJob> changed = plan.jobs().stream().filter(job -> !previous.containsKey(job.output()) || !previous.get(job.output()).job().equals(job)).toList();
        if (full) {
            // Assets change only in a full build: their names hold for every page it renders.
            copiedAssets = bakery.assetOutputs();
            Fingerprints named = timings.time("hashes", () -> Fingerprints.of(config, copiedAssets, diagnostics));
            if (diagnostics.hasErrors()) {
                assetStamps = Map.of();
                stopOnErrors(diagnostics);
            }
            fingerprints = named;
        }
        SiteWriter writer = new SiteWriter(config.outputDir());
        Path staging = full ? prepare(writer) : null;
        if (full) {
            canonical.clear();
            Precompressed.brotliMissing().ifPresent(why -> diagnostics.add(new Diagnostic(config.display(config.outputDir()), 0, 0, Severity.WARNING,
                    "site.no-brotli", why, "the .gz copies are written, but the site differs from one built where it loads "
                            + "(Linux, macOS or Windows on x86-64 or ARM64, with the tool built there, as ./portal does)")));
        }
        try {
            // Each page is checked as soon as it is rendered; a full build also writes it into the
            // staging folder at once, so the site is never held in memory whole. A rebuild keeps its
            // few pages until every check has passed, and only then touches the published site.
            Map<String, PageScan> scans = new java.util.concurrent.ConcurrentHashMap<>();
            Map<String, String> texts = new java.util.concurrent.ConcurrentHashMap<>();
            List<Diagnostic> pageProblems = java.util.Collections.synchronizedList(new ArrayList<>());
            JBakeBakery.Baked baked = timings.time("render", () -> bakery.bake(changed, modelled.site(), html, staging, (job, text) -> {
                scan(job, text, scans, pageProblems);
                if (full) {
                    publish(writer, job.output(), text.getBytes(StandardCharsets.UTF_8));
                } else {
                    texts.put(job.output(), text);
                }
            }));
            diagnostics.addAll(baked.problems());
            diagnostics.addAll(pageProblems);
            stopOnErrors(diagnostics);
            // The assets as JBake copies them, less the pictures the site shows: those are published
            // under names of their content, with their smaller copies.
            Set<String> plainAssets = plainAssets(shown);
            if (full) {
                fingerprints.rename(staging);
                writer.produced(plainAssets);
            }
            // The pictures shown: all of them into a full build's staging folder; a rebuild makes
            // those a newly shown picture needs and writes them with its pages.
            Set<String> copies = copyFiles(shown);
            Map<String, byte[]> newCopies = timings.time("copies", () -> copies(shown, full ? Set.of() : publishedCopies, full ? writer : null, diagnostics));
            stopOnErrors(diagnostics);
            Map<String, Output> outputs = timings.time("links", () -> checkLinks(plan, scans, previous, full, plainAssets, copies, diagnostics));
            stopOnErrors(diagnostics);

            Set<String> removed = new TreeSet<>(published.keySet());
            removed.removeAll(outputs.keySet());
            // The files under names of their content, and the others.
            Set<String> named = new TreeSet<>(copies);
            named.addAll(fingerprints.fingerprinted());
            Set<String> plain = siteFiles(plan, plainAssets);
            plain.removeAll(named);
            String headers = HostingFiles.headers(config.basePath(), named, plain, config.languages());
            if (full && gate != null) {
                stageLastFiles(writer, staging, plan, plainAssets, copies, headers);
                Path ready = writer.pruned();
                List<SourceDocument> known = documents(loaded);
                diagnostics.addAll(timings.time("verify", () -> gate.check(ready, config, known)));
                stopOnErrors(diagnostics);
            }
            timings.time("write", () -> {
                if (full) {
                    if (gate == null) {
                        stageLastFiles(writer, staging, plan, plainAssets, copies, headers);
                    }
                    // Before the swap: once the new site is published, the build has succeeded.
                    writeNginx();
                    writer.commit();
                } else {
                    parallel(List.copyOf(texts.entrySet()), entry -> {
                        republish(writer, entry.getKey(), entry.getValue());
                        return null;
                    });
                    removed.forEach(path -> unpublish(writer, path));
                    // Text files (robots.txt, the search indexes) are rewritten only where they
                    // changed, and those no longer planned (a search shard of a smaller index) go.
                    plan.textFiles().forEach((path, text) -> {
                        if (!text.equals(publishedTexts.get(path))) {
                            republish(writer, path, text);
                        }
                    });
                    publishedTexts.keySet().stream().filter(path -> !plan.textFiles().containsKey(path)).forEach(path -> unpublish(writer, path));
                    newCopies.forEach((path, bytes) -> republish(writer, path, bytes));
                    publishedCopies.stream().filter(file -> !copies.contains(file)).forEach(path -> unpublish(writer, path));
                    // A picture the site starts showing leaves its plain name, one it stops showing comes back to it.
                    assetFiles.stream().filter(file -> !plainAssets.contains(file)).forEach(path -> unpublish(writer, path));
                    plainAssets.stream().filter(file -> !assetFiles.contains(file)).forEach(file -> republish(writer, file, assetBytes(file)));
                    if (!headers.equals(publishedHeaders)) {
                        writer.replace(HostingFiles.HEADERS, headers);
                    }
                }
            });
            if (full) {
                pictures.prune();
            }
            published = outputs;
            publishedTexts = plan.textFiles();
            publishedCopies = copies;
            publishedHeaders = headers;
            assetFiles = plainAssets;
            int htmlPages = (int) outputs.keySet().stream().filter(path -> path.endsWith(".html")).count();
            int files = outputs.size() + plan.textFiles().size() + assetFiles.size() + copies.size();
            return new BuildResult(modelled.site().news().size(), htmlPages, files, config.outputDir(), diagnostics.sorted(),
                    baked.rendered(), removed.size(), timings.stages());
        } catch (BuildFailure | RuntimeException e) {
            // The checker may hold pages of this failed build: the next build starts a new one.
            links = null;
            if (full) {
                try {
                    writer.abort();
                } catch (OutputFailure again) {
                    // The staging folder stays where it is: the next build's prepare() takes it up.
                    e.addSuppressed(again);
                }
                // The published site keeps its assets: the next build must be full again, to publish them.
                assetStamps = Map.of();
            }
            OutputFailure unwritable = outputFailure(e);
            if (unwritable != null) {
                throw unwritable(unwritable);
            }
            throw e;
        }
    }

    /** Readies the staging folder of a full build; a folder the build may not write is an error, as in {@link #unwritable}. */
    private Path prepare(SiteWriter writer) throws BuildFailure {
        try {
            return writer.prepare();
        } catch (OutputFailure e) {
            throw unwritable(e);
        }
    }

    /** A file the system would not let the build write, as the one error of the build: where, why, and what to do. */
    private BuildFailure unwritable(OutputFailure failure) {
        return new BuildFailure(List.of(failure.diagnostic(config.root())));
    }

    /** The {@link OutputFailure} behind {@code error}, raised on this thread or on a worker of the pool; null if there is none. */
    private static OutputFailure outputFailure(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutputFailure failure) {
                return failure;
            }
        }
        return null;
    }

    /**
     * Every news item and page of the sources that validated, each with its URL and whether this
     * session's options publish it, for {@code portal verify}. Problems with the sources themselves
     * are left to {@code check} and {@code build}: a source that does not validate is not listed.
     */
    public List<SourceDocument> documents() {
        Diagnostics diagnostics = new Diagnostics();
        configure(diagnostics);
        if (diagnostics.hasErrors()) {
            return List.of();
        }
        return documents(load(diagnostics));
    }

    /** The site's configuration as last read, or {@code null} before the first build, check or {@link #documents()}. */
    public SiteConfig config() {
        return config;
    }

    private List<SourceDocument> documents(Loaded loaded) {
        java.time.Instant now = options.now() != null ? options.now() : java.time.Instant.now();
        Publication publication = new Publication(options.drafts(), now);
        List<SourceDocument> documents = new ArrayList<>();
        for (Object document : loaded.documents()) {
            if (document instanceof NewsItem item) {
                String withheld = publication.publishes(item) ? ""
                        : !options.drafts() && item.status() == news.coop.portal.model.Status.DRAFT ? "a draft"
                        : "embargoed until " + item.date();
                documents.add(new SourceDocument(item.source(), item.url(config.zone()), item.title(), withheld));
            } else if (document instanceof Page page) {
                documents.add(new SourceDocument(page.source(), page.url(), page.title(), publication.publishes(page) ? "" : "a draft"));
            }
        }
        documents.sort(Comparator.comparing(SourceDocument::source));
        return documents;
    }

    /** What {@link #check()} found: every problem, and the sources it read (as diagnostics name them). */
    public record CheckResult(List<Diagnostic> diagnostics, List<String> sources) {
    }

    /**
     * Runs every stage but write, for {@code portal check}: each source, the site as a whole, every page
     * through its template, and every link. Each stage runs as far as the sources allow: a source with
     * errors is left out and the checks across sources run on the others; pages are rendered only once
     * every source is good, since a page shows many of them. Publishes nothing, and leaves this
     * session's record of the published site as it was.
     */
    public CheckResult check() {
        Diagnostics diagnostics = new Diagnostics();
        configure(diagnostics);
        if (diagnostics.hasErrors()) {
            return new CheckResult(diagnostics.sorted(), List.of());
        }
        Loaded loaded = load(diagnostics);
        List<String> checked = listing.sources().stream().map(config::display).toList();
        Modelled modelled = model(loaded, diagnostics);
        if (diagnostics.hasErrors()) {
            return new CheckResult(diagnostics.sorted(), checked);
        }
        Map<String, Picture> shown = measure(modelled.site(), diagnostics);
        if (diagnostics.hasErrors()) {
            return new CheckResult(diagnostics.sorted(), checked);
        }
        Map<String, String> html = bodies(modelled, shown, diagnostics);
        if (diagnostics.hasErrors()) {
            return new CheckResult(diagnostics.sorted(), checked);
        }
        PagePlanner.Plan plan = plan(modelled.site(), html, shown);
        copiedAssets = bakery.assetOutputs();
        fingerprints = Fingerprints.of(config, copiedAssets, diagnostics);
        if (diagnostics.hasErrors()) {
            return new CheckResult(diagnostics.sorted(), checked);
        }
        Map<String, PageScan> scans = new java.util.concurrent.ConcurrentHashMap<>();
        List<Diagnostic> pageProblems = java.util.Collections.synchronizedList(new ArrayList<>());
        JBakeBakery.Baked baked = bakery.bake(plan.jobs(), modelled.site(), html, null, (job, text) -> scan(job, text, scans, pageProblems));
        diagnostics.addAll(baked.problems());
        diagnostics.addAll(pageProblems);
        if (!diagnostics.hasErrors()) {
            Map<String, Output> outputs = new LinkedHashMap<>();
            plan.jobs().forEach(job -> outputs.put(job.output(), new Output(job, scans.get(job.output()))));
            Set<String> files = siteFiles(plan, plainAssets(shown));
            files.addAll(copyFiles(shown));
            checkAllLinks(outputs, files, diagnostics);
        }
        return new CheckResult(diagnostics.sorted(), checked);
    }

    /**
     * Reads the configuration, vocabularies and UI strings, and notices a change to the templates or
     * {@code jbake.properties}: then every page must be rendered again.
     *
     * @return whether everything must be rebuilt
     */
    private boolean configure(Diagnostics diagnostics) {
        Path root = options.project();
        Map<Path, FileStamp> global = stamps(Stream.of(root.resolve("jbake.properties")), config == null ? root.resolve("templates") : config.templateDir());
        boolean everything = config == null || !global.equals(globalStamps);
        if (everything) {
            ConfigReader.Result read = JBakeConfigs.read(options.project(), options.output(), options.baseUrl());
            diagnostics.addAll(read.diagnostics());
            if (read.failed()) {
                return true;
            }
            config = read.config();
            global = stamps(Stream.of(root.resolve("jbake.properties")), config.templateDir());
            messages = Messages.load(config, diagnostics);
            if (diagnostics.hasErrors()) {
                return true;
            }
            bakery = new JBakeBakery(config, messages, markdown, pool, file -> fingerprints.published(file));
            pictures = new Pictures(config);
            views = new ViewCache();
            sources.clear();
            bodies.clear();
        }
        Map<Path, FileStamp> data = stamps(Stream.empty(), config.dataDir());
        if (everything || !data.equals(dataStamps)) {
            VocabularyLoader vocabularies = new VocabularyLoader(config);
            Diagnostics vocabularyProblems = new Diagnostics();
            areas = vocabularies.load("area", vocabularyProblems);
            regions = vocabularies.load("region", vocabularyProblems);
            vocabularies.reportUnknownFiles(List.of("area", "region"), vocabularyProblems);
            diagnostics.addAll(vocabularyProblems.sorted());
            if (vocabularyProblems.hasErrors()) {
                return true;
            }
            // Validation depends on the vocabularies: every source is read and validated again.
            sources.clear();
        }
        // Remember the inputs only once they loaded without errors, so a fixed file is read again.
        globalStamps = global;
        dataStamps = data;
        return everything;
    }

    /** The documents that validated, and the paths of the sources that did not. */
    private record Loaded(List<Object> documents, Set<String> failed) {
    }

    /** Every source, loaded and validated where it changed. */
    private Loaded load(Diagnostics diagnostics) {
        ContentLoader loader = new ContentLoader(config, markdown);
        ContentLoader.Listing listing = loader.list(diagnostics);
        this.listing = listing;
        List<Path> files = listing.sources();
        sources.keySet().retainAll(new HashSet<>(files));
        // Whether a picture a source names exists is part of its validation: when a picture comes,
        // goes or changes, the sources that name pictures, and those that failed, are validated again.
        listedAssets = stamps(Stream.empty(), config.assetDir());
        listing.assets().forEach(file -> listedAssets.put(file, listing.stamps().get(file)));
        boolean picturesChanged = !listedAssets.equals(validatedAssets);
        validatedAssets = listedAssets;
        List<Path> stale = files.stream().filter(file -> {
            Source known = sources.get(file);
            return known == null || !known.readable() || !listing.stamps().get(file).equals(known.stamp())
                    || picturesChanged && (known.showsPictures() || known.document() == null);
        }).toList();
        SourceValidator validator = new SourceValidator(config, areas, regions);
        String contentRoot = config.display(config.contentDir()) + "/";
        List<Source> fresh = parallel(stale, file -> read(file, listing.stamps().get(file), loader, validator, contentRoot));
        for (int i = 0; i < stale.size(); i++) {
            sources.put(stale.get(i), fresh.get(i));
        }
        List<Object> documents = new ArrayList<>();
        Set<String> failed = new HashSet<>();
        for (Path file : files) {
            Source source = sources.get(file);
            diagnostics.addAll(source.problems());
            if (source.document() != null) {
                documents.add(source.document());
            } else {
                failed.add(config.display(file));
            }
        }
        return new Loaded(documents, failed);
    }

    private Source read(Path file, FileStamp stamp, ContentLoader loader, SourceValidator validator, String contentRoot) {
        Diagnostics problems = new Diagnostics();
        ParsedSource parsed;
        try {
            parsed = loader.read(file);
        } catch (DiagnosticException e) {
            // Not kept as parsed: the next build reads the file again, whatever its stamp says.
            return new Source(stamp, false, false, null, List.of(e.diagnostic()));
        }
        String path = parsed.text().path();
        Object document = null;
        if (path.startsWith(contentRoot + "news/")) {
            document = validator.news(parsed, problems).orElse(null);
        } else if (path.startsWith(contentRoot + "pages/")) {
            document = validator.page(parsed, problems).orElse(null);
        } else {
            problems.error(path, 0, 0, "content.location", "a source must be in content/news/ or content/pages/",
                    "move news items to content/news/YYYY/ and pages to content/pages/");
        }
        boolean showsPictures = parsed.frontMatter().field("image").isPresent() || !parsed.rendered().images().isEmpty();
        return new Source(stamp, true, showsPictures, document, problems.sorted());
    }

    /** The site to publish, and where each published source ends up. */
    private record Modelled(Site site, Map<String, String> sourceUrls) {
    }

    /** Keeps what this build publishes, newest news first, and checks what needs every document at once. */
    private Modelled model(Loaded loaded, Diagnostics diagnostics) {
        List<Object> documents = loaded.documents();
        Publication publication = new Publication(options.drafts(), options.now() != null ? options.now() : java.time.Instant.now());
        List<NewsItem> allNews = documents.stream().filter(NewsItem.class::isInstance).map(NewsItem.class::cast).toList();
        List<Page> allPages = documents.stream().filter(Page.class::isInstance).map(Page.class::cast).toList();
        Map<NewsItem, String> urls = new java.util.IdentityHashMap<>();
        allNews.forEach(item -> urls.put(item, item.url(config.zone())));
        List<NewsItem> news = allNews.stream().filter(publication::publishes)
                .sorted(Comparator.comparing((NewsItem item) -> item.date().toInstant()).reversed().thenComparing(urls::get))
                .toList();
        List<Page> pages = allPages.stream().filter(publication::publishes).sorted(Comparator.comparing(Page::url)).toList();
        Set<String> allSources = new HashSet<>();
        allNews.forEach(item -> allSources.add(item.source()));
        allPages.forEach(page -> allSources.add(page.source()));
        Map<String, String> sourceUrls = new SiteValidator(config.zone(), config.languages(), config.requiredPages(), config.coreLanguages(),
                config.display(config.contentDir().resolve("pages"))).check(news, pages, allSources, loaded.failed(), diagnostics);
        return new Modelled(new Site(config, news, pages, areas, regions), sourceUrls);
    }

    /**
     * Source path → refined body HTML of every published document; a body is reused while its text,
     * the links it takes from other sources and the pictures it shows are unchanged.
     */
    private Map<String, String> bodies(Modelled modelled, Map<String, Picture> shown, Diagnostics diagnostics) {
        Map<String, String> links = new HashMap<>();
        modelled.sourceUrls().forEach((source, url) -> links.put(source, config.link(url)));
        record Job(String source, String lang, Body body) {
        }
        List<Job> jobs = new ArrayList<>();
        modelled.site().news().forEach(item -> jobs.add(new Job(item.source(), item.lang(), item.body())));
        modelled.site().pages().forEach(page -> jobs.add(new Job(page.source(), page.lang(), page.body())));
        List<Refined> refined = parallel(jobs, job -> {
            Map<String, String> linked = job.body().linked(links);
            String url = modelled.sourceUrls().get(job.source()); // none for a page refused for its slug
            String output = url == null ? job.source() : url.substring(1) + "index.html";
            Map<String, Picture> itsPictures = new TreeMap<>();
            // The pictures it shows, and those it links to that the site shows (published under other names).
            for (Body.Link link : job.body().links()) {
                ImagePaths.sitePath(config, job.source(), link.url()).filter(shown::containsKey).ifPresent(path -> itsPictures.put(path, shown.get(path)));
            }
            Refined known = bodies.get(job.source());
            if (known != null && known.body() == job.body() && known.linked().equals(linked) && known.shown().equals(itsPictures)
                    && known.output().equals(output)) {
                return known;
            }
            Diagnostics problems = new Diagnostics();
            TextImages images = new TextImages(itsPictures, name -> messages.get(job.lang(), "news.photo", List.of(name)));
            String html = RefineChain.body(job.body().html(links), new RefineContext(config, output, job.source(), problems, images));
            return new Refined(job.body(), linked, itsPictures, output, html, problems.sorted());
        });
        Map<String, String> html = new HashMap<>();
        bodies.clear();
        for (int i = 0; i < jobs.size(); i++) {
            bodies.put(jobs.get(i).source(), refined.get(i));
            html.put(jobs.get(i).source(), refined.get(i).html());
            diagnostics.addAll(refined.get(i).problems());
        }
        return html;
    }

    /**
     * Every picture the published site shows (lead pictures, pictures in texts, the logo), measured
     * where its file is new or changed; problems with the files are reported at the files.
     *
     * @return site path → picture, sorted
     */
    private Map<String, Picture> measure(Site site, Diagnostics diagnostics) {
        Set<String> paths = new TreeSet<>();
        String logo = config.properties().getOrDefault(SiteConfig.LOGO, "");
        if (!logo.isEmpty()) {
            paths.add(logo);
        }
        for (NewsItem item : site.news()) {
            if (item.image() != null) {
                paths.add(item.image().src());
            }
            item.body().images().forEach(address -> ImagePaths.sitePath(config, item.source(), address).ifPresent(paths::add));
        }
        for (Page page : site.pages()) {
            page.body().images().forEach(address -> ImagePaths.sitePath(config, page.source(), address).ifPresent(paths::add));
        }
        List<String> ordered = List.copyOf(paths);
        List<Pictures.Result> results = parallel(ordered, pictures::picture);
        Map<String, Picture> measured = new TreeMap<>();
        Set<Diagnostic> problems = new java.util.LinkedHashSet<>();
        for (int i = 0; i < ordered.size(); i++) {
            if (results.get(i).picture() != null) {
                measured.put(ordered.get(i), results.get(i).picture());
            } else {
                problems.add(results.get(i).problem());
            }
        }
        diagnostics.addAll(problems);
        return measured;
    }

    /** The plan of every page; views of items are reused only while the pictures they show are the same. */
    private PagePlanner.Plan plan(Site site, Map<String, String> html, Map<String, Picture> shown) {
        if (!shown.equals(planned)) {
            views = new ViewCache();
            planned = shown;
        }
        return pool.submit(() -> new PagePlanner(config, messages, views).plan(site, html, shown)).join();
    }

    /** The files the pictures shown are published as (each original under its published name, and its smaller copies), as paths inside the site. */
    private static Set<String> copyFiles(Map<String, Picture> shown) {
        Set<String> files = new TreeSet<>();
        shown.values().forEach(picture -> files.addAll(copyFiles(picture)));
        return files;
    }

    private static List<String> copyFiles(Picture picture) {
        return picture.candidates().stream().map(candidate -> ImagePaths.siteFile(candidate.src())).toList();
    }

    /**
     * The files JBake's asset copy publishes, under their published names, less the plain names of
     * the pictures the site shows: those are published as {@link #copyFiles}.
     */
    private Set<String> plainAssets(Map<String, Picture> shown) {
        Set<String> files = fingerprints.published(copiedAssets);
        shown.values().forEach(picture -> files.remove(ImagePaths.siteFile(picture.file())));
        return files;
    }

    /** The bytes of a file JBake's asset copy publishes under its own name: from assets/, else content/. */
    private byte[] assetBytes(String file) {
        Path asset = config.assetDir().resolve(file);
        try {
            return Files.readAllBytes(Files.isRegularFile(asset) ? asset : config.contentDir().resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Makes (or takes from the cache) the smaller copies of the pictures shown, in parallel, except
     * those the published site already has. With a {@code writer} each goes into its staging folder
     * at once; otherwise they are returned, to be written once every check has passed.
     *
     * @param present the copies already published, as files inside the site
     * @return file inside the site → bytes, of the copies not written
     */
    private Map<String, byte[]> copies(Map<String, Picture> shown, Set<String> present, SiteWriter writer, Diagnostics diagnostics) {
        if (writer != null) {
            pictures.begin();
        }
        List<Picture> wanted = shown.values().stream()
                .filter(picture -> copyFiles(picture).stream().anyMatch(file -> !present.contains(file)))
                .toList();
        List<Diagnostic> problems = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Map<String, byte[]>> made = parallel(wanted, picture -> {
            try {
                Map<String, byte[]> files = new TreeMap<>();
                pictures.copies(picture).forEach((src, bytes) -> files.put(ImagePaths.siteFile(src), bytes));
                if (writer != null) {
                    files.forEach(writer::write);
                    return Map.<String, byte[]>of();
                }
                return files;
            } catch (IOException e) {
                String where = ImagePaths.file(config, picture.file()).map(config::display).orElse(picture.file());
                problems.add(Diagnostic.error(where, 0, 0, "image.unreadable",
                        "the picture " + picture.file() + " cannot be resized (" + e.getMessage() + ")", "save it again as JPEG or PNG"));
                return Map.<String, byte[]>of();
            }
        });
        diagnostics.addAll(problems);
        Map<String, byte[]> files = new TreeMap<>();
        made.forEach(files::putAll);
        return files;
    }

    /**
     * Checks the links of the site. A full build checks every link; a rebuild, whose files are the
     * same as the last build's, checks the links of the pages it rendered again (and links to
     * fragments of pages whose ids changed). Pages not rendered again keep their last scan.
     */
    private Map<String, Output> checkLinks(PagePlanner.Plan plan, Map<String, PageScan> scans, Map<String, Output> previous, boolean full,
            Set<String> assets, Set<String> copies, Diagnostics diagnostics) {
        Map<String, Output> outputs = new LinkedHashMap<>();
        for (PageJob job : plan.jobs()) {
            PageScan scan = scans.containsKey(job.output()) ? scans.get(job.output())
                    : previous.containsKey(job.output()) ? previous.get(job.output()).scan() : null;
            outputs.put(job.output(), new Output(job, scan));
        }
        Set<String> files = siteFiles(plan, assets);
        files.addAll(copies);
        if (full || links == null || !files.equals(linkedFiles)) {
            links = checkAllLinks(outputs, files, diagnostics);
        } else {
            boolean idsChanged = false;
            List<String> rendered = new ArrayList<>();
            for (PageJob job : plan.jobs()) {
                PageScan scan = scans.get(job.output());
                if (scan != null) {
                    idsChanged |= links.collect(job.output(), job.source(), scan);
                    rendered.add(job.output());
                }
            }
            diagnostics.addAll(links.check(files, rendered, idsChanged));
        }
        linkedFiles = files;
        return outputs;
    }

    /** Reads a rendered HTML page for the checks of the refine stage and the link check. */
    private void scan(PageJob job, String text, Map<String, PageScan> scans, List<Diagnostic> problems) {
        if (job.isHtml()) {
            Diagnostics found = new Diagnostics();
            scans.put(job.output(), RefineChain.page(text, new RefineContext(config, job.output(), job.source(), found)).shared(canonical));
            problems.addAll(found.sorted());
        }
    }

    /** Every file of the site a plan makes: its pages and feeds, its text files and the assets. */
    private static Set<String> siteFiles(PagePlanner.Plan plan, Set<String> assets) {
        Set<String> files = new HashSet<>(assets);
        files.addAll(plan.textFiles().keySet());
        plan.jobs().forEach(job -> files.add(job.output()));
        return files;
    }

    /** Checks every link of every page against the site's files; returns the checker, which knows them all. */
    private LinkChecker checkAllLinks(Map<String, Output> outputs, Set<String> files, Diagnostics diagnostics) {
        LinkChecker checker = new LinkChecker(config, source -> bodies.containsKey(source) ? bodies.get(source).body().links() : List.of());
        outputs.forEach((path, output) -> {
            if (output.scan() != null) {
                checker.collect(path, output.job().source(), output.scan());
            }
        });
        diagnostics.addAll(checker.check(files));
        return checker;
    }

    /** Writes one file of a full build into staging, with its compressed copies when it gets them ({@link Precompressed}). */
    private static void publish(SiteWriter writer, String path, byte[] bytes) {
        writer.write(path, bytes);
        Precompressed.copies(path, bytes).forEach(writer::write);
    }

    /** Changes one published text file in place, and its compressed copies with it (made, replaced or removed). */
    private static void republish(SiteWriter writer, String path, String text) {
        republish(writer, path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Changes one published file in place, and its compressed copies with it (made, replaced or removed). */
    private static void republish(SiteWriter writer, String path, byte[] bytes) {
        writer.replace(path, bytes);
        Map<String, byte[]> copies = Precompressed.copies(path, bytes);
        copies.forEach(writer::replace);
        Precompressed.names(path).stream().filter(name -> !copies.containsKey(name)).forEach(writer::remove);
    }

    /** Removes one published file and its compressed copies. */
    private static void unpublish(SiteWriter writer, String path) {
        writer.remove(path);
        Precompressed.names(path).forEach(writer::remove);
    }

    /**
     * The last files of a full build's staging folder, once its pages are in: the text files (each
     * with its compressed copies), the compressed copies of the assets, and {@code _headers}. Before
     * {@code --verify}'s check, so that it checks the site as it will be published.
     */
    private void stageLastFiles(SiteWriter writer, Path staging, PagePlanner.Plan plan, Set<String> assets, Set<String> pictures, String headers) {
        plan.textFiles().forEach((path, text) -> publish(writer, path, text.getBytes(StandardCharsets.UTF_8)));
        Set<String> files = new TreeSet<>(assets);
        files.addAll(pictures);
        compress(writer, staging, files);
        writer.write(HostingFiles.HEADERS, headers);
    }

    /** Writes the compressed copies of files already in the staging folder (assets, pictures). */
    private void compress(SiteWriter writer, Path staging, Set<String> staged) {
        List<String> files = staged.stream().filter(file -> Precompressed.wanted(file, Long.MAX_VALUE)).toList();
        parallel(files, file -> {
            try {
                Precompressed.copies(file, Files.readAllBytes(staging.resolve(file))).forEach(writer::write);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            return null;
        });
    }

    /**
     * Writes the nginx snippet beside the published site ({@code target/site-nginx.conf}): it is the
     * server's configuration, not part of the site, and so is not deployed with it.
     */
    private void writeNginx() {
        Path output = config.outputDir().toAbsolutePath().normalize();
        Path file = output.resolveSibling(output.getFileName() + "-nginx.conf");
        byte[] bytes = HostingFiles.nginx(config.basePath()).getBytes(StandardCharsets.UTF_8);
        try {
            if (!Files.isRegularFile(file) || !java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
                SiteWriter.writeWhole(file, bytes);
            }
        } catch (IOException e) {
            throw new OutputFailure(file, e);
        }
    }

    /** Whether a file in assets/ (or a picture beside the sources) changed since the last build. */
    private boolean assetsChanged() {
        boolean changed = !listedAssets.equals(assetStamps);
        assetStamps = listedAssets;
        return changed;
    }

    private static Map<Path, FileStamp> stamps(Stream<Path> files, Path folder) {
        Map<Path, FileStamp> stamps = new TreeMap<>();
        files.forEach(file -> stamps.put(file, FileStamp.of(file)));
        if (Files.isDirectory(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(Files::isRegularFile).forEach(file -> stamps.put(file, FileStamp.of(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return stamps;
    }

    /** Applies {@code work} to every element on the pool; results in the input's order. */
    private <T, R> List<R> parallel(List<T> inputs, Function<T, R> work) {
        if (inputs.size() < 2) {
            return inputs.stream().map(work).toList();
        }
        return pool.submit(() -> inputs.parallelStream().map(work).toList()).join();
    }

    /** Stops the build when there is an error; with {@link BuildOptions#strict()}, a warning is one too. */
    private void stopOnErrors(Diagnostics diagnostics) throws BuildFailure {
        List<Diagnostic> found = diagnostics.sorted();
        if (options.strict()) {
            found = found.stream().map(Diagnostic::asError).toList();
        }
        if (found.stream().anyMatch(Diagnostic::isError)) {
            throw new BuildFailure(found);
        }
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
