package news.coop.portal.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.BuildFailure;
import news.coop.portal.diag.DiagnosticException;
import news.coop.portal.diag.Diagnostics;
import news.coop.portal.jbake.JBakeBakery;
import news.coop.portal.load.ContentLoader;
import news.coop.portal.load.MarkdownProcessor;
import news.coop.portal.load.ParsedSource;
import news.coop.portal.load.VocabularyLoader;
import news.coop.portal.model.NewsItem;
import news.coop.portal.model.Page;
import news.coop.portal.model.Site;
import news.coop.portal.model.Vocabulary;
import news.coop.portal.refine.RefineChain;
import news.coop.portal.render.Messages;
import news.coop.portal.render.PagePlanner;
import news.coop.portal.validate.Publication;
import news.coop.portal.validate.SiteValidator;
import news.coop.portal.validate.SourceValidator;
import news.coop.portal.write.SiteWriter;

/**
 * The orchestrator. It reads like the pipeline: load → validate → model → render → refine → write.
 * Each stage reports every problem it finds; the build stops after the first stage with errors, and
 * the published site is replaced only when every stage succeeded.
 *
 * <p>Holds no state between builds: a rebuild is a new {@code Build}.
 */
public final class Build {
    private final BuildOptions options;

    public Build(BuildOptions options) {
        this.options = options;
    }

    public BuildResult run() throws BuildFailure {
        SiteConfig config = configure();
        MarkdownProcessor markdown = new MarkdownProcessor();
        Diagnostics diagnostics = new Diagnostics();

        Loaded loaded = load(config, markdown, diagnostics);
        stopOnErrors(diagnostics);
        Validated validated = validate(config, loaded, diagnostics);
        stopOnErrors(diagnostics);
        Modelled modelled = model(config, loaded, validated, diagnostics);
        stopOnErrors(diagnostics);

        PagePlanner.Plan plan = new PagePlanner(config, loaded.messages(), markdown).plan(modelled.site(), modelled.sourceUrls());
        SiteWriter writer = new SiteWriter(config.outputDir());
        Path staging = writer.prepare();
        try {
            JBakeBakery.Baked baked = new JBakeBakery(config, loaded.messages(), markdown).bake(plan.jobs(), staging);
            diagnostics.addAll(baked.problems());
            stopOnErrors(diagnostics);

            Set<String> otherFiles = new HashSet<>(writer.stagedFiles());
            otherFiles.addAll(plan.textFiles().keySet());
            RefineChain.Refined refined = new RefineChain(config).refine(plan.jobs(), baked.pages(), otherFiles);
            diagnostics.addAll(refined.problems());
            stopOnErrors(diagnostics);

            refined.pages().forEach(writer::write);
            plan.textFiles().forEach(writer::write);
            int files = otherFiles.size() + refined.pages().size();
            writer.commit();
            int htmlPages = (int) refined.pages().keySet().stream().filter(path -> path.endsWith(".html")).count();
            return new BuildResult(modelled.site().news().size(), htmlPages, files, config.outputDir(), diagnostics.sorted());
        } catch (BuildFailure | RuntimeException e) {
            writer.abort();
            throw e;
        }
    }

    /** What the load stage read: vocabularies, UI strings and parsed sources. */
    private record Loaded(Vocabulary areas, Vocabulary regions, Messages messages, List<ParsedSource> sources) {
    }

    /** Every source that passed validation, published or not. */
    private record Validated(List<NewsItem> news, List<Page> pages) {
    }

    /** The site to publish, and where each published source ends up. */
    private record Modelled(Site site, Map<String, String> sourceUrls) {
    }

    private static Loaded load(SiteConfig config, MarkdownProcessor markdown, Diagnostics diagnostics) {
        VocabularyLoader vocabularies = new VocabularyLoader(config);
        Vocabulary areas = vocabularies.load("area", diagnostics);
        Vocabulary regions = vocabularies.load("region", diagnostics);
        vocabularies.reportUnknownFiles(List.of("area", "region"), diagnostics);
        Messages messages = Messages.load(config, diagnostics);
        List<ParsedSource> sources = new ContentLoader(config, markdown).load(diagnostics);
        return new Loaded(areas, regions, messages, sources);
    }

    private static Validated validate(SiteConfig config, Loaded loaded, Diagnostics diagnostics) {
        SourceValidator validator = new SourceValidator(config, loaded.areas(), loaded.regions());
        String contentRoot = config.display(config.contentDir()) + "/";
        List<NewsItem> news = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        for (ParsedSource source : loaded.sources()) {
            String path = source.text().path();
            if (path.startsWith(contentRoot + "news/")) {
                validator.news(source, diagnostics).ifPresent(news::add);
            } else if (path.startsWith(contentRoot + "pages/")) {
                validator.page(source, diagnostics).ifPresent(pages::add);
            } else {
                diagnostics.error(path, 0, 0, "content.location", "a source must be in content/news/ or content/pages/",
                        "move news items to content/news/YYYY/ and pages to content/pages/");
            }
        }
        return new Validated(news, pages);
    }

    /** Keeps what this build publishes, newest news first, and checks what needs every document at once. */
    private Modelled model(SiteConfig config, Loaded loaded, Validated validated, Diagnostics diagnostics) {
        Publication publication = new Publication(options.drafts(), options.now());
        List<NewsItem> news = validated.news().stream().filter(publication::publishes)
                .sorted(Comparator.comparing((NewsItem item) -> item.date().toInstant()).reversed().thenComparing(item -> item.url(config.zone())))
                .toList();
        List<Page> pages = validated.pages().stream().filter(publication::publishes).sorted(Comparator.comparing(Page::url)).toList();
        Set<String> allSources = new HashSet<>();
        validated.news().forEach(item -> allSources.add(item.source()));
        validated.pages().forEach(page -> allSources.add(page.source()));
        Map<String, String> sourceUrls = new SiteValidator(config.zone(), config.languages(), config.requiredPages())
                .check(news, pages, allSources, diagnostics);
        return new Modelled(new Site(config, news, pages, loaded.areas(), loaded.regions()), sourceUrls);
    }

    private SiteConfig configure() throws BuildFailure {
        try {
            return JBakeBakery.loadConfig(options.project(), options.output());
        } catch (DiagnosticException e) {
            throw new BuildFailure(List.of(e.diagnostic()));
        }
    }

    private static void stopOnErrors(Diagnostics diagnostics) throws BuildFailure {
        if (diagnostics.hasErrors()) {
            throw new BuildFailure(diagnostics.sorted());
        }
    }
}
