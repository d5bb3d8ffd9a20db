package news.coop.portal.render;

import java.util.Map;
import news.coop.portal.model.NewsItem;
import news.coop.portal.render.ViewCache.LanguageResult;
import news.coop.portal.render.ViewCache.WithBody;
import news.coop.portal.render.Views.Entry;
import news.coop.portal.render.Views.Item;
import news.coop.portal.search.SearchIndex;

/**
 * What one plan made, for the next plan to reuse ({@link ViewCache}): the plan of each language with
 * the objects it was made from, and the views of each news item. Immutable: the next plan only reads
 * it, and a build that fails leaves the last good one in the pipeline's memo.
 */
public final class PlanMemo {
    /** Before the first plan: nothing to reuse. */
    public static final PlanMemo EMPTY = new PlanMemo(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

    final Map<String, LanguageResult> languages;
    final Map<NewsItem, Item> summaries;
    final Map<NewsItem, WithBody<Item>> fulls;
    final Map<NewsItem, WithBody<Entry>> entries;
    final Map<NewsItem, WithBody<SearchIndex.Entry>> searches;

    PlanMemo(Map<String, LanguageResult> languages, Map<NewsItem, Item> summaries, Map<NewsItem, WithBody<Item>> fulls,
            Map<NewsItem, WithBody<Entry>> entries, Map<NewsItem, WithBody<SearchIndex.Entry>> searches) {
        this.languages = languages;
        this.summaries = summaries;
        this.fulls = fulls;
        this.entries = entries;
        this.searches = searches;
    }
}
