package news.coop.portal.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.model.NewsItem;
import news.coop.portal.model.Page;
import news.coop.portal.render.Views.PageInfo;
import news.coop.portal.render.Views.SitemapUrl;

/**
 * The language versions of every HTML page of the languages' plans. Pages are versions of one
 * another when they share a key: a news item's {@code translation} (an item without one has no
 * other versions); a page's {@code translation}, or its slug when it has none; and for every
 * listing (home, areas, regions, archives and their numbered pages) its address without the
 * language, since every language lists at the same addresses. {@code x-default} names the
 * version in the default language, or, when there is none, the first version in
 * {@code portal.languages} order, so that every version of a page names the same one.
 */
final class Versions {
    private final SiteConfig config;
    /** Site path → its versions, itself included, then x-default. */
    private final Map<String, List<Views.Alternate>> byUrl = new HashMap<>();
    private final Map<String, List<Views.Alternate>> byLoc = new HashMap<>();

    Versions(SiteConfig config, Models models, List<PageJob> jobs) {
        this.config = config;
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
            PageInfo info = job.page();
            if (info == null) {
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
        if (job.page() == null || !byUrl.containsKey(job.page().url())) {
            return job;
        }
        return job.withPage(job.page().withAlternates(byUrl.get(job.page().url())));
    }

    SitemapUrl withAlternates(SitemapUrl url) {
        List<Views.Alternate> versions = byLoc.get(url.loc());
        return versions == null ? url : url.withAlternates(versions);
    }
}
