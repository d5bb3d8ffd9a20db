package news.coop.portal.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import news.coop.portal.image.Pictures;
import news.coop.portal.model.Picture;
import news.coop.portal.pipeline.AssetStage.Assets;
import news.coop.portal.pipeline.AssetStage.Rendering;
import news.coop.portal.pipeline.BodyStage.Refined;
import news.coop.portal.pipeline.Configure.Configured;
import news.coop.portal.pipeline.FileKeys.FileKey;
import news.coop.portal.pipeline.LinkStage.Output;
import news.coop.portal.pipeline.SourceStage.Loaded;
import news.coop.portal.render.PlanMemo;
import news.coop.portal.write.SiteFiles;

/**
 * What a build leaves for the next one in the same process ({@code serve}): the output of each
 * stage, keyed by what it came from (content hashes of the files, and the identity of the
 * unchanged records those hashes kept). A stage reuses an entry only while its key holds, so a site
 * built with reuse is the same as one built from scratch. Immutable: each build makes a new memo,
 * and a build that fails leaves the published part as it was.
 *
 * @param configured the configuration, UI strings and vocabularies; null before the first build
 * @param loaded     every source, loaded and validated
 * @param pictures   the pictures measured
 * @param bodies     source path → its refined text
 * @param planned    the pictures the last plan was made with: the plan's views are reused only with the same
 * @param plan       what the plan stage may reuse
 * @param assets     the files published as they are and their names; null until read
 * @param rendering  the renderer and what it was made with; null until made
 * @param published  the site the last successful build published
 */
record Memo(Configured configured, Loaded loaded, Pictures.Measured pictures, Map<String, Refined> bodies, Map<String, Picture> planned,
        PlanMemo plan, Assets assets, Rendering rendering, Published published) {

    /** Before the first build. */
    static final Memo EMPTY = new Memo(null, Loaded.NONE, Pictures.Measured.NONE, Map.of(), Map.of(), PlanMemo.EMPTY, null, null, Published.NONE);

    /**
     * A published site: its pages (with what made them and what the link check read of them) and its
     * files, and the settings and assets it was made with.
     */
    record Published(Map<Path, FileKey> settings, Map<Path, FileKey> assets, Map<String, Output> outputs, SiteFiles files) {
        static final Published NONE = new Published(Map.of(), Map.of(), Map.of(), SiteFiles.NONE);

        /**
         * The site a build may change in place: this one, if it was made with these settings and
         * assets and is still there; else none, and the build publishes a complete new site.
         */
        SiteFiles baseFor(Configured configured, Assets current) {
            boolean same = !files.isEmpty() && settings.equals(configured.settings()) && assets.equals(current.key())
                    && Files.isDirectory(configured.config().outputDir());
            return same ? files : SiteFiles.NONE;
        }
    }

    /**
     * This memo for a build with {@code now}: what other settings (jbake.properties, templates) or
     * other vocabularies make stale is dropped. The published site stays: {@link Published#baseFor} judges it.
     */
    Memo configuredBy(Configured now) {
        if (configured == null || !configured.settings().equals(now.settings())) {
            return new Memo(now, Loaded.NONE, Pictures.Measured.NONE, Map.of(), Map.of(), PlanMemo.EMPTY, null, null, published);
        }
        // Validation depends on the vocabularies: with other ones, every source is validated again.
        Loaded sources = configured.data().equals(now.data()) ? loaded : Loaded.NONE;
        return new Memo(now, sources, pictures, bodies, planned, plan, assets, rendering, published);
    }

    Memo withLoaded(Loaded value) {
        return new Memo(configured, value, pictures, bodies, planned, plan, assets, rendering, published);
    }

    Memo withPictures(Pictures.Measured value) {
        return new Memo(configured, loaded, value, bodies, planned, plan, assets, rendering, published);
    }

    Memo withBodies(Map<String, Refined> value) {
        return new Memo(configured, loaded, pictures, value, planned, plan, assets, rendering, published);
    }

    /** What the plan stage may reuse: nothing when the pictures shown are not those the last plan was made with. */
    PlanMemo planFor(Map<String, Picture> shown) {
        return shown.equals(planned) ? plan : PlanMemo.EMPTY;
    }

    Memo withPlan(Map<String, Picture> shown, PlanMemo value) {
        return new Memo(configured, loaded, pictures, bodies, shown, value, assets, rendering, published);
    }

    Memo withAssets(Assets value, Rendering renderer) {
        return new Memo(configured, loaded, pictures, bodies, planned, plan, value, renderer, published);
    }

    Memo withPublished(Published value) {
        return new Memo(configured, loaded, pictures, bodies, planned, plan, assets, rendering, value);
    }
}
