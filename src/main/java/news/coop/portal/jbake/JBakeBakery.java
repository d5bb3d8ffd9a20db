package news.coop.portal.jbake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.diag.DiagnosticException;
import news.coop.portal.load.MarkdownProcessor;
import news.coop.portal.render.Messages;
import news.coop.portal.render.PageJob;
import org.jbake.app.Asset;
import org.jbake.app.Oven;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.parser.Engines;

/**
 * The render stage's engine: JBake's {@link Oven}, given our utensils. The Oven runs its pipeline
 * (store start-up, crawl, rendering tools found by ServiceLoader, asset copy); our parts plug into its
 * seams: {@link PlanContentStore}, {@link SourcesCrawler}, {@link PortalRenderer} with the
 * {@link FtlhTemplateEngine}, {@link PlanRenderingTool}, and {@link PortalMarkupEngine} for {@code .md}.
 *
 * <p>Pages are rendered into memory; JBake copies {@code assets/} (and images beside the sources in
 * {@code content/}) into the staging folder the write stage gives it.
 */
public final class JBakeBakery {
    /**
     * OrientDB, which JBake's Oven starts, logs its start-up chatter through java.util.logging.
     * Held strongly: java.util.logging forgets the level of a logger nobody references.
     */
    private static final java.util.logging.Logger ORIENT_LOG = java.util.logging.Logger.getLogger("com.orientechnologies");

    static {
        ORIENT_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    private final SiteConfig site;
    private final Messages messages;
    private final MarkdownProcessor markdown;

    public JBakeBakery(SiteConfig site, Messages messages, MarkdownProcessor markdown) {
        this.site = site;
        this.messages = messages;
        this.markdown = markdown;
    }

    /** Rendered pages (output path → text) and every problem met while baking. */
    public record Baked(Map<String, String> pages, List<Diagnostic> problems) {
    }

    /** Bakes the plan; assets are copied into {@code staging}. */
    public Baked bake(List<PageJob> plan, Path staging) {
        DefaultJBakeConfiguration config = JBakeConfigs.create(site, staging.toFile());
        // JBake keeps markup engines in a static registry; ours replaces its pegdown-profile engine.
        Engines.register("md", new PortalMarkupEngine(markdown, site.defaultLanguage()));

        PlanContentStore store = new PlanContentStore(plan);
        Utensils utensils = new Utensils();
        utensils.setConfiguration(config);
        utensils.setContentStore(store);
        utensils.setCrawler(new SourcesCrawler(store, config));
        utensils.setRenderer(new PortalRenderer(store, config, site, messages));
        utensils.setAsset(new Asset(config));
        Oven oven = new Oven(utensils);
        oven.bake();

        List<Diagnostic> problems = new ArrayList<>(store.failures());
        for (Throwable error : oven.getErrors()) {
            problems.add(Diagnostic.error(site.display(site.assetDir()), 0, 0, "bake.failed", String.valueOf(error.getMessage()),
                    "check that the files in assets/ and content/ are readable"));
        }
        return new Baked(store.renderedPages(), problems);
    }

    /** Loads the site configuration from {@code jbake.properties} with JBake's configuration factory. */
    public static SiteConfig loadConfig(Path root, Path outputDir) throws DiagnosticException {
        return JBakeConfigs.siteConfig(root, outputDir);
    }
}
