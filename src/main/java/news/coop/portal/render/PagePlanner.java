package news.coop.portal.render;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.model.NewsItem;
import news.coop.portal.model.Page;
import news.coop.portal.model.Picture;
import news.coop.portal.model.Site;
import news.coop.portal.model.Status;
import news.coop.portal.model.Term;
import news.coop.portal.model.Vocabulary;
import news.coop.portal.render.Views.Crumb;
import news.coop.portal.render.Views.DocView;
import news.coop.portal.render.Views.Item;
import news.coop.portal.render.Views.MonthGroup;
import news.coop.portal.render.Views.PageInfo;
import news.coop.portal.render.Views.SitemapUrl;
import news.coop.portal.render.Views.TermView;
import news.coop.portal.render.Views.YearLink;
import news.coop.portal.search.SearchIndex;

/**
 * The first half of the render stage: decides every file the site consists of and the template model
 * of each, following the URL map in the README. The second half (JBake and Freemarker) only fills
 * templates in. Pure: the same site always gives the same plan, in the same order. Languages are
 * planned in parallel on the pool the caller runs in.
 */
public final class PagePlanner {
    private static final int RELATED = 3;
    private static final int PAGINATION_NEIGHBOURS = 2;

    private final SiteConfig config;
    private final Messages messages;
    private final ViewCache views;

    /**
     * @param views the views of the last plan, to reuse for unchanged items (a new cache for a
     *              single build)
     */
    public PagePlanner(SiteConfig config, Messages messages, ViewCache views) {
        this.config = config;
        this.messages = messages;
        this.views = views;
    }

    public PagePlanner(SiteConfig config, Messages messages) {
        this(config, messages, new ViewCache());
    }

    /** Everything to publish: template jobs and plain-text files ({@code robots.txt}, the search indexes). */
    public record Plan(List<PageJob> jobs, Map<String, String> textFiles) {
    }

    /**
     * @param bodies   source path → the refined body HTML of every published document
     * @param pictures the measured pictures of the build, by site path (lead pictures and the logo)
     */
    public Plan plan(Site site, Map<String, String> bodies, Map<String, Picture> pictures) {
        views.begin();
        Models models = new Models(config, messages, site, bodies, pictures, views);
        // Languages are planned in parallel (each item belongs to one language, so they share no
        // view), then joined in language order: the plan is the same on any number of threads.
        List<ViewCache.LanguageResult> languages = config.languages().parallelStream()
                .map(lang -> {
                    List<NewsItem> items = site.news(lang);
                    List<Object> inputs = inputs(site, items, bodies, lang);
                    ViewCache.LanguageResult known = views.reusable(lang, inputs);
                    if (known != null) {
                        return known;
                    }
                    LanguagePlan plan = new LanguagePlan(models, lang, items, new ArrayList<>(), new ArrayList<>());
                    plan.plan();
                    ViewCache.LanguageResult result = new ViewCache.LanguageResult(inputs, List.copyOf(plan.jobs), List.copyOf(plan.sitemap),
                            java.util.Collections.unmodifiableMap(plan.files));
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
        Versions versions = new Versions(models, jobs);
        jobs.replaceAll(versions::withAlternates);
        sitemap.replaceAll(versions::withAlternates);
        String defaultHome = "/" + config.defaultLanguage() + "/";
        jobs.add(models.job("index.html", "redirect.ftlh", config.defaultLanguage(), "",
                models.info("redirect", config.defaultLanguage(), messages.get(config.defaultLanguage(), "site.name"),
                        messages.get(config.defaultLanguage(), "home.description"), defaultHome, List.of(), null),
                Map.of("target", defaultHome)));
        // Every language has its own not-found page; /404.html, the one every static host serves, is
        // the default language's. A host that can choose by folder serves /{lang}/404.html there.
        jobs.add(notFound(models, "404.html", config.defaultLanguage()));
        for (String lang : config.languages()) {
            jobs.add(notFound(models, lang + "/404.html", lang));
        }
        jobs.add(new PageJob("sitemap.xml", "sitemap.ftlx", config.defaultLanguage(), Map.of("urls", List.copyOf(sitemap)), ""));
        text.put("robots.txt", "User-agent: *\nAllow: /\n\nSitemap: " + config.absolute("/sitemap.xml") + "\n");
        return new Plan(List.copyOf(jobs), text);
    }

    private PageJob notFound(Models models, String output, String lang) {
        return models.job(output, "404.ftlh", lang, "", models.info("404", lang, messages.get(lang, "notfound.title"),
                messages.get(lang, "notfound.description"), "/" + output, List.of(), null), Map.of());
    }

    /**
     * The language versions of every HTML page of the languages' plans. Pages are versions of one
     * another when they share a key: a news item's {@code translation} (an item without one has no
     * other versions); a page's {@code translation}, or its slug when it has none; and for every
     * listing (home, areas, regions, archives and their numbered pages) its address without the
     * language, since every language lists at the same addresses. {@code x-default} names the
     * version in the default language, or, when there is none, the first version in
     * {@code portal.languages} order, so that every version of a page names the same one.
     */
    private final class Versions {
        /** Site path → its versions, itself included, then x-default. */
        private final Map<String, List<Views.Alternate>> byUrl = new HashMap<>();
        private final Map<String, List<Views.Alternate>> byLoc = new HashMap<>();

        Versions(Models models, List<PageJob> jobs) {
            Map<String, String> keys = new HashMap<>();
            for (NewsItem item : models.site.news()) {
                String url = models.url(item);
                keys.put(url, item.translation().isEmpty() ? "self:" + url : "news:" + item.translation());
            }
            for (Page page : models.site.pages()) {
                keys.put(page.url(), "page:" + (page.translation().isEmpty() ? page.slug() : page.translation()));
            }
            // key → language → path, in plan order: the first of two versions in one language wins.
            Map<String, Map<String, String>> groups = new HashMap<>();
            Map<String, String> keyOf = new HashMap<>();
            for (PageJob job : jobs) {
                if (!(job.model().get("page") instanceof PageInfo info)) {
                    continue;
                }
                String key = keys.getOrDefault(info.url(), "list:" + info.url().substring(1 + info.lang().length()));
                keyOf.put(info.url(), key);
                groups.computeIfAbsent(key, k -> new HashMap<>()).putIfAbsent(info.lang(), info.url());
            }
            for (Map.Entry<String, String> page : keyOf.entrySet()) {
                String url = page.getKey();
                Map<String, String> group = groups.get(page.getValue());
                List<Views.Alternate> list = new ArrayList<>();
                String first = null;
                for (String lang : config.languages()) {
                    String path = url.startsWith("/" + lang + "/") ? url : group.get(lang);
                    if (path != null) {
                        list.add(alternate(lang, path));
                        first = first == null ? path : first;
                    }
                }
                String defaultPath = url.startsWith("/" + config.defaultLanguage() + "/") ? url : group.get(config.defaultLanguage());
                list.add(alternate("x-default", defaultPath != null ? defaultPath : first));
                List<Views.Alternate> versions = List.copyOf(list);
                byUrl.put(url, versions);
                byLoc.put(config.absolute(url), versions);
            }
        }

        private Views.Alternate alternate(String lang, String path) {
            return new Views.Alternate(lang, config.absolute(path), path);
        }

        PageJob withAlternates(PageJob job) {
            if (!(job.model().get("page") instanceof PageInfo info) || !byUrl.containsKey(info.url())) {
                return job;
            }
            Map<String, Object> model = new HashMap<>(job.model());
            model.put("page", info.withAlternates(byUrl.get(info.url())));
            return new PageJob(job.output(), job.template(), job.lang(), model, job.source());
        }

        SitemapUrl withAlternates(SitemapUrl url) {
            List<Views.Alternate> versions = byLoc.get(url.loc());
            return versions == null ? url : url.withAlternates(versions);
        }
    }

    /** Every page of one language. */
    private final class LanguagePlan {
        private final Models models;
        private final String lang;
        private final List<PageJob> jobs;
        private final List<SitemapUrl> sitemap;
        /** The language's search index: output path → text. */
        private final Map<String, String> files = new LinkedHashMap<>();
        private final List<NewsItem> items;
        private final Crumb home;
        private final Map<Set<String>, List<NewsItem>> relatedBySet = new HashMap<>();
        private Map<Set<String>, List<NewsItem>> itemsBySet;

        LanguagePlan(Models models, String lang, List<NewsItem> items, List<PageJob> jobs, List<SitemapUrl> sitemap) {
            this.models = models;
            this.lang = lang;
            this.jobs = jobs;
            this.sitemap = sitemap;
            this.items = items;
            this.home = new Crumb(msg("nav.home"), "/" + lang + "/");
        }

        void plan() {
            String homeUrl = "/" + lang + "/";
            String siteFeed = items.isEmpty() ? null : homeUrl + "feed.xml";
            paginate("home", homeUrl, msg("site.name"), msg("home.description"), List.of(), items, siteFeed, Map.of());
            if (siteFeed != null) {
                feed(siteFeed, msg("site.name"), homeUrl, items);
            }
            for (int i = 0; i < items.size(); i++) {
                news(i);
            }
            vocabulary(models.site.areas(), "nav.areas", "areas.description", "area");
            vocabulary(models.site.regions(), "nav.regions", "regions.description", "region");
            archive();
            search();
            for (Page page : models.site.pages()) {
                if (page.lang().equals(lang)) {
                    page(page);
                }
            }
        }

        private void news(int index) {
            NewsItem item = items.get(index);
            String url = models.url(item);
            Map<String, Object> model = new HashMap<>();
            model.put("item", models.fullItem(item));
            if (index + 1 < items.size()) {
                model.put("older", models.item(items.get(index + 1)));
            }
            if (index > 0) {
                model.put("newer", models.item(items.get(index - 1)));
            }
            model.put("related", related(item).stream().map(models::item).toList());
            ZonedDateTime date = item.localDate(config.zone());
            List<Crumb> crumbs = List.of(home,
                    new Crumb(msg("nav.archive"), "/" + lang + "/archive/"),
                    new Crumb(String.valueOf(date.getYear()), "/" + lang + "/archive/" + date.getYear() + "/"),
                    new Crumb(item.title(), url));
            jobs.add(models.job(output(url), "news.ftlh", lang, item.source(), models.article(item, crumbs), model));
            sitemap.add(new SitemapUrl(config.absolute(url), item.localUpdated(config.zone()).toLocalDate().toString()));
        }

        /**
         * Up to three items of the same language that share the most areas with this one, newest
         * first among equals. Items with the same set of areas have the same candidates, so the
         * ranking is computed once per set of areas ({@link #relatedBySet}), not once per item.
         */
        private List<NewsItem> related(NewsItem item) {
            List<NewsItem> ranked = relatedBySet.computeIfAbsent(areaSet(item), this::rankFor);
            return ranked.stream().filter(other -> other != item).limit(RELATED).toList();
        }

        /** The RELATED + 1 best candidates for items with these areas (one of them may be the item itself). */
        private List<NewsItem> rankFor(Set<String> areas) {
            List<Ranked> best = new ArrayList<>(RELATED + 2);
            for (Map.Entry<Set<String>, List<NewsItem>> group : itemsBySet().entrySet()) {
                int shared = 0;
                for (String area : group.getKey()) {
                    shared += areas.contains(area) ? 1 : 0;
                }
                if (shared == 0) {
                    continue;
                }
                // A group is newest first: once one of its items misses the list, the rest do too.
                for (NewsItem other : group.getValue()) {
                    Ranked candidate = new Ranked(other, shared, other.date().toEpochSecond());
                    int at = best.size();
                    while (at > 0 && RANKING.compare(candidate, best.get(at - 1)) < 0) {
                        at--;
                    }
                    if (at > RELATED) {
                        break;
                    }
                    best.add(at, candidate);
                    if (best.size() > RELATED + 1) {
                        best.remove(best.size() - 1);
                    }
                }
            }
            return best.stream().map(Ranked::item).toList();
        }

        /** Items grouped by their exact set of areas, each group newest first (ties by source path). */
        private Map<Set<String>, List<NewsItem>> itemsBySet() {
            if (itemsBySet == null) {
                itemsBySet = new LinkedHashMap<>();
                for (NewsItem item : items) {
                    itemsBySet.computeIfAbsent(areaSet(item), set -> new ArrayList<>()).add(item);
                }
                itemsBySet.values().forEach(group -> group.sort(Comparator.comparingLong((NewsItem other) -> -other.date().toEpochSecond())
                        .thenComparing(NewsItem::source)));
            }
            return itemsBySet;
        }

        private static Set<String> areaSet(NewsItem item) {
            return item.areas().stream().map(Term::id).collect(java.util.stream.Collectors.toUnmodifiableSet());
        }

        private void vocabulary(Vocabulary vocabulary, String titleKey, String descriptionKey, String kind) {
            String indexUrl = "/" + lang + "/" + vocabulary.segment() + "/";
            Crumb index = new Crumb(msg(titleKey), indexUrl);
            List<TermView> views = new ArrayList<>();
            for (Term term : vocabulary.terms()) {
                List<NewsItem> tagged = items.stream().filter(item -> (kind.equals("area") ? item.areas() : item.regions()).contains(term)).toList();
                String url = indexUrl + term.id() + "/";
                String feedUrl = url + "feed.xml";
                views.add(new TermView(term.id(), term.label(lang), term.description(lang), url,
                        tagged.isEmpty() ? null : config.absolute(feedUrl), tagged.size()));
                if (tagged.isEmpty()) {
                    continue;
                }
                TermView view = views.get(views.size() - 1);
                paginate(kind, url, term.label(lang), term.description(lang), List.of(home, index), tagged, feedUrl, Map.of("term", view));
                feed(feedUrl, term.label(lang) + " — " + msg("site.name"), url, tagged);
            }
            PageInfo info = models.info(vocabulary.segment(), lang, msg(titleKey), msg(descriptionKey), indexUrl, List.of(home, index), null);
            jobs.add(models.job(output(indexUrl), "terms.ftlh", lang, "", info, Map.of("terms", List.copyOf(views))));
            sitemap.add(new SitemapUrl(config.absolute(indexUrl), newest(items)));
        }

        private void archive() {
            String archiveUrl = "/" + lang + "/archive/";
            Crumb archive = new Crumb(msg("nav.archive"), archiveUrl);
            Map<Integer, List<NewsItem>> byYear = new TreeMap<>(Comparator.reverseOrder());
            for (NewsItem item : items) {
                byYear.computeIfAbsent(item.localDate(config.zone()).getYear(), year -> new ArrayList<>()).add(item);
            }
            List<YearLink> years = byYear.entrySet().stream()
                    .map(year -> new YearLink(year.getKey(), archiveUrl + year.getKey() + "/", year.getValue().size()))
                    .toList();
            PageInfo indexInfo = models.info("archive", lang, msg("nav.archive"), msg("archive.description"), archiveUrl, List.of(home, archive), null);
            jobs.add(models.job(output(archiveUrl), "archive.ftlh", lang, "", indexInfo, Map.of("years", years)));
            sitemap.add(new SitemapUrl(config.absolute(archiveUrl), newest(items)));
            for (Map.Entry<Integer, List<NewsItem>> year : byYear.entrySet()) {
                String url = archiveUrl + year.getKey() + "/";
                Map<String, List<Item>> months = new LinkedHashMap<>();
                Map<Integer, String> monthNames = new HashMap<>();
                for (NewsItem item : year.getValue()) {
                    ZonedDateTime date = item.localDate(config.zone());
                    String month = monthNames.computeIfAbsent(date.getMonthValue(), number -> Dates.month(date, lang));
                    months.computeIfAbsent(month, name -> new ArrayList<>()).add(models.item(item));
                }
                List<MonthGroup> groups = months.entrySet().stream().map(month -> new MonthGroup(month.getKey(), List.copyOf(month.getValue()))).toList();
                String title = msg("archive.year.title", year.getKey());
                PageInfo info = models.info("archive-year", lang, title, title, url, List.of(home, archive, new Crumb(String.valueOf(year.getKey()), url)), null);
                jobs.add(models.job(output(url), "archive-year.ftlh", lang, "", info, Map.of("year", year.getKey(), "months", groups, "years", years)));
                sitemap.add(new SitemapUrl(config.absolute(url), newest(year.getValue())));
            }
        }

        /**
         * The search page and the index it reads ({@link SearchIndex}), in the page's folder. The
         * page offers as filters the areas and years that have items in this language.
         */
        private void search() {
            String url = "/" + lang + "/search/";
            List<TermView> areas = new ArrayList<>();
            for (Term term : models.site.areas().terms()) {
                long count = items.stream().filter(item -> item.areas().contains(term)).count();
                if (count > 0) {
                    String termUrl = "/" + lang + "/" + models.site.areas().segment() + "/" + term.id() + "/";
                    areas.add(new TermView(term.id(), term.label(lang), term.description(lang), termUrl, null, (int) count));
                }
            }
            Map<Integer, Integer> byYear = new TreeMap<>(Comparator.reverseOrder());
            items.forEach(item -> byYear.merge(item.localDate(config.zone()).getYear(), 1, Integer::sum));
            List<YearLink> years = byYear.entrySet().stream()
                    .map(year -> new YearLink(year.getKey(), "/" + lang + "/archive/" + year.getKey() + "/", year.getValue())).toList();
            PageInfo info = models.info("search", lang, msg("search.title"), msg("search.description"), url,
                    List.of(home, new Crumb(msg("search.title"), url)), null);
            jobs.add(models.job(output(url), "search.ftlh", lang, "", info, Map.of("areas", List.copyOf(areas), "years", years, "index", url)));
            sitemap.add(new SitemapUrl(config.absolute(url), newest(items)));
            List<SearchIndex.Entry> entries = items.stream().map(models::searchEntry).toList();
            SearchIndex.files(lang, entries).forEach((path, text) -> files.put(url.substring(1) + path, text));
        }

        private void page(Page page) {
            String url = page.url();
            DocView doc = new DocView(page.title(), page.lead(), models.bodies.get(page.source()), page.status() == Status.DRAFT);
            PageInfo info = models.info("page", lang, page.title(), page.lead(), url, List.of(home, new Crumb(page.title(), url)), null);
            jobs.add(models.job(output(url), "page.ftlh", lang, page.source(), info, Map.of("doc", doc)));
            sitemap.add(new SitemapUrl(config.absolute(url), ""));
        }

        /** A listing split into pages of {@code pageSize}: {@code url}, then {@code url/page/2/} … */
        private void paginate(String kind, String url, String title, String description, List<Crumb> parents, List<NewsItem> listed,
                String feedUrl, Map<String, Object> extra) {
            int size = config.pageSize();
            int total = Math.max(1, (listed.size() + size - 1) / size);
            for (int number = 1; number <= total; number++) {
                String pageUrl = pageUrl(url, number);
                List<NewsItem> slice = listed.subList((number - 1) * size, Math.min(listed.size(), number * size));
                String pageTitle = number == 1 ? title : title + " — " + msg("pagination.page", number, total);
                List<Crumb> crumbs = new ArrayList<>(parents);
                if (!kind.equals("home")) {
                    crumbs.add(new Crumb(title, url));
                }
                if (number > 1) {
                    crumbs.add(new Crumb(msg("pagination.page", number, total), pageUrl));
                }
                PageInfo info = models.info(kind, lang, pageTitle, description, pageUrl, List.copyOf(crumbs), feedUrl == null ? null : config.absolute(feedUrl));
                Map<String, Object> model = new HashMap<>(extra);
                model.put("items", slice.stream().map(models::item).toList());
                model.put("pagination", pagination(url, number, total));
                jobs.add(models.job(output(pageUrl), kind.equals("home") ? "home.ftlh" : "term.ftlh", lang, "", info, model));
                sitemap.add(new SitemapUrl(config.absolute(pageUrl), newest(slice)));
            }
        }

        /**
         * Links to the first and last pages and to two pages either side of the current one, so that a
         * listing of a thousand pages does not put a thousand links on every page.
         */
        private Views.Pagination pagination(String url, int current, int total) {
            List<Views.PageLink> pages = new ArrayList<>();
            int previous = 0;
            for (int number = 1; number <= total; number++) {
                if (number == 1 || number == total || Math.abs(number - current) <= PAGINATION_NEIGHBOURS) {
                    pages.add(new Views.PageLink(number, pageUrl(url, number), number == current, number > previous + 1));
                    previous = number;
                }
            }
            return new Views.Pagination(current, total,
                    current > 1 ? pageUrl(url, current - 1) : null,
                    current < total ? pageUrl(url, current + 1) : null,
                    List.copyOf(pages));
        }

        private void feed(String feedUrl, String title, String alternate, List<NewsItem> listed) {
            List<NewsItem> entries = listed.subList(0, Math.min(listed.size(), config.feedSize()));
            // The feed's id is its address: it must not change as entries come and go.
            // Atom's feed-level updated: the latest change among its entries, never the build time.
            NewsItem latest = entries.stream().max(Comparator.comparing((NewsItem item) -> item.updated().toInstant())).orElseThrow();
            Views.Feed feed = new Views.Feed(title, config.absolute(feedUrl), config.absolute(feedUrl), config.absolute(alternate), Dates.iso(latest.localUpdated(config.zone())), lang,
                    entries.stream().map(models::entry).toList());
            jobs.add(new PageJob(output(feedUrl), "feed.ftlx", lang, Map.of("feed", feed), ""));
        }

        private String newest(List<NewsItem> listed) {
            return listed.isEmpty() ? "" : listed.get(0).localDate(config.zone()).toLocalDate().toString();
        }

        private String msg(String key, Object... args) {
            return messages.get(lang, key, List.of(args));
        }
    }

    /**
     * Everything a language's pages are made from, besides configuration, templates and UI strings
     * (whose change starts a new cache): its items and pages in order, their bodies, and the
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

    private record Ranked(NewsItem item, int shared, long epochSecond) {
    }

    /** More shared areas first, then newer, then by source path: a total order, so the choice never depends on input order. */
    private static final Comparator<Ranked> RANKING = Comparator.comparingInt((Ranked ranked) -> -ranked.shared())
            .thenComparingLong(ranked -> -ranked.epochSecond())
            .thenComparing(ranked -> ranked.item().source());

    static String pageUrl(String url, int number) {
        return number == 1 ? url : url + "page/" + number + "/";
    }

    /** The file that serves a URL: {@code /en/areas/} → {@code en/areas/index.html}; files stay files. */
    static String output(String url) {
        String path = url.substring(1);
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }
}
