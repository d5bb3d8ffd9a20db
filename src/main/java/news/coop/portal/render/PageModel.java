package news.coop.portal.render;

import java.util.List;
import news.coop.portal.render.Views.DocView;
import news.coop.portal.render.Views.Feed;
import news.coop.portal.render.Views.Item;
import news.coop.portal.render.Views.MonthGroup;
import news.coop.portal.render.Views.Pagination;
import news.coop.portal.render.Views.SitemapPart;
import news.coop.portal.render.Views.SitemapUrl;
import news.coop.portal.render.Views.TermView;
import news.coop.portal.render.Views.YearLink;

/**
 * The model of one page kind: a record whose components are exactly the keys its template receives
 * besides {@code site} and {@code page}, which every HTML page has ({@link PageJob}), and the functions
 * the engine adds ({@code docs/templates.md}, "Keys per page kind"). A component that is null (a news
 * item's {@code older} on the oldest item) is absent for the template.
 *
 * <p>Records, so that two plans can be compared page by page: equal models give equal pages, which is
 * how a rebuild knows which pages to render again. Immutable.
 */
public sealed interface PageModel {
    /** The template's file name in {@code templates/}. */
    String template();

    /** A language's home, or one of its numbered pages. */
    record Home(List<Item> items, Pagination pagination) implements PageModel {
        @Override
        public String template() {
            return "home.ftlh";
        }
    }

    /** One area or region, or one of its numbered pages. */
    record Term(TermView term, List<Item> items, Pagination pagination) implements PageModel {
        @Override
        public String template() {
            return "term.ftlh";
        }
    }

    /** A news item; {@code older} and {@code newer} are null at the ends. */
    record News(Item item, Item older, Item newer, List<Item> related) implements PageModel {
        @Override
        public String template() {
            return "news.ftlh";
        }
    }

    /** All areas, or all regions. */
    record Terms(List<TermView> terms) implements PageModel {
        @Override
        public String template() {
            return "terms.ftlh";
        }
    }

    /** The archive's index of years. */
    record Archive(List<YearLink> years) implements PageModel {
        @Override
        public String template() {
            return "archive.ftlh";
        }
    }

    /** One year of the archive, grouped by month. */
    record ArchiveYear(int year, List<MonthGroup> months, List<YearLink> years) implements PageModel {
        @Override
        public String template() {
            return "archive-year.ftlh";
        }
    }

    /** The search page; {@code index} is the site path of the folder its index files are in. */
    record Search(List<TermView> areas, List<YearLink> years, String index) implements PageModel {
        @Override
        public String template() {
            return "search.ftlh";
        }
    }

    /** A page from {@code content/pages/}. */
    record Doc(DocView doc) implements PageModel {
        @Override
        public String template() {
            return "page.ftlh";
        }
    }

    /** The site's root, which sends readers to {@code target}, the default language's home. */
    record Redirect(String target) implements PageModel {
        @Override
        public String template() {
            return "redirect.ftlh";
        }
    }

    /** A not-found page: it has only {@code site} and {@code page}. */
    record NotFound() implements PageModel {
        @Override
        public String template() {
            return "404.ftlh";
        }
    }

    /** An Atom feed. */
    record FeedFile(Feed feed) implements PageModel {
        @Override
        public String template() {
            return "feed.ftlx";
        }
    }

    /** The sitemap, or one part of it ({@link SitemapPlan}). */
    record Sitemap(List<SitemapUrl> urls) implements PageModel {
        @Override
        public String template() {
            return "sitemap.ftlx";
        }
    }

    /** The sitemap index, listing the parts of a sitemap too large for one file ({@link SitemapPlan}). */
    record SitemapIndex(List<SitemapPart> sitemaps) implements PageModel {
        @Override
        public String template() {
            return "sitemap-index.ftlx";
        }
    }
}
