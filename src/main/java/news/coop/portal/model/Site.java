package news.coop.portal.model;

import java.util.List;
import news.coop.portal.config.SiteConfig;

/**
 * Everything that will be published, validated and immutable: the input of the render stage.
 *
 * @param news   the items to publish, newest first (ties broken by URL), drafts and embargoed items already removed
 * @param pages  the pages to publish, by URL
 */
public record Site(SiteConfig config, List<NewsItem> news, List<Page> pages, Vocabulary areas, Vocabulary regions) {
    public Site {
        news = List.copyOf(news);
        pages = List.copyOf(pages);
    }

    public List<NewsItem> news(String lang) {
        return news.stream().filter(item -> item.lang().equals(lang)).toList();
    }
}
