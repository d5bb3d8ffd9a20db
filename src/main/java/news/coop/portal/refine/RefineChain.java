package news.coop.portal.refine;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

/**
 * The refine stage. Authored text (the HTML flexmark made of a source's Markdown) is parsed once with
 * jsoup, passed through {@link #STEPS} in order and serialised once; it is refined once per source,
 * not once per page it appears on. Every rendered page is then read with {@link PageScan} for the
 * checks that need the whole page: repeated ids here, broken links in {@link LinkChecker}.
 *
 * <p>Templates are our own code: what the steps do for authored text (links to pictures and documents, link {@code rel}, printed link
 * addresses, image hints, figures and image sizes, table alignment) templates write directly.
 * Thread-safe: steps are stateless.
 */
public final class RefineChain {
    /** The refine steps for authored text, in the one order they run in. */
    public static final List<HtmlTransformer> STEPS = List.of(
            new PictureLinks(),
            new DocumentLinks(),
            new ExternalLinks(),
            new PrintUrls(),
            new Figures(),
            new ContentImages(),
            new TableAlignment());

    private RefineChain() {
    }

    /**
     * The refined HTML of one source's text; problems go to the context, whose {@code output} is the
     * page the text is published on (relative links are resolved against it). Text without a link, an
     * image or an aligned table cell, which no step changes, is returned as it is.
     */
    public static String body(String html, RefineContext context) {
        String lower = html.toLowerCase(java.util.Locale.ROOT);
        if (!(lower.contains("<a ") || lower.contains("<img") || lower.contains(" align="))) {
            return html;
        }
        Document fragment = Jsoup.parseBodyFragment(html);
        fragment.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        for (HtmlTransformer step : STEPS) {
            step.transform(fragment, context);
        }
        return fragment.body().html();
    }

    /** Checks one rendered page and returns what the link check needs of it. */
    public static PageScan page(String text, RefineContext context) {
        PageScan scan = PageScan.scan(text);
        UniqueIds.check(scan, context);
        return scan;
    }
}
