package news.coop.portal.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.Diagnostics;
import news.coop.portal.model.Document;
import news.coop.portal.model.NewsItem;
import news.coop.portal.model.Page;
import news.coop.portal.model.Site;
import news.coop.portal.model.Status;
import news.coop.portal.pipeline.Configure.Configured;
import news.coop.portal.pipeline.SourceStage.Loaded;
import news.coop.portal.validate.Publication;
import news.coop.portal.validate.SiteValidator;
import news.coop.portal.verify.SourceDocument;

/**
 * The model stage: keeps what this build publishes (no draft, no embargoed item unless the options
 * say so), newest news first, and runs the checks that need every document at once (URLs that
 * collide, links between sources, required pages, language versions). Stateless.
 */
final class ModelStage {
    private ModelStage() {
    }

    /** The site to publish, and the site-absolute URL of each published source (by its path). */
    record Modelled(Site site, Map<String, String> sourceUrls) {
    }

    /** Which documents a build with these options publishes, as of {@code now} (null: this moment). */
    static Publication publication(BuildOptions options) {
        return new Publication(options.drafts(), options.now() != null ? options.now() : Instant.now());
    }

    static Modelled run(Configured configured, Loaded loaded, Publication publication, Diagnostics diagnostics) {
        SiteConfig config = configured.config();
        List<NewsItem> allNews = new ArrayList<>();
        List<Page> allPages = new ArrayList<>();
        Set<String> allSources = new HashSet<>();
        for (Document document : loaded.documents()) {
            allSources.add(document.source());
            // Java 17 has no pattern switch; Document is sealed to these two.
            if (document instanceof NewsItem item) {
                allNews.add(item);
            } else {
                allPages.add((Page) document);
            }
        }
        Map<NewsItem, String> urls = new IdentityHashMap<>();
        allNews.forEach(item -> urls.put(item, item.url(config.zone())));
        List<NewsItem> news = allNews.stream().filter(publication::publishes)
                .sorted(Comparator.comparing((NewsItem item) -> item.date().toInstant()).reversed().thenComparing(urls::get))
                .toList();
        List<Page> pages = allPages.stream().filter(publication::publishes).sorted(Comparator.comparing(Page::url)).toList();
        Map<String, String> sourceUrls = new SiteValidator(config.zone(), config.languages(), config.requiredPages(), config.coreLanguages(),
                config.display(config.contentDir().resolve("pages"))).check(news, pages, allSources, loaded.failed(), diagnostics);
        return new Modelled(new Site(config, news, pages, configured.areas(), configured.regions()), sourceUrls);
    }

    /**
     * Every news item and page of the sources that validated, each with its URL and whether this
     * build publishes it, for {@code portal verify}. A source that does not validate is not listed:
     * its problems are {@code check}'s and {@code build}'s to report.
     */
    static List<SourceDocument> documents(SiteConfig config, Loaded loaded, Publication publication) {
        List<SourceDocument> documents = new ArrayList<>();
        for (Document document : loaded.documents()) {
            if (document instanceof NewsItem item) {
                String withheld = publication.publishes(item) ? ""
                        : !publication.drafts() && item.status() == Status.DRAFT ? "a draft"
                        : "embargoed until " + item.date();
                documents.add(new SourceDocument(item.source(), item.url(config.zone()), item.title(), withheld));
            } else if (document instanceof Page page) {
                documents.add(new SourceDocument(page.source(), page.url(), page.title(), publication.publishes(page) ? "" : "a draft"));
            }
        }
        documents.sort(Comparator.comparing(SourceDocument::source));
        return documents;
    }
}
