package news.coop.portal.pipeline;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.Diagnostics;
import news.coop.portal.image.ImagePaths;
import news.coop.portal.model.Picture;
import news.coop.portal.pipeline.FileKeys.FileKey;
import news.coop.portal.render.Messages;
import news.coop.portal.render.PageRenderer;
import news.coop.portal.write.AssetCopy;
import news.coop.portal.write.Fingerprints;

/**
 * The files published as they are, and the names they are published under: the asset copy's list,
 * and the fingerprinted names of the files from {@code assets/} ({@link Fingerprints}), which the
 * templates' {@code asset()} links to, so the renderer is made with them. Both are reused while the
 * assets' keys, and the configuration, are the same. Stateless.
 */
final class AssetStage {
    private AssetStage() {
    }

    /**
     * @param key    the keys of the files of {@code assets/} and of the pictures and documents in {@code content/}
     * @param copied every file the asset copy publishes, under its plain name, as a path inside the site
     * @param names  the published names of the files from {@code assets/}
     */
    record Assets(Map<Path, FileKey> key, Set<String> copied, Fingerprints names) {
    }

    /** A renderer, for the configuration, UI strings and asset names it was made with. */
    record Rendering(SiteConfig config, Messages messages, Fingerprints names, PageRenderer renderer) {
        boolean madeWith(SiteConfig otherConfig, Messages otherMessages, Fingerprints otherNames) {
            return config == otherConfig && messages == otherMessages && names.equals(otherNames);
        }
    }

    /** The assets, {@code last} when its key is {@code key}; null when a stylesheet names a file the site lacks (reported). */
    static Assets run(SiteConfig config, AssetCopy copy, Map<Path, FileKey> key, Assets last, Diagnostics diagnostics) {
        if (last != null && last.key().equals(key)) {
            return last;
        }
        Set<String> copied = copy.files();
        Diagnostics problems = new Diagnostics();
        Fingerprints names = Fingerprints.of(config, copied, problems);
        diagnostics.addAll(problems.sorted());
        return problems.hasErrors() ? null : new Assets(key, Set.copyOf(copied), names);
    }

    /**
     * The files the asset copy publishes, under their published names, less the plain names of the
     * pictures the site shows: those are published under names of their content, with their copies.
     */
    static Set<String> plain(Assets assets, Map<String, Picture> shown) {
        Set<String> files = assets.names().published(assets.copied());
        shown.values().forEach(picture -> files.remove(ImagePaths.siteFile(picture.file())));
        return files;
    }
}
