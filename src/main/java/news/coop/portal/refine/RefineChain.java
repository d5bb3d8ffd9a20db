package news.coop.portal.refine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.diag.Diagnostics;
import news.coop.portal.render.PageJob;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

/**
 * The refine stage: every HTML page is parsed once with jsoup, passed through {@link #STEPS} in order,
 * checked for broken links, and serialised once. Steps report problems through their context. Feeds and the sitemap pass through unchanged.
 */
public final class RefineChain {
    /** The refine steps, in the one order they run in. */
    public static final List<HtmlTransformer> STEPS = List.of(
            new ExternalLinks(),
            new ContentImages(),
            new TableAlignment(),
            new UniqueIds());

    private final SiteConfig config;

    public RefineChain(SiteConfig config) {
        this.config = config;
    }

    /** Refined pages, and every broken link found in them. */
    public record Refined(Map<String, String> pages, List<Diagnostic> problems) {
    }

    /**
     * @param rendered   output path → rendered text, for every job of the plan
     * @param otherFiles paths of the files the site holds besides the rendered ones (assets, robots.txt)
     */
    public Refined refine(List<PageJob> jobs, Map<String, String> rendered, Set<String> otherFiles) {
        LinkChecker links = new LinkChecker(config);
        Diagnostics problems = new Diagnostics();
        Map<String, String> refined = new LinkedHashMap<>();
        for (PageJob job : jobs) {
            String text = rendered.get(job.output());
            if (text == null) {
                continue;
            }
            if (!job.isHtml()) {
                refined.put(job.output(), text);
                continue;
            }
            RefineContext context = new RefineContext(config, job.output(), job.source(), problems);
            Document page = Jsoup.parse(text);
            page.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
            for (HtmlTransformer step : STEPS) {
                step.transform(page, context);
            }
            links.collect(page, context);
            refined.put(job.output(), page.outerHtml());
        }
        Set<String> files = new java.util.HashSet<>(otherFiles);
        files.addAll(refined.keySet());
        problems.addAll(links.check(files));
        return new Refined(refined, problems.sorted());
    }
}
