package news.coop.portal.refine;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Images inside the main content load lazily and decode off the main thread, so text appears at once
 * on slow connections. The first image of a page (usually the lead picture) is left eager.
 */
public final class ContentImages implements HtmlTransformer {
    @Override
    public void transform(Document page, RefineContext context) {
        boolean first = true;
        for (Element image : page.select("main img")) {
            image.attr("decoding", "async");
            if (!first && !image.hasAttr("loading")) {
                image.attr("loading", "lazy");
            }
            first = false;
        }
    }
}
