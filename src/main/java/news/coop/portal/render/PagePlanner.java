package news.coop.portal.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.model.NewsItem;
import news.coop.portal.model.Page;
import news.coop.portal.model.Picture;
import news.coop.portal.model.Site;
import news.coop.portal.render.Views.SitemapUrl;
import news.coop.portal.search.SearchIndex;
import news.coop.portal.search.SearchText;

/**
 * The plan stage: decides every file the site consists of and the model of each, following the URL
 * map in the README. The render stage only fills templates in. Pure: the same site always gives the
 * same plan, in the same order. Languages are planned in parallel ({@link LanguagePlan}) on the pool
 * the caller runs in, then joined, and the pages' language versions added ({@link Versions}).
 */
public final class PagePlanner {
    private final SiteConfig config;
    private final Messages messages;
    private final SitemapLimits sitemapLimits;
    private final SearchIndex.Analyser analyser;

    /** A planner whose sitemap keeps to the sitemaps.org protocol's limits and that analyses every item for search. */
    public PagePlanner(SiteConfig config, Messages messages) {
        this(config, messages, SitemapLimits.PROTOCOL, SearchIndex.analyser(new SearchText()));
    }

    /**
     * @param sitemapLimits what one sitemap file may hold before the sitemap is split into parts
     *                      listed by an index: {@link SitemapLimits#PROTOCOL}, or smaller in tests
     * @param analyser      what makes an item's search terms (the build's keeps them in the build cache)
     */
    public PagePlanner(SiteConfig config, Messages messages, SitemapLimits sitemapLimits, SearchIndex.Analyser analyser) {
        this.config = config;
        this.messages = messages;
        this.sitemapLimits = sitemapLimits;
        this.analyser = analyser;
    }

    /**
     * Everything to publish: page jobs (the sitemap's among them, one file or parts and their index,
     * {@link SitemapPlan}) and plain-text files ({@code robots.txt}, the search indexes),
     * and what the next plan may reuse.
     */
    public record Plan(List<PageJob> jobs, Map<String, String> textFiles, PlanMemo memo) {
        public Plan {
            jobs = List.copyOf(jobs);
        }
    }

    /** Plans the site afresh. */
    public Plan plan(Site site, Map<String, String> bodies, Map<String, Picture> pictures) {
        return plan(site, bodies, pictures, PlanMemo.EMPTY);
    }

    /**
     * Plans the site, reusing from {@code last} the views of unchanged items and the plans of
     * languages whose items, bodies and vocabularies are the very objects they were planned from.
     *
     * @param bodies   source path → the refined body HTML of every published document
     * @param pictures the measured pictures of the build, by site path (lead pictures and the logo)
     */
    public Plan plan(Site site, Map<String, String> bodies, Map<String, Picture> pictures, PlanMemo last) {
        ViewCache views = new ViewCache(last);
        Models models = new Models(config, messages, site, bodies, pictures, views, analyser);
        // Languages are planned in parallel (each item belongs to one language, so they share no
        // view), then joined in language order: the plan is the same on any number of threads.
        List<ViewCache.LanguageResult> languages = config.languages().parallelStream()
                .map(lang -> {
                    List<NewsItem> items = site.news(lang);
                    List<Object> inputs = inputs(site, items, bodies, lang);
                    ViewCache.LanguageResult result = views.reusable(lang, inputs);
                    if (result == null) {
                        result = new LanguagePlan(models, lang, items).plan(inputs);
                    }
                    views.remember(lang, result);
                    return result;
                }).toList();
        List<PageJob> jobs = new ArrayList<>();
        List<SitemapUrl> sitemap = new ArrayList<>();
        Map<String, String> text = new LinkedHashMap<>();
        for (ViewCache.LanguageResult language : languages) {
            jobs.addAll(language.jobs());
            sitemap.addAll(language.sitemap());
            text.putAll(language.files());
        }
        // A page's versions in other languages depend on those languages' documents, so they are
        // added here, after the languages are joined, and never kept in a language's cached plan.
        Versions versions = new Versions(config, models, jobs);
        jobs.replaceAll(versions::withAlternates);
        sitemap.replaceAll(versions::withAlternates);
        String lang = config.defaultLanguage();
        String defaultHome = "/" + lang + "/";
        jobs.add(new PageJob("index.html", lang, models.site(lang),
                models.info("redirect", lang, messages.get(lang, "site.name"), messages.get(lang, "home.description"), defaultHome, List.of(), null),
                new PageModel.Redirect(defaultHome), ""));
        // Every language has its own not-found page; /404.html, the one every static host serves, is
        // the default language's. A host that can choose by folder serves /{lang}/404.html there.
        jobs.add(notFound(models, "404.html", lang));
        for (String each : config.languages()) {
            jobs.add(notFound(models, each + "/404.html", each));
        }
        jobs.addAll(SitemapPlan.jobs(config, lang, sitemap, sitemapLimits));
        text.put("robots.txt", "User-agent: *\nAllow: /\n\nSitemap: " + config.absolute("/sitemap.xml") + "\n");
        return new Plan(jobs, text, views.memo());
    }

    private PageJob notFound(Models models, String output, String lang) {
        return new PageJob(output, lang, models.site(lang), models.info("404", lang, messages.get(lang, "notfound.title"),
                messages.get(lang, "notfound.description"), "/" + output, List.of(), null), new PageModel.NotFound(), "");
    }

    /**
     * Everything a language's pages are made from, besides configuration, templates and UI strings
     * (whose change starts a new plan): its items and pages in order, their bodies, and the
     * vocabularies. A language's pages depend on no other language's documents.
     */
    private static List<Object> inputs(Site site, List<NewsItem> items, Map<String, String> bodies, String lang) {
        List<Object> inputs = new ArrayList<>();
        inputs.add(site.areas());
        inputs.add(site.regions());
        for (NewsItem item : items) {
            inputs.add(item);
            inputs.add(bodies.get(item.source()));
        }
        for (Page page : site.pages()) {
            if (page.lang().equals(lang)) {
                inputs.add(page);
                inputs.add(bodies.get(page.source()));
            }
        }
        return inputs;
    }

    static String pageUrl(String url, int number) {
        return number == 1 ? url : url + "page/" + number + "/";
    }

    /** The file that serves a URL: {@code /en/areas/} → {@code en/areas/index.html}; files stay files. */
    static String output(String url) {
        String path = url.substring(1);
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }
}
