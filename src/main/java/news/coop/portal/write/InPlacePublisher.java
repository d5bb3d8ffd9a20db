package news.coop.portal.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import news.coop.portal.config.SiteConfig;

/**
 * Changes the published site in place, for a rebuild in a warm process ({@code serve}) whose
 * configuration, templates and assets are those of the published site: only what changed is written.
 * Each file is written beside its target and renamed over it, so a reader never sees half a page.
 * The files of the new site are held until {@link #commit()}: a rebuild that fails a check touches
 * nothing. Its few pages fit in memory; a rebuild of everything goes to a {@link StagingPublisher}.
 *
 * <p>{@link #put} is thread-safe; the other calls come from the pipeline's thread.
 */
public final class InPlacePublisher implements Publisher {
    private final SiteConfig config;
    private final SiteFiles base;
    private final ForkJoinPool pool;
    private final Compressor compressor;
    private final SiteWriter writer;
    /** A file held until {@link #commit()}, with its compressed copies. */
    private record Held(byte[] bytes, Map<String, byte[]> copies) {
    }

    private final Map<String, Held> held = new ConcurrentHashMap<>();
    private final List<Runnable> changes = new ArrayList<>();

    /**
     * @param base       the published site, as the build that published it described it
     * @param compressor makes (or takes from the build cache) the files' compressed copies
     */
    public InPlacePublisher(SiteConfig config, SiteFiles base, ForkJoinPool pool, Compressor compressor) {
        this.config = config;
        this.base = base;
        this.pool = pool;
        this.compressor = compressor;
        this.writer = new SiteWriter(config.outputDir());
    }

    @Override
    public SiteFiles base() {
        return base;
    }

    @Override
    public boolean publishes() {
        return true;
    }

    @Override
    public void put(String path, byte[] bytes) {
        put(path, bytes, compressor.copies(path, bytes));
    }

    @Override
    public void put(String path, byte[] bytes, Map<String, byte[]> copies) {
        held.put(path, new Held(bytes, copies));
    }

    /**
     * Works out what else changes: pages and pictures the site no longer has, text files that
     * changed or went, assets that a picture shown takes over or gives back, {@code _headers}.
     */
    @Override
    public Staged stage(SiteFiles site, Fingerprints names) {
        changes.clear();
        base.pages().stream().filter(path -> !site.pages().contains(path)).sorted().forEach(path -> changes.add(() -> unpublish(path)));
        // Text files (robots.txt, the search indexes) are rewritten only where they changed, and those
        // no longer planned (a search shard of a smaller index) go.
        site.texts().forEach((path, text) -> {
            if (!text.equals(base.texts().get(path))) {
                changes.add(() -> republish(path, text.getBytes(StandardCharsets.UTF_8)));
            }
        });
        base.texts().keySet().stream().filter(path -> !site.texts().containsKey(path)).sorted().forEach(path -> changes.add(() -> unpublish(path)));
        base.pictures().stream().filter(file -> !site.pictures().contains(file)).sorted().forEach(path -> changes.add(() -> unpublish(path)));
        // A picture the site starts showing leaves its plain name, one it stops showing comes back to it.
        base.assets().stream().filter(file -> !site.assets().contains(file)).sorted().forEach(path -> changes.add(() -> unpublish(path)));
        site.assets().stream().filter(file -> !base.assets().contains(file)).sorted().forEach(file -> changes.add(() -> republish(file, assetBytes(file))));
        if (!site.headers().equals(base.headers())) {
            changes.add(() -> writer.replace(HostingFiles.HEADERS, site.headers()));
        }
        return Staged.NOTHING;
    }

    /** The bytes of a file published under its own name: from assets/, else content/. */
    private byte[] assetBytes(String file) {
        Path asset = config.assetDir().resolve(file);
        try {
            return Files.readAllBytes(Files.isRegularFile(asset) ? asset : config.contentDir().resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @Override
    public void commit() {
        List<Map.Entry<String, Held>> files = List.copyOf(held.entrySet());
        pool.submit(() -> files.parallelStream().forEach(file -> republish(file.getKey(), file.getValue().bytes(), file.getValue().copies()))).join();
        changes.forEach(Runnable::run);
        held.clear();
        changes.clear();
    }

    /** Changes one published file in place, and its compressed copies with it (made, replaced or removed). */
    private void republish(String path, byte[] bytes) {
        republish(path, bytes, compressor.copies(path, bytes));
    }

    private void republish(String path, byte[] bytes, Map<String, byte[]> copies) {
        writer.replace(path, bytes);
        copies.forEach(writer::replace);
        Precompressed.names(path).stream().filter(name -> !copies.containsKey(name)).forEach(writer::remove);
    }

    /** Removes one published file and its compressed copies. */
    private void unpublish(String path) {
        writer.remove(path);
        Precompressed.names(path).forEach(writer::remove);
    }

    @Override
    public void abort() {
        held.clear();
        changes.clear();
    }
}
