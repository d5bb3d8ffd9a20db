package news.coop.portal.refine;

import news.coop.portal.load.BodyPictures;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * A picture alone in its paragraph becomes a figure, as a news item's lead picture is
 * ({@code templates/components/figure.ftlh}): its title becomes the caption and its credit the credit
 * line, in the text's language, both in a {@code figcaption}:
 * <pre>{@code
 * <figure class="figure"><img src="…" alt="…"><figcaption>The new filters <span class="figure-credit">Photo: BelTA</span></figcaption></figure>
 * }</pre>
 * The paragraph's own attributes ({@code {#id .class}}) pass to the figure. A picture within a line of
 * text stays where it is (validation refuses a credit there, which could not be shown).
 */
public final class Figures implements HtmlTransformer {
    private static final String CREDIT = "data-" + BodyPictures.CREDIT;

    @Override
    public void transform(Document page, RefineContext context) {
        for (Element image : page.select("p > img")) {
            Element paragraph = image.parent();
            if (paragraph.childrenSize() == 1 && paragraph.ownText().isBlank()) {
                paragraph.replaceWith(figure(image, paragraph, context));
            }
        }
        page.select("[" + CREDIT + "]").removeAttr(CREDIT);
    }

    private static Element figure(Element image, Element paragraph, RefineContext context) {
        String caption = image.attr("title").strip();
        String credit = (image.hasAttr(CREDIT) ? image.attr(CREDIT) : paragraph.attr(CREDIT)).strip();
        image.removeAttr("title").removeAttr(CREDIT);
        Element figure = new Element("figure");
        for (Attribute attribute : paragraph.attributes()) {
            if (!attribute.getKey().equals(CREDIT)) {
                figure.attr(attribute.getKey(), attribute.getValue());
            }
        }
        figure.addClass("figure").appendChild(image);
        if (!caption.isEmpty() || !credit.isEmpty()) {
            Element figcaption = figure.appendElement("figcaption").appendText(caption);
            if (!credit.isEmpty()) {
                if (!caption.isEmpty()) {
                    figcaption.appendChild(new TextNode(" "));
                }
                figcaption.appendElement("span").addClass("figure-credit").text(context.images().credit().apply(credit));
            }
        }
        return figure;
    }
}
