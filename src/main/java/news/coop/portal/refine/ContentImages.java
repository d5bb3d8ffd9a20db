package news.coop.portal.refine;

import news.coop.portal.image.ImagePaths;
import news.coop.portal.image.Responsive;
import news.coop.portal.model.Picture;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Images in authored text get what a browser needs to lay them out before they arrive and to fetch
 * no more than the screen needs: the real {@code width} and {@code height} of the file, the smaller
 * copies in {@code srcset} with the {@code sizes} of a figure, and their link (a picture beside its
 * source, {@code plant.jpg}, becomes {@code /news/2024/plant.3f9a1c2e7b.jpg}: the name it is
 * published under, with the site's base path). They
 * decode off the main thread and load lazily: the text is above them. (A news item's lead picture is
 * the template's, and loads at once.) An author's own {@code loading} stays as it is.
 */
public final class ContentImages implements HtmlTransformer {
    @Override
    public void transform(Document page, RefineContext context) {
        for (Element image : page.select("img")) {
            ImagePaths.sitePath(context.config(), context.source(), image.attr("src"))
                    .map(context.images().pictures()::get)
                    .ifPresent(picture -> size(image, picture, context));
            if (!image.hasAttr("loading")) {
                image.attr("loading", "lazy");
            }
            image.attr("decoding", "async");
        }
    }

    private static void size(Element image, Picture picture, RefineContext context) {
        image.attr("src", context.config().link(picture.src()));
        image.attr("width", String.valueOf(picture.width()));
        image.attr("height", String.valueOf(picture.height()));
        String srcset = Responsive.srcset(picture, context.config()::link);
        if (!srcset.isEmpty()) {
            image.attr("srcset", srcset);
            image.attr("sizes", Responsive.FIGURE_SIZES);
        }
    }
}
