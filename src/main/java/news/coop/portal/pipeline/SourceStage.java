package news.coop.portal.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import news.coop.portal.cache.Key;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.diag.DiagnosticException;
import news.coop.portal.diag.Diagnostics;
import news.coop.portal.load.ContentLoader;
import news.coop.portal.load.FileStamp;
import news.coop.portal.load.MarkdownProcessor;
import news.coop.portal.load.ParsedSource;
import news.coop.portal.load.SourceText;
import news.coop.portal.model.Document;
import news.coop.portal.pipeline.Configure.Configured;
import news.coop.portal.pipeline.FileKeys.FileKey;
import news.coop.portal.validate.SourceValidator;

/**
 * The load and validate stages, source by source: each Markdown file of {@code content/} is read,
 * parsed and validated on its own worker, and only its document and problems are kept (the parsed
 * tree is dropped at once, so ten thousand sources never stand in memory as trees). A source whose
 * content is what it was at the last build keeps that build's result. Stateless.
 */
final class SourceStage {
    private SourceStage() {
    }

    /**
     * One source as last read: its key, whether it could be read at all (one that could not is read
     * again whatever its key says), whether its validation looked at picture files (a change among
     * them validates it again), its document when it validated, and its problems.
     */
    record Entry(FileKey key, boolean readable, boolean showsPictures, Document document, List<Diagnostic> problems) {
    }

    /**
     * Every source of {@code content/}, in path order.
     *
     * @param sources   the Markdown files, sorted
     * @param entries   each one's result
     * @param documents the documents that validated, in path order
     * @param failed    the display paths of the sources that did not
     * @param assets    the keys of the files of {@code assets/} and of the pictures and documents in {@code content/}
     */
    record Loaded(List<Path> sources, Map<Path, Entry> entries, List<Document> documents, Set<String> failed, Map<Path, FileKey> assets) {
        static final Loaded NONE = new Loaded(List.of(), Map.of(), List.of(), Set.of(), Map.of());
    }

    /**
     * Loads and validates every source whose content changed since {@code last}, or takes it from the
     * build cache when it holds the source's content validated with this configuration and these
     * vocabularies (and, for a source that shows pictures, these pictures); problems of every source
     * go to {@code diagnostics}.
     */
    static Loaded run(Configured configured, MarkdownProcessor markdown, Loaded last, Caching caching, Workers workers, Diagnostics diagnostics) {
        SiteConfig config = configured.config();
        ContentLoader loader = new ContentLoader(config, markdown);
        ContentLoader.Listing listing = loader.list(diagnostics);
        // Whether a picture a source names exists is part of its validation: when a picture comes,
        // goes or changes, the sources that name pictures, and those that failed, are validated again.
        Map<Path, FileStamp> assetStamps = FileKeys.stamps(Stream.empty(), config.assetDir());
        listing.assets().forEach(file -> assetStamps.put(file, listing.stamps().get(file)));
        Map<Path, FileKey> assets = FileKeys.of(assetStamps, last.assets());
        boolean picturesChanged = !assets.equals(last.assets());
        Cache cache = new Cache(caching, Caching.validation(configured), Caching.files(config, assets), configured);
        SourceValidator validator = new SourceValidator(config, configured.areas(), configured.regions());
        String contentRoot = config.display(config.contentDir()) + "/";
        List<Path> files = listing.sources();
        List<Entry> results = workers.map(files, file -> {
            Entry known = last.entries().get(file);
            boolean reusable = known != null && known.readable() && !(picturesChanged && (known.showsPictures() || known.document() == null));
            return entry(file, listing.stamps().get(file), reusable ? known : null, config, loader, validator, contentRoot, cache);
        });
        Map<Path, Entry> entries = new HashMap<>();
        List<Document> documents = new ArrayList<>();
        Set<String> failed = new HashSet<>();
        for (int i = 0; i < files.size(); i++) {
            Entry entry = results.get(i);
            entries.put(files.get(i), entry);
            diagnostics.addAll(entry.problems());
            if (entry.document() != null) {
                documents.add(entry.document());
            } else {
                failed.add(config.display(files.get(i)));
            }
        }
        return new Loaded(files, Map.copyOf(entries), List.copyOf(documents), Set.copyOf(failed), assets);
    }

    /** The build cache's {@code source} entries, for one build: keyed by the validation's inputs and the source's path and content. */
    private record Cache(Caching caching, String validation, String pictures, Configured configured) {
        Key key(String path, String hash) {
            return caching.key("source").add(validation).add(path).add(hash).build();
        }

        Entry get(String path, FileKey key) {
            if (!caching.cache().enabled()) {
                return null;
            }
            byte[] payload = caching.cache().get("source", key(path, key.hash()));
            SourceCodec.Cached cached = payload == null ? null : SourceCodec.decode(payload, configured.areas(), configured.regions());
            if (cached == null || cached.showsPictures() && !cached.assets().equals(pictures)) {
                return null;
            }
            return new Entry(key, true, cached.showsPictures(), cached.document(), cached.problems());
        }

        void put(String path, Entry entry) {
            if (!caching.cache().stores()) {
                return;
            }
            caching.cache().put("source", key(path, entry.key().hash()),
                    SourceCodec.encode(new SourceCodec.Cached(entry.showsPictures(), entry.showsPictures() ? pictures : "", entry.document(), entry.problems())));
        }
    }

    /** One source: {@code known} when its content is the same (found by stamp, else by hash), else taken from the build cache, else read, parsed and validated now. */
    private static Entry entry(Path file, FileStamp stamp, Entry known, SiteConfig config, ContentLoader loader, SourceValidator validator,
            String contentRoot, Cache cache) {
        if (known != null && known.key().stamp().equals(stamp)) {
            return known;
        }
        String path = config.display(file);
        byte[] bytes;
        try {
            bytes = SourceText.bytes(file, path);
        } catch (DiagnosticException e) {
            return new Entry(new FileKey(stamp, ""), false, false, null, List.of(e.diagnostic()));
        }
        FileKey key = new FileKey(stamp, FileKeys.hash(bytes));
        if (known != null && known.key().hash().equals(key.hash())) {
            return new Entry(key, true, known.showsPictures(), known.document(), known.problems());
        }
        Entry cached = cache.get(path, key);
        if (cached != null) {
            return cached;
        }
        ParsedSource parsed;
        try {
            parsed = loader.parse(SourceText.decode(bytes, path));
        } catch (DiagnosticException e) {
            // Not kept as readable: the next build reads the file again, whatever its key says.
            return new Entry(key, false, false, null, List.of(e.diagnostic()));
        }
        Diagnostics problems = new Diagnostics();
        Document document = null;
        if (path.startsWith(contentRoot + "news/")) {
            document = validator.news(parsed, problems).orElse(null);
        } else if (path.startsWith(contentRoot + "pages/")) {
            document = validator.page(parsed, problems).orElse(null);
        } else {
            problems.error(path, 0, 0, "content.location", "a source must be in content/news/ or content/pages/",
                    "move news items to content/news/YYYY/ and pages to content/pages/");
        }
        boolean showsPictures = parsed.frontMatter().field("image").isPresent() || !parsed.rendered().images().isEmpty();
        Entry entry = new Entry(key, true, showsPictures, document, problems.sorted());
        cache.put(path, entry);
        return entry;
    }
}
