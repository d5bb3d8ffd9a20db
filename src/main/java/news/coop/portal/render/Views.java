package news.coop.portal.render;

import java.util.List;

/**
 * The values templates receive, as documented in {@code docs/templates.md}. Records, so that
 * Freemarker exposes their components as hash keys ({@code item.title}) and nothing can change them.
 * URLs named {@code url} are links (site base path included); {@code canonical}, {@code feed} and
 * feed URLs are absolute.
 */
public final class Views {
    private Views() {
    }

    /**
     * A news item. Summaries leave {@code bodyHtml} and {@code jsonLd} null. {@code updatedIso} and
     * {@code updatedText} are null unless the item was updated after its date. {@code draft} is true only
     * for a draft published by a preview ({@code --drafts}): production builds publish no drafts.
     */
    public record Item(String title, String lead, String url, String lang, String dateIso, String dateText, String updatedIso, String updatedText,
            List<TermLink> areas, List<TermLink> regions, ImageView image, String bodyHtml, String jsonLd, boolean draft) {
    }

    public record TermLink(String id, String label, String url) {
    }

    public record TermView(String id, String label, String description, String url, String feed, int count) {
    }

    /**
     * A news item's lead picture. {@code src} is a site path (print it through {@code url()});
     * {@code srcset} is ready to print (links, base path included), "" when the picture has no smaller
     * copies, and {@code sizes} goes with it. {@code alt} is "" for a decorative picture;
     * {@code caption} and {@code credit} may be "".
     */
    public record ImageView(String src, String alt, String caption, String credit, int width, int height, String srcset, String sizes,
            boolean decorative) {
    }

    /** The picture that represents a page when it is shared (Open Graph, Twitter cards): absolute URL, pixel size, and text ("" if decorative). */
    public record ShareImage(String url, String alt, int width, int height) {
    }

    public record Pagination(int current, int total, String prevUrl, String nextUrl, List<PageLink> pages) {
    }

    /** One numbered link of a pagination; {@code gapBefore} marks skipped numbers before it (shown as "…"). */
    public record PageLink(int number, String url, boolean current, boolean gapBefore) {
    }

    public record Crumb(String title, String url) {
    }

    /**
     * One version of a page for {@code <link rel="alternate" hreflang>} and the sitemap: {@code lang}
     * is a language code or {@code x-default}, {@code url} is absolute, {@code path} is site-absolute
     * (print it through {@code url()} to link to it).
     */
    public record Alternate(String lang, String url, String path) {
    }

    /**
     * A site language: {@code name} and {@code fallback} are written in that language;
     * {@code fallback} is the language switcher's note on a link that leads to the language's home
     * because the page has no version in it ("няма беларускай версіі: галоўная старонка").
     */
    public record LanguageLink(String code, String name, String url, String fallback) {
    }

    /** {@code feed} is the absolute URL of the language's Atom feed, or null while the language has no news. */
    public record SiteView(String name, String baseUrl, String defaultLang, List<LanguageLink> languages, String feed) {
    }

    /**
     * What every HTML page knows about itself. {@code alternates} lists every language version of the
     * page, itself included, then {@code x-default} (empty on the root redirect and {@code 404.html});
     * {@code feed} is null when the page has none;
     * {@code image}, {@code published} and {@code modified} (ISO-8601 with offset) are set for news
     * items only, {@code image} when the item has a picture.
     */
    public record PageInfo(String kind, String lang, String title, String description, String url, String canonical, String ogType,
            List<Crumb> breadcrumbs, String feed, List<Alternate> alternates, ShareImage image, String published, String modified) {

        /** The same page with these versions for {@code hreflang}. */
        public PageInfo withAlternates(List<Alternate> versions) {
            return new PageInfo(kind, lang, title, description, url, canonical, ogType, breadcrumbs, feed, versions, image, published, modified);
        }
    }

    public record YearLink(int year, String url, int count) {
    }

    public record MonthGroup(String name, List<Item> items) {
    }

    /** A page from {@code content/pages/}; {@code draft} as for {@link Item}. */
    public record DocView(String title, String lead, String bodyHtml, boolean draft) {
    }

    public record Feed(String title, String id, String selfUrl, String alternateUrl, String updated, String lang, List<Entry> entries) {
    }

    public record Entry(String id, String title, String url, String published, String updated, String summary, String contentHtml,
            List<String> categories) {
    }

    /** {@code alternates} lists every version of the page, itself and x-default included (empty until the plan joins the languages). */
    public record SitemapUrl(String loc, String lastmod, List<Alternate> alternates) {
        public SitemapUrl(String loc, String lastmod) {
            this(loc, lastmod, List.of());
        }

        public SitemapUrl withAlternates(List<Alternate> versions) {
            return new SitemapUrl(loc, lastmod, versions);
        }
    }

    /** A part of a sitemap split by {@link SitemapPlan}: its absolute URL, and the newest lastmod of its entries ("" when none has one). */
    public record SitemapPart(String loc, String lastmod) {
    }
}
