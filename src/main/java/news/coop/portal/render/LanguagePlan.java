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
 * Every page of one language: its home and numbered pages, its news items, the area and region
 * pages with their feeds, the archive, the search page with its index, and its pages. One plan per
 * language and build; not thread-safe (each language is planned on one thread).
 */
final class LanguagePlan {
    private static final int RELATED = 3;
    private static final int PAGINATION_NEIGHBOURS = 2;

    private final Models models;
    private final SiteConfig config;
    private final String lang;
    private final List<PageJob> jobs = new ArrayList<>();
    private final List<SitemapUrl> sitemap = new ArrayList<>();
    /** The language's search index: output path → text. */
    private final Map<String, String> files = new LinkedHashMap<>();
    private final List<NewsItem> items;
    private final Crumb home;
    private final Map<Set<String>, List<NewsItem>> relatedBySet = new HashMap<>();
    private Map<Set<String>, List<NewsItem>> itemsBySet;

    LanguagePlan(Models models, String lang, List<NewsItem> items) {
        this.models = models;
        this.config = models.config;
        this.lang = lang;
        this.items = items;
        this.home = new Crumb(msg("nav.home"), "/" + lang + "/");
    }

    /** Plans the language's pages; {@code inputs} are the objects they are made from, kept for the next plan. */
    ViewCache.LanguageResult plan(List<Object> inputs) {
        String homeUrl = "/" + lang + "/";
        String siteFeed = items.isEmpty() ? null : homeUrl + "feed.xml";
        paginate("home", homeUrl, msg("site.name"), msg("home.description"), List.of(), items, siteFeed, null);
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
        return new ViewCache.LanguageResult(inputs, List.copyOf(jobs), List.copyOf(sitemap), java.util.Collections.unmodifiableMap(files));
    }

    private void news(int index) {
        NewsItem item = items.get(index);
        String url = models.url(item);
        Item older = index + 1 < items.size() ? models.item(items.get(index + 1)) : null;
        Item newer = index > 0 ? models.item(items.get(index - 1)) : null;
        ZonedDateTime date = item.localDate(config.zone());
        List<Crumb> crumbs = List.of(home,
                new Crumb(msg("nav.archive"), "/" + lang + "/archive/"),
                new Crumb(String.valueOf(date.getYear()), "/" + lang + "/archive/" + date.getYear() + "/"),
                new Crumb(item.title(), url));
        PageModel.News model = new PageModel.News(models.fullItem(item), older, newer, related(item).stream().map(models::item).toList());
        jobs.add(page(url, models.article(item, crumbs), model, item.source()));
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
            TermView view = new TermView(term.id(), term.label(lang), term.description(lang), url,
                    tagged.isEmpty() ? null : config.absolute(feedUrl), tagged.size());
            views.add(view);
            if (tagged.isEmpty()) {
                continue;
            }
            paginate(kind, url, term.label(lang), term.description(lang), List.of(home, index), tagged, feedUrl, view);
            feed(feedUrl, term.label(lang) + " — " + msg("site.name"), url, tagged);
        }
        PageInfo info = models.info(vocabulary.segment(), lang, msg(titleKey), msg(descriptionKey), indexUrl, List.of(home, index), null);
        jobs.add(page(indexUrl, info, new PageModel.Terms(List.copyOf(views)), ""));
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
        jobs.add(page(archiveUrl, indexInfo, new PageModel.Archive(years), ""));
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
            jobs.add(page(url, info, new PageModel.ArchiveYear(year.getKey(), groups, years), ""));
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
        jobs.add(page(url, info, new PageModel.Search(List.copyOf(areas), years, url), ""));
        sitemap.add(new SitemapUrl(config.absolute(url), newest(items)));
        // Analysing the items is most of the plan: on every worker (a site of one language has no other
        // parallel work here); the list keeps the items' order, so the index is the same on any number.
        List<SearchIndex.Entry> entries = items.parallelStream().map(models::searchEntry).toList();
        SearchIndex.files(lang, entries).forEach((path, text) -> files.put(url.substring(1) + path, text));
    }

    private void page(Page page) {
        String url = page.url();
        DocView doc = new DocView(page.title(), page.lead(), models.bodies.get(page.source()), page.status() == Status.DRAFT);
        PageInfo info = models.info("page", lang, page.title(), page.lead(), url, List.of(home, new Crumb(page.title(), url)), null);
        jobs.add(page(url, info, new PageModel.Doc(doc), page.source()));
        sitemap.add(new SitemapUrl(config.absolute(url), ""));
    }

    /**
     * A listing split into pages of {@code pageSize}: {@code url}, then {@code url/page/2/} …; the
     * home of the language when {@code term} is null, else the term's pages.
     */
    private void paginate(String kind, String url, String title, String description, List<Crumb> parents, List<NewsItem> listed,
            String feedUrl, TermView term) {
        int size = config.pageSize();
        int total = Math.max(1, (listed.size() + size - 1) / size);
        for (int number = 1; number <= total; number++) {
            String pageUrl = PagePlanner.pageUrl(url, number);
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
            List<Item> shown = slice.stream().map(models::item).toList();
            Views.Pagination pagination = pagination(url, number, total);
            PageModel model = term == null ? new PageModel.Home(shown, pagination) : new PageModel.Term(term, shown, pagination);
            jobs.add(page(pageUrl, info, model, ""));
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
                pages.add(new Views.PageLink(number, PagePlanner.pageUrl(url, number), number == current, number > previous + 1));
                previous = number;
            }
        }
        return new Views.Pagination(current, total,
                current > 1 ? PagePlanner.pageUrl(url, current - 1) : null,
                current < total ? PagePlanner.pageUrl(url, current + 1) : null,
                List.copyOf(pages));
    }

    private void feed(String feedUrl, String title, String alternate, List<NewsItem> listed) {
        List<NewsItem> entries = listed.subList(0, Math.min(listed.size(), config.feedSize()));
        // The feed's id is its address: it must not change as entries come and go.
        // Atom's feed-level updated: the latest change among its entries, never the build time.
        NewsItem latest = entries.stream().max(Comparator.comparing((NewsItem item) -> item.updated().toInstant())).orElseThrow();
        Views.Feed feed = new Views.Feed(title, config.absolute(feedUrl), config.absolute(feedUrl), config.absolute(alternate),
                Dates.iso(latest.localUpdated(config.zone())), lang, entries.stream().map(models::entry).toList());
        jobs.add(new PageJob(PagePlanner.output(feedUrl), lang, new PageModel.FeedFile(feed)));
    }

    /** An HTML page of the language at {@code url}. */
    private PageJob page(String url, PageInfo info, PageModel model, String source) {
        return new PageJob(PagePlanner.output(url), lang, models.site(lang), info, model, source);
    }

    private String newest(List<NewsItem> listed) {
        return listed.isEmpty() ? "" : listed.get(0).localDate(config.zone()).toLocalDate().toString();
    }

    private String msg(String key, Object... args) {
        return models.messages.get(lang, key, List.of(args));
    }

    private record Ranked(NewsItem item, int shared, long epochSecond) {
    }

    /** More shared areas first, then newer, then by source path: a total order, so the choice never depends on input order. */
    private static final Comparator<Ranked> RANKING = Comparator.comparingInt((Ranked ranked) -> -ranked.shared())
            .thenComparingLong(ranked -> -ranked.epochSecond())
            .thenComparing(ranked -> ranked.item().source());
}
