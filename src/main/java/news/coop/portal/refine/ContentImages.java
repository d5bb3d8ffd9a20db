package news.coop.portal.refine;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Images in authored text decode off the main thread, and all but the first load lazily, so text
 * appears at once on slow connections. (A news item's lead picture is the template's, and eager.)
 */
public final class ContentImages implements HtmlTransformer {
    @Override
    public void transform(Document page, RefineContext context) {
        boolean first = true;
        for (Element image : page.select("img")) {
            image.attr("decoding", "async");
            if (!first && !image.hasAttr("loading")) {
                image.attr("loading", "lazy");
            }
            first = false;
        }
    }
}
