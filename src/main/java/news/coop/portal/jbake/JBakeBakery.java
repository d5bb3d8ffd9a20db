package news.coop.portal.jbake;

import java.io.File;
import java.io.FileFilter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.load.MarkdownProcessor;
import news.coop.portal.model.NewsItem;
import news.coop.portal.model.Page;
import news.coop.portal.model.Site;
import news.coop.portal.model.Term;
import news.coop.portal.render.Messages;
import news.coop.portal.render.PageJob;
import news.coop.portal.render.PageSink;
import news.coop.portal.write.OutputFailure;
import org.jbake.app.Asset;
import org.jbake.app.FileUtil;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.Engines;

/**
 * The render stage's engine: JBake's bake sequence ({@link PortalOven}) over our utensils:
 * {@link PlanContentStore} (in memory, no OrientDB), {@link SourcesCrawler}, {@link PortalRenderer}
 * with the {@link FtlhTemplateEngine}, {@link PlanRenderingTool}, JBake's {@link Asset}, and
 * {@link PortalMarkupEngine} for {@code .md}.
 *
 * <p>One bakery serves a whole session: the renderer, its template engines and Freemarker's template
 * cache are built once and reused by every bake. A change to the templates needs a new bakery.
 * Each page goes to the bake's {@link PageSink} as soon as it is rendered; assets are copied into the
 * folder a bake names.
 */
public final class JBakeBakery {
    private final SiteConfig site;
    private final PortalRenderer renderer;
    private final PlanContentStore store;
    private final DefaultJBakeConfiguration config;

    /**
     * @param pool   the workers pages are rendered on
     * @param assets file from {@code assets/} → its published (fingerprinted) file, for {@code asset()}
     */
    public JBakeBakery(SiteConfig site, Messages messages, MarkdownProcessor markdown, ForkJoinPool pool,
            java.util.function.UnaryOperator<String> assets) {
        this.site = site;
        this.config = JBakeConfigs.create(site, site.outputDir().toFile());
        // JBake keeps markup engines in a static registry; ours replaces its pegdown-profile engine.
        Engines.register("md", new PortalMarkupEngine(markdown, site.defaultLanguage()));
        this.store = new PlanContentStore();
        this.renderer = new PortalRenderer(store, config, site, messages, pool, assets);
    }

    /** How many pages were rendered, and every problem met while baking. */
    public record Baked(int rendered, List<Diagnostic> problems) {
    }

    /**
     * Renders {@code jobs}; when {@code assetsInto} is not null, JBake also copies {@code assets/}
     * (and the pictures beside the sources in {@code content/}) into that folder.
     *
     * @param published the published documents, for the store's queries
     * @param bodies    source path → body HTML of each published document
     * @param sink      receives each rendered page, from the rendering workers
     */
    public Baked bake(List<PageJob> jobs, Site published, Map<String, String> bodies, Path assetsInto, PageSink sink) {
        store.begin(jobs, () -> documents(published, bodies), sink);
        DefaultJBakeConfiguration bakeConfig = config;
        if (assetsInto != null) {
            bakeConfig = JBakeConfigs.create(site, assetsInto.toFile());
        }
        Utensils utensils = new Utensils();
        utensils.setConfiguration(bakeConfig);
        utensils.setContentStore(store);
        utensils.setCrawler(new SourcesCrawler(store, bakeConfig));
        utensils.setRenderer(renderer);
        utensils.setAsset(new Asset(bakeConfig));
        PortalOven oven = new PortalOven(utensils);
        oven.bake(assetsInto != null);

        List<Diagnostic> problems = new ArrayList<>(store.failures());
        for (Throwable error : oven.errors()) {
            // A copy that failed on the staging folder's side (a full disk) is the write stage's error, not the asset's.
            Optional<OutputFailure> unwritable = assetsInto == null ? Optional.empty() : OutputFailure.into(assetsInto, error);
            problems.add(unwritable.map(failure -> failure.diagnostic(site.root())).orElseGet(() -> Diagnostic.error(site.display(site.assetDir()), 0, 0,
                    "bake.failed", String.valueOf(error.getMessage()), "check that the files in assets/ and content/ are readable")));
        }
        return new Baked(store.renderedCount(), problems);
    }

    /**
     * The files JBake's {@link Asset} copies into a site: {@code assets/} (hidden files only when
     * {@code asset.ignore} is off) and the non-source files of {@code content/}, as paths inside the
     * site. Walks the folders with JBake's own filters, the way {@code Asset.copy} does.
     */
    public Set<String> assetOutputs() {
        Set<String> files = new TreeSet<>();
        FileFilter assets = file -> (!config.getAssetIgnoreHidden() || !file.isHidden()) && (file.isFile() || FileUtil.directoryOnlyIfNotIgnored(file, config));
        collect(config.getAssetFolder(), "", assets, files);
        collect(config.getContentFolder(), "", FileUtil.getNotContentFileFilter(config), files);
        return files;
    }

    private static void collect(File folder, String prefix, FileFilter filter, Set<String> files) {
        File[] children = folder.listFiles(filter);
        if (children == null) {
            return;
        }
        for (File child : children) {
            if (child.isFile()) {
                files.add(prefix + child.getName());
            } else if (child.isDirectory()) {
                collect(child, prefix + child.getName() + "/", filter, files);
            }
        }
    }

    /** The published documents in JBake's own model: news as posts tagged with their areas and regions, pages as pages. */
    private List<DocumentModel> documents(Site published, Map<String, String> bodies) {
        List<DocumentModel> documents = new ArrayList<>();
        for (NewsItem item : published.news()) {
            DocumentModel document = document("post", item.source(), item.title(), item.url(site.zone()), bodies.get(item.source()));
            document.setDate(Date.from(item.date().toInstant()));
            document.setTags(java.util.stream.Stream.concat(item.areas().stream(), item.regions().stream()).map(Term::id).toArray(String[]::new));
            document.put("lang", item.lang());
            documents.add(document);
        }
        for (Page page : published.pages()) {
            documents.add(document("page", page.source(), page.title(), page.url(), bodies.get(page.source())));
        }
        return documents;
    }

    private static DocumentModel document(String type, String source, String title, String url, String body) {
        DocumentModel document = DocumentModel.createDefaultDocumentModel();
        document.setType(type);
        document.setSourceUri(source);
        document.setTitle(title);
        document.setUri(url.substring(1));
        document.setBody(body);
        document.setStatus("published");
        document.setRendered(true);
        return document;
    }
}
