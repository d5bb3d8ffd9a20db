package news.coop.portal.pipeline;

import java.nio.file.Path;
import java.util.Map;
import news.coop.portal.cache.BuildCache;
import news.coop.portal.cache.Key;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.pipeline.Configure.Configured;
import news.coop.portal.pipeline.FileKeys.FileKey;

/**
 * The build cache as the stages use it: the store, and the tool's fingerprint that starts every key,
 * so that another build of the tool never takes this one's entries.
 *
 * @param cache the store ({@link BuildCache#NONE} with {@code --no-cache})
 * @param tool  the fingerprint of the running tool ({@link news.coop.portal.cache.Tool})
 */
record Caching(BuildCache cache, String tool) {
    static final Caching NONE = new Caching(BuildCache.NONE, "");

    /** The same cache, only read: for the commands that write nothing ({@code check}, {@code verify}). */
    Caching reading() {
        return new Caching(cache.reading(), tool);
    }

    /** A key of {@code kind}, started with the tool's fingerprint. */
    Key.Builder key(String kind) {
        return Key.of(kind).add(tool);
    }

    /**
     * What validating a source depends on besides its own text: {@code jbake.properties}, the run's
     * address ({@code --base-url}) and the vocabularies of {@code data/}.
     */
    static String validation(Configured configured) {
        SiteConfig config = configured.config();
        Key.Builder key = Key.of("validation").add(config.baseUrl());
        configured.settings().forEach((file, fileKey) -> {
            if (file.getFileName().toString().equals("jbake.properties") && file.getParent().equals(config.root())) {
                key.add(fileKey.hash());
            }
        });
        configured.data().forEach((file, fileKey) -> key.add(config.display(file)).add(fileKey.hash()));
        return key.build().hex();
    }

    /** One key for a set of files: their project-relative paths and contents. */
    static String files(SiteConfig config, Map<Path, FileKey> files) {
        Key.Builder key = Key.of("files");
        files.forEach((file, fileKey) -> key.add(config.display(file)).add(fileKey.hash()));
        return key.build().hex();
    }
}
