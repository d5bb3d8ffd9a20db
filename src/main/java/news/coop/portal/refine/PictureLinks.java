package news.coop.portal.refine;

import news.coop.portal.image.ImagePaths;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A link in authored text to a picture the site shows ({@code [the full photo](/img/news/plant.jpg)})
 * goes to the name the picture is published under ({@code /img/news/plant.3f9a1c2e7b.jpg}, with the
 * site's base path): the plain name is not published. Before {@link PrintUrls}, so that paper shows
 * the address that works. A link to a file the site does not show keeps its address.
 */
public final class PictureLinks implements HtmlTransformer {
    @Override
    public void transform(Document page, RefineContext context) {
        for (Element link : page.select("a[href]")) {
            String href = link.attr("href");
            ImagePaths.sitePath(context.config(), context.source(), href)
                    .map(context.images().pictures()::get)
                    .ifPresent(picture -> link.attr("href", context.config().link(picture.src()) + href.replaceFirst("^[^?#]*", "")));
        }
    }
}
