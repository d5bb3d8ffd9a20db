package news.coop.portal.validate;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.coop.portal.diag.Diagnostics;
import news.coop.portal.load.SourceLinks;
import news.coop.portal.model.Body;
import news.coop.portal.model.NewsItem;
import news.coop.portal.model.Page;

/**
 * Checks that need every document at once: two documents claiming one URL, a page whose slug
 * would shadow a section of the site, and links between sources that lead nowhere or to a document
 * that is not published.
 */
public final class SiteValidator {
    /** First URL segments after the language that belong to the site's own sections. */
    public static final Set<String> RESERVED_SLUGS = Set.of("news", "areas", "regions", "archive", "page", "search", "feed.xml");

    private final ZoneId zone;
    private final List<String> languages;
    private final List<String> requiredPages;
    private final List<String> coreLanguages;
    private final String pagesFolder;

    /**
     * @param requiredPages slugs of the pages every language must have, because every page's footer links to them
     * @param pagesFolder   where pages live, as diagnostics name it ({@code content/pages})
     */
    public SiteValidator(ZoneId zone, List<String> languages, List<String> requiredPages, String pagesFolder) {
        this(zone, languages, requiredPages, List.of(), pagesFolder);
    }

    /**
     * @param coreLanguages languages in which every required page must exist, its versions linked by one
     *                      {@code translation} key (none: only the footer rule holds)
     */
    public SiteValidator(ZoneId zone, List<String> languages, List<String> requiredPages, List<String> coreLanguages, String pagesFolder) {
        this.zone = zone;
        this.languages = List.copyOf(languages);
        this.requiredPages = List.copyOf(requiredPages);
        this.coreLanguages = List.copyOf(coreLanguages);
        this.pagesFolder = pagesFolder;
    }

    /**
     * @param published  the documents this build publishes
     * @param allSources the path of every source that validated, published or not
     * @param failed     the path of every source that did not validate: its own errors are reported
     *                   already, so links to it and pages it may have been are not reported again
     * @return source path → site-absolute URL of every published document
     */
    public Map<String, String> check(Iterable<NewsItem> news, Iterable<Page> pages, Set<String> allSources, Set<String> failed,
            Diagnostics diagnostics) {
        Map<String, String> urlToSource = new LinkedHashMap<>();
        Map<String, String> sourceToUrl = new LinkedHashMap<>();
        Map<String, Page> pageAt = new LinkedHashMap<>();
        for (Page page : pages) {
            if (RESERVED_SLUGS.contains(page.slug())) {
                diagnostics.error(page.source(), 1, 1, "slug.reserved", "the slug \"" + page.slug() + "\" is a section of the site",
                        "choose another slug for this page");
                continue;
            }
            claim(page.url(), page.source(), urlToSource, diagnostics);
            sourceToUrl.put(page.source(), page.url());
            pageAt.putIfAbsent(page.url(), page);
        }
        // Claims in path order, so the file reported is always the later one by name.
        java.util.List<NewsItem> byPath = new java.util.ArrayList<>();
        news.forEach(byPath::add);
        byPath.sort(java.util.Comparator.comparing(NewsItem::source));
        for (NewsItem item : byPath) {
            claim(item.url(zone), item.source(), urlToSource, diagnostics);
            sourceToUrl.put(item.source(), item.url(zone));
        }
        // A page that did not validate may be the required one: its own errors say what to fix.
        boolean pageFailed = failed.stream().anyMatch(source -> source.startsWith(pagesFolder + "/"));
        for (String lang : pageFailed ? List.<String>of() : languages) {
            for (String slug : requiredPages) {
                if (!urlToSource.containsKey("/" + lang + "/" + slug + "/")) {
                    if (coreLanguages.contains(lang) && coreMissing(slug, lang, pageAt, diagnostics)) {
                        continue;
                    }
                    diagnostics.error(pagesFolder, 0, 0, "page.required", "there is no \"" + slug + "\" page in \"" + lang
                            + "\", and every " + lang + " page's footer links to /" + lang + "/" + slug + "/",
                            "add " + pagesFolder + "/" + slug + (lang.equals(languages.get(0)) ? "" : "." + lang) + ".md with lang: " + lang + " and slug: " + slug);
                }
            }
        }
        for (String slug : pageFailed ? List.<String>of() : requiredPages) {
            translationKeys(slug, pageAt, diagnostics);
        }
        for (Page page : pages) {
            links(page.source(), page.body(), sourceToUrl, allSources, failed, diagnostics);
        }
        for (NewsItem item : news) {
            links(item.source(), item.body(), sourceToUrl, allSources, failed, diagnostics);
        }
        return sourceToUrl;
    }

    /** The versions of a required page, core languages first in their order, then the other languages. */
    private List<Page> versions(String slug, Map<String, Page> pageAt) {
        List<String> order = new java.util.ArrayList<>(coreLanguages);
        languages.stream().filter(lang -> !order.contains(lang)).forEach(order::add);
        return order.stream().map(lang -> pageAt.get("/" + lang + "/" + slug + "/")).filter(java.util.Objects::nonNull).toList();
    }

    /** The file a page in {@code lang} would be written in, as hints name it. */
    private String fileFor(String slug, String lang) {
        return pagesFolder + "/" + slug + (lang.equals(languages.get(0)) ? "" : "." + lang) + ".md";
    }

    /**
     * Reports a core page missing in a core language at an existing version's {@code translation} field,
     * the key the new file must share; false when no version exists (the page is reported as required).
     */
    private boolean coreMissing(String slug, String lang, Map<String, Page> pageAt, Diagnostics diagnostics) {
        List<Page> versions = versions(slug, pageAt);
        if (versions.isEmpty()) {
            return false;
        }
        Page existing = versions.get(0);
        String key = existing.translation().isEmpty() ? slug : existing.translation();
        diagnostics.error(existing.source(), existing.translationLine(), existing.translationColumn(), "page.core-missing",
                "the core page \"" + slug + "\" has no \"" + lang + "\" version: it must exist in every core language ("
                        + String.join(", ", coreLanguages) + "), linked by one translation key",
                "add " + fileFor(slug, lang) + " with lang: " + lang + ", slug: " + slug + " and translation: " + key);
        return true;
    }

    /**
     * With core languages, every version of a required page carries the same {@code translation} key: the
     * first core language's, or else the first version's that has one.
     */
    private void translationKeys(String slug, Map<String, Page> pageAt, Diagnostics diagnostics) {
        if (coreLanguages.isEmpty()) {
            return;
        }
        List<Page> versions = versions(slug, pageAt);
        Page reference = versions.stream().filter(page -> !page.translation().isEmpty()).findFirst().orElse(null);
        String key = reference == null ? slug : reference.translation();
        for (Page page : versions) {
            if (page.translation().isEmpty()) {
                diagnostics.error(page.source(), page.translationLine(), page.translationColumn(), "page.translation-missing",
                        "the core page \"" + slug + "\" in \"" + page.lang() + "\" has no translation key, so its language versions are not linked",
                        "add translation: " + key + ", the same in every language version");
            } else if (!page.translation().equals(key)) {
                diagnostics.error(page.source(), page.translationLine(), page.translationColumn(), "page.translation-mismatch",
                        "the core page \"" + slug + "\" in \"" + page.lang() + "\" has translation \"" + page.translation() + "\", but "
                                + reference.source() + " has \"" + key + "\"",
                        "write translation: " + key + ", the same in every language version");
            }
        }
    }

    private static void claim(String url, String source, Map<String, String> urlToSource, Diagnostics diagnostics) {
        String first = urlToSource.putIfAbsent(url, source);
        if (first != null) {
            diagnostics.error(source, 1, 1, "url.collision", "this item would be published at " + url + ", which " + first + " already claims",
                    "give one of them a different slug (slug: …) or date");
        }
    }

    private static void links(String source, Body body, Map<String, String> published, Set<String> allSources, Set<String> failed,
            Diagnostics diagnostics) {
        body.links().forEach(link -> SourceLinks.sourceLink(source, link.url()).ifPresent(target -> {
            String url = link.url();
            int line = link.line();
            int column = link.column();
            if (published.containsKey(target.path()) || failed.contains(target.path())) {
                return;
            }
            if (allSources.contains(target.path())) {
                diagnostics.error(source, line, column, "link.unpublished", "the link to " + target.path() + " leads to a draft or embargoed item",
                        "publish that item first, or remove the link");
            } else {
                diagnostics.error(source, line, column, "link.unknown-source", "the link to \"" + url + "\" names no source file (looked for " + target.path() + ")",
                        "check the file name; links between items are relative, e.g. ../2023/2023-09-26-x.md");
            }
        }));
    }
}
