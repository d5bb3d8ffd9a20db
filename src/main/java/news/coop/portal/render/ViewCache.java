package news.coop.portal.render;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import news.coop.portal.model.NewsItem;
import news.coop.portal.render.Views.Entry;
import news.coop.portal.render.Views.Item;
import news.coop.portal.search.SearchIndex;

/**
 * The views one plan makes of the news items, reusing those of the last plan ({@link PlanMemo}). A news
 * item whose source did not change is the same object in the next build (the pipeline's memo keeps
 * it), so its views are looked up by identity and reused: planning ten thousand items again costs
 * lookups, and comparing the new plan with the last one meets the same view objects. A full view
 * and a feed entry also depend on the body's HTML, and are reused only with the same HTML.
 *
 * <p>One cache per plan; {@link #memo()} freezes what it used for the next. Languages are planned on
 * several threads, but an item is only ever asked for by its own language's plan, so the maps need
 * only be safe for concurrent use, not for concurrent use of one key.
 */
final class ViewCache {
    record WithBody<T>(String bodyHtml, T view) {
    }

    /** A language's pages, sitemap entries and search index files, and the objects they were planned from. */
    record LanguageResult(List<Object> inputs, List<PageJob> jobs, List<Views.SitemapUrl> sitemap, Map<String, String> files) {
    }

    private final PlanMemo last;
    private final Map<String, LanguageResult> languages = new ConcurrentHashMap<>();
    private final Map<NewsItem, Item> summaries = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<NewsItem, WithBody<Item>> fulls = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<NewsItem, WithBody<Entry>> entries = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<NewsItem, WithBody<SearchIndex.Entry>> searches = Collections.synchronizedMap(new IdentityHashMap<>());

    ViewCache(PlanMemo last) {
        this.last = last;
    }

    /** What this plan made, frozen for the next: the views of the plan before the last one are forgotten. */
    PlanMemo memo() {
        return new PlanMemo(Map.copyOf(languages), Collections.unmodifiableMap(summaries), Collections.unmodifiableMap(fulls),
                Collections.unmodifiableMap(entries), Collections.unmodifiableMap(searches));
    }

    /**
     * The last plan of a language, if it was made from the very same objects (compared by
     * identity: the pipeline keeps an unchanged item, its body and the vocabularies as the same
     * objects). An edit in one language then leaves the other languages' plans as they were.
     */
    LanguageResult reusable(String lang, List<Object> inputs) {
        LanguageResult known = last.languages.get(lang);
        if (known == null || known.inputs().size() != inputs.size()) {
            return null;
        }
        for (int i = 0; i < inputs.size(); i++) {
            if (known.inputs().get(i) != inputs.get(i)) {
                return null;
            }
        }
        return known;
    }

    void remember(String lang, LanguageResult result) {
        languages.put(lang, result);
    }

    Item summary(NewsItem item, Function<NewsItem, Item> make) {
        return summaries.computeIfAbsent(item, key -> {
            Item known = last.summaries.get(key);
            return known != null ? known : make.apply(key);
        });
    }

    Item full(NewsItem item, String bodyHtml, Function<NewsItem, Item> make) {
        return withBody(fulls, last.fulls, item, bodyHtml, make);
    }

    Entry entry(NewsItem item, String bodyHtml, Function<NewsItem, Entry> make) {
        return withBody(entries, last.entries, item, bodyHtml, make);
    }

    SearchIndex.Entry search(NewsItem item, String bodyHtml, Function<NewsItem, SearchIndex.Entry> make) {
        return withBody(searches, last.searches, item, bodyHtml, make);
    }

    private static <T> T withBody(Map<NewsItem, WithBody<T>> now, Map<NewsItem, WithBody<T>> before, NewsItem item, String bodyHtml,
            Function<NewsItem, T> make) {
        WithBody<T> known = now.get(item);
        if (known == null || !known.bodyHtml().equals(bodyHtml)) {
            WithBody<T> previous = before.get(item);
            known = previous != null && previous.bodyHtml().equals(bodyHtml) ? previous : new WithBody<>(bodyHtml, make.apply(item));
            now.put(item, known);
        }
        return known.view();
    }
}
