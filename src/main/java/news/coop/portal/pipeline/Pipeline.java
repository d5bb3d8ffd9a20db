package news.coop.portal.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.diag.Diagnostics;
import news.coop.portal.image.Pictures;
import news.coop.portal.jbake.JBakeAssets;
import news.coop.portal.jbake.JBakeRenderer;
import news.coop.portal.load.MarkdownProcessor;
import news.coop.portal.model.Picture;
import news.coop.portal.pipeline.AssetStage.Assets;
import news.coop.portal.pipeline.AssetStage.Rendering;
import news.coop.portal.pipeline.BodyStage.Refined;
import news.coop.portal.pipeline.Configure.Configured;
import news.coop.portal.pipeline.LinkStage.Output;
import news.coop.portal.pipeline.Memo.Published;
import news.coop.portal.pipeline.ModelStage.Modelled;
import news.coop.portal.pipeline.RenderStage.Rendered;
import news.coop.portal.pipeline.SourceStage.Loaded;
import news.coop.portal.render.PageJob;
import news.coop.portal.render.PagePlanner;
import news.coop.portal.write.Compressor;
import news.coop.portal.write.InPlacePublisher;
import news.coop.portal.write.NoPublisher;
import news.coop.portal.write.OutputFailure;
import news.coop.portal.write.Publisher;
import news.coop.portal.write.SiteFiles;
import news.coop.portal.write.StagingPublisher;

/**
 * The pipeline, in the order it runs: configure → load and validate → model → pictures → bodies (the
 * refine chain over authored text) → plan → assets → render, refine and write page by page → link
 * check → stage → verify (with {@code --verify}) → publish. {@code build}, {@code check},
 * {@code serve} and {@code bench} all run it; they differ only in how the result is published
 * ({@link Publishing}) and in the memo they start from.
 *
 * <p>Each stage is a function from immutable inputs to an immutable output, plus diagnostics; every
 * stage runs as far as the sources allow (a source with errors is left out and the checks across
 * sources run on the others), and the pipeline stops after a stage that found an error, or any
 * problem with {@link BuildOptions#strict()}. One run per instance; not thread-safe.
 */
final class Pipeline {
    /** How a run publishes its result. */
    enum Publishing {
        /** A complete new site, in a staging folder swapped into place ({@code portal build}). */
        STAGED,
        /** In place, where the published site was made with the same settings and assets; else as {@link #STAGED} ({@code serve}). */
        IN_PLACE,
        /** Not at all ({@code portal check}): every page is rendered and checked, nothing is written. */
        NONE
    }

    /**
     * What one run gives: the memo for the next, the build's result (null when it stopped), every
     * problem found (sorted), and the sources it read, as diagnostics name them.
     */
    record Outcome(Memo memo, BuildResult result, List<Diagnostic> diagnostics, List<String> sources) {
    }

    /** The site as the stages before rendering made it: what the rest of the run works from. */
    private record Made(Configured configured, Loaded loaded, Modelled modelled, Map<String, Picture> shown, Pictures pictures,
            Map<String, Refined> bodies, PagePlanner.Plan plan, Assets assets, Rendering rendering) {
    }

    /** A published site, and how many pages this run rendered for it. */
    private record Done(Published published, int rendered) {
    }

    private final BuildOptions options;
    private final Workers workers;
    private final MarkdownProcessor markdown;
    private final Caching caching;
    /** Times each stage, and tells the options' {@link Progress} when each starts and ends. */
    private final Timings timings;
    private final Diagnostics diagnostics = new Diagnostics();

    Pipeline(BuildOptions options, Workers workers, MarkdownProcessor markdown, Caching caching) {
        this.options = options;
        this.workers = workers;
        this.markdown = markdown;
        this.caching = caching;
        this.timings = new Timings(options.progress());
    }

    Outcome run(Memo previous, Publishing publishing, Gate gate) {
        Configured configured = timings.time("configure", () -> Configure.run(options, previous.configured(), diagnostics));
        if (configured == null || stops()) {
            return stopped(previous, List.of());
        }
        SiteConfig config = configured.config();
        Memo configuredMemo = previous.configuredBy(configured);
        Loaded loaded = timings.time("load", () -> SourceStage.run(configured, markdown, configuredMemo.loaded(), caching, workers, diagnostics));
        List<String> sources = loaded.sources().stream().map(config::display).toList();
        Memo loadedMemo = configuredMemo.withLoaded(loaded);
        Modelled modelled = timings.time("model", () -> ModelStage.run(configured, loaded, ModelStage.publication(options), diagnostics));
        if (stops()) {
            return stopped(loadedMemo, sources);
        }
        Pictures pictures = new Pictures(config, loadedMemo.pictures(), caching.cache(), caching.tool());
        Map<String, Picture> shown = timings.time("pictures", () -> BodyStage.pictures(config, modelled.site(), pictures, workers, diagnostics));
        Memo measuredMemo = loadedMemo.withPictures(pictures.measured());
        if (stops()) {
            return stopped(measuredMemo, sources);
        }
        Map<String, Refined> bodies = timings.time("markdown", () -> BodyStage.bodies(config, configured.messages(), modelled, shown,
                measuredMemo.bodies(), workers, diagnostics));
        Memo refinedMemo = measuredMemo.withBodies(bodies);
        if (stops()) {
            return stopped(refinedMemo, sources);
        }
        PagePlanner planner = new PagePlanner(config, configured.messages(), options.sitemap(), SearchTerms.of(caching));
        PagePlanner.Plan plan = timings.time("plan", () -> workers.pool().submit(() -> planner
                .plan(modelled.site(), BodyStage.html(bodies), shown, refinedMemo.planFor(shown))).join());
        Memo plannedMemo = refinedMemo.withPlan(shown, plan.memo());
        Assets assets = timings.time("assets", () -> AssetStage.run(config, new JBakeAssets(config), loaded.assets(), plannedMemo.assets(), diagnostics));
        if (assets == null || stops()) {
            return stopped(plannedMemo, sources);
        }
        Rendering last = plannedMemo.rendering();
        Rendering rendering = last != null && last.madeWith(config, configured.messages(), assets.names()) ? last
                : new Rendering(config, configured.messages(), assets.names(), new JBakeRenderer(config, configured.messages(), assets.names()::published));
        Memo memo = plannedMemo.withAssets(assets, rendering);
        Set<String> removed = new HashSet<>(memo.published().files().pages());
        plan.jobs().forEach(job -> removed.remove(job.output()));
        Made made = new Made(configured, loaded, modelled, shown, pictures, bodies, plan, assets, rendering);
        Publisher publisher = null;
        try {
            publisher = open(publishing, config, memo.published().baseFor(configured, assets));
            Done done = publish(publisher, made, memo.published().outputs(), gate);
            if (done != null && publisher.publishes() && previous == Memo.EMPTY) {
                // A build that looked everything up: what it did not use is stale.
                caching.cache().prune();
            }
            if (done == null) {
                publisher.abort();
                return stopped(memo, sources);
            }
            Memo next = publisher.publishes() ? memo.withPublished(done.published()) : memo;
            Map<String, Output> outputs = done.published().outputs();
            SiteFiles files = done.published().files();
            int pages = (int) outputs.keySet().stream().filter(path -> path.endsWith(".html")).count();
            int count = outputs.size() + files.texts().size() + files.assets().size() + files.pictures().size();
            BuildResult result = new BuildResult(modelled.site().news().size(), pages, count, config.outputDir(), diagnostics.sorted(),
                    done.rendered(), removed.size(), timings.stages(), caching.cache().report());
            return new Outcome(next, result, diagnostics.sorted(), sources);
        } catch (RuntimeException e) {
            if (publisher != null) {
                try {
                    publisher.abort();
                } catch (OutputFailure again) {
                    // The staging folder stays where it is: the next build takes it up.
                    e.addSuppressed(again);
                }
            }
            OutputFailure unwritable = outputFailure(e);
            if (unwritable == null) {
                throw e;
            }
            // A file the system would not let the build write is the one error of the build: where, why, and what to do.
            return new Outcome(memo, null, List.of(unwritable.diagnostic(config.root())), sources);
        }
    }

    /**
     * Renders what changed since {@code publishedOutputs} (the pages of the publisher's base), checks
     * it, and publishes the new site through {@code publisher}.
     *
     * @return the published site, or null when a check found an error (then nothing was published)
     */
    private Done publish(Publisher publisher, Made made, Map<String, Output> publishedOutputs, Gate gate) {
        SiteConfig config = made.configured().config();
        SiteFiles base = publisher.base();
        Map<String, Output> kept = base.isEmpty() ? Map.of() : publishedOutputs;
        List<PageJob> changed = made.plan().jobs().stream()
                .filter(job -> !kept.containsKey(job.output()) || !kept.get(job.output()).job().equals(job)).toList();
        Rendered pages = timings.time("render", () -> RenderStage.run(changed, made.rendering().renderer(), config,
                RenderStage.Pages.of(caching, made.configured(), made.assets().names()), publisher, workers, diagnostics, options.progress()));
        if (stops()) {
            return null;
        }
        if (publisher.publishes()) {
            timings.time("copies", () -> PictureStage.publish(config, made.shown(), base.pictures(), made.pictures(), publisher, workers, diagnostics));
            if (stops()) {
                return null;
            }
        }
        Map<String, Output> outputs = LinkStage.outputs(made.plan(), pages.scans(), kept);
        SiteFiles site = LinkStage.files(config, made.plan(), AssetStage.plain(made.assets(), made.shown()), PictureStage.files(made.shown()),
                made.assets().names());
        timings.time("links", () -> LinkStage.check(config, outputs, pages.scans(), site, base, kept, made.bodies(), diagnostics));
        if (stops()) {
            return null;
        }
        Publisher.Staged staged = timings.time("stage", () -> publisher.stage(site, made.assets().names()));
        diagnostics.addAll(staged.problems());
        if (stops()) {
            return null;
        }
        if (gate != null && staged.folder().isPresent()) {
            diagnostics.addAll(timings.time("verify", () -> gate.check(staged.folder().get(), config,
                    ModelStage.documents(config, made.loaded(), ModelStage.publication(options)))));
            if (stops()) {
                return null;
            }
        }
        timings.time("write", publisher::commit);
        return new Done(new Published(made.configured().settings(), made.assets().key(), outputs, site), pages.rendered());
    }

    private Publisher open(Publishing publishing, SiteConfig config, SiteFiles published) {
        return switch (publishing) {
            case NONE -> new NoPublisher();
            case IN_PLACE -> published.isEmpty() ? new StagingPublisher(config, new JBakeAssets(config), workers.pool(), compressor())
                    : new InPlacePublisher(config, published, workers.pool(), compressor());
            case STAGED -> new StagingPublisher(config, new JBakeAssets(config), workers.pool(), compressor());
        };
    }

    private Compressor compressor() {
        return new Compressor(caching.cache(), caching.tool());
    }

    /** Whether the run must stop: there is an error, or with {@link BuildOptions#strict()} any problem at all. */
    private boolean stops() {
        return diagnostics.hasErrors() || options.strict() && !diagnostics.sorted().isEmpty();
    }

    private Outcome stopped(Memo memo, List<String> sources) {
        return new Outcome(memo, null, diagnostics.sorted(), sources);
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
}
