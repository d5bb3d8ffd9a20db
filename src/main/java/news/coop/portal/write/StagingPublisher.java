package news.coop.portal.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.diag.Severity;

/**
 * Publishes a complete new site ({@code portal build}, and a full rebuild in {@code serve}): every
 * file goes into a staging folder beside the output folder as it comes ({@link SiteWriter}), so the
 * site is never held in memory whole, and only a complete site is swapped into place. A failed or
 * killed build leaves the published site as it was.
 *
 * <p>{@link #put} is thread-safe; the other calls come from the pipeline's thread.
 */
public final class StagingPublisher implements Publisher {
    private final SiteConfig config;
    private final AssetCopy assets;
    private final ForkJoinPool pool;
    private final Compressor compressor;
    private final SiteWriter writer;
    private final Path staging;

    /**
     * Readies the staging folder.
     *
     * @param pool       where the compressed copies of the assets are made
     * @param compressor makes (or takes from the build cache) the files' compressed copies
     * @throws OutputFailure when the folder cannot be made ready
     */
    public StagingPublisher(SiteConfig config, AssetCopy assets, ForkJoinPool pool, Compressor compressor) {
        this.config = config;
        this.assets = assets;
        this.pool = pool;
        this.compressor = compressor;
        this.writer = new SiteWriter(config.outputDir());
        this.staging = writer.prepare();
    }

    @Override
    public SiteFiles base() {
        return SiteFiles.NONE;
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
    public void put(String path, byte[] bytes, java.util.Map<String, byte[]> copies) {
        writer.write(path, bytes);
        copies.forEach(writer::write);
    }

    /**
     * Copies the assets in (with JBake's asset copy), gives them their published names, then writes the
     * text files, the assets' compressed copies and {@code _headers}, and removes from staging what an
     * earlier site left there: the staging folder is then exactly the site {@link #commit()} publishes.
     */
    @Override
    public Staged stage(SiteFiles site, Fingerprints names) {
        List<Diagnostic> problems = new ArrayList<>(assets.copyInto(staging));
        if (problems.stream().anyMatch(Diagnostic::isError)) {
            return new Staged(Optional.empty(), problems);
        }
        Precompressed.brotliMissing().ifPresent(why -> problems.add(new Diagnostic(config.display(config.outputDir()), 0, 0, Severity.WARNING,
                "site.no-brotli", why, "the .gz copies are written, but the site differs from one built where it loads "
                        + "(Linux, macOS or Windows on x86-64 or ARM64, with the tool built there, as ./portal does)")));
        names.rename(staging);
        writer.produced(site.assets());
        // The text files (the search index's thousands, feeds, the sitemap) and the assets' copies are
        // compressed on every worker, as the pages are.
        List<String> compressed = site.assets().stream().filter(file -> Precompressed.wanted(file, Long.MAX_VALUE)).sorted().toList();
        pool.submit(() -> {
            site.texts().entrySet().parallelStream().forEach(text -> put(text.getKey(), text.getValue().getBytes(StandardCharsets.UTF_8)));
            compressed.parallelStream().forEach(file -> {
                try {
                    compressor.copies(file, Files.readAllBytes(staging.resolve(file))).forEach(writer::write);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file, e);
                }
            });
        }).join();
        writer.write(HostingFiles.HEADERS, site.headers());
        return new Staged(Optional.of(writer.pruned()), problems);
    }

    /** Writes the nginx snippet beside the site, then swaps the staging folder into place. */
    @Override
    public void commit() {
        // Before the swap: once the new site is published, the build has succeeded.
        writeNginx();
        writer.commit();
    }

    /**
     * The nginx snippet beside the published site ({@code target/site-nginx.conf}): it is the
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

    /** Sets the staging folder aside; the staging folder stays where it is if even that fails, for the next build to take up. */
    @Override
    public void abort() {
        writer.abort();
    }
}
