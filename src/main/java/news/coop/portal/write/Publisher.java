package news.coop.portal.write;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.coop.portal.diag.Diagnostic;

/**
 * How a build's result is published: into a staging folder swapped into place ({@link StagingPublisher},
 * {@code portal build}), into the published folder in place ({@link InPlacePublisher}, a rebuild in
 * {@code portal serve}), or not at all ({@link NoPublisher}, {@code portal check}). The pipeline hands
 * every file to its publisher the same way; only the publisher knows where the files go and when.
 *
 * <p>Order of calls: {@link #put} for each rendered page and picture file (from any worker, as soon as
 * it passed its checks), then {@link #stage} once every check of the site has passed, then
 * {@link #commit}, or {@link #abort} at any point. Nothing is visible to readers before {@link #commit}.
 */
public interface Publisher {
    /**
     * The published site the new one is built on: its files stay unless the build replaces or removes
     * them, so the build renders and writes only what changed. {@link SiteFiles#NONE} when the build
     * publishes a complete new site.
     */
    SiteFiles base();

    /**
     * Whether files handed to this publisher are published at all; false for a check, which then
     * makes none of the files it would only write, such as the smaller copies of pictures.
     */
    boolean publishes();

    /** Receives one file of the new site; its compressed copies are made (or taken from the build cache). Thread-safe. */
    void put(String path, byte[] bytes);

    /** Receives one file of the new site with its compressed copies ({@link Precompressed#copies}), already made. Thread-safe. */
    void put(String path, byte[] bytes, Map<String, byte[]> copies);

    /**
     * Readies the rest of the new site ({@code site} minus the files already {@link #put}), renamed
     * by {@code names}, without publishing it yet.
     */
    Staged stage(SiteFiles site, Fingerprints names);

    /**
     * What {@link #stage} did: the folder that now holds the complete new site, to be checked before it
     * is published ({@code build --verify}), when there is one; and the problems met.
     */
    record Staged(Optional<Path> folder, List<Diagnostic> problems) {
        public static final Staged NOTHING = new Staged(Optional.empty(), List.of());
    }

    /** Publishes the new site: after this call readers see it, whole. */
    void commit();

    /** Gives up the new site: the published one stays as it was. Safe to call more than once. */
    void abort();
}
