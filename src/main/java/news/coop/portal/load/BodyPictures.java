package news.coop.portal.load;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a picture is written in a text, and what it becomes:
 * <pre>
 * ![Workers at the water plant](plant.jpg "The new filters, installed in May"){credit="BelTA"}
 * ![](ornament.png){.decorative}
 * </pre>
 * A picture alone in its paragraph becomes a figure: its title is the caption and its
 * {@code credit} attribute the credit line, both shown under it. {@code .decorative} marks a picture
 * that only decorates: it has no text alternative ({@code alt=""}). The attributes count when they
 * follow the picture at once, or stand anywhere in a picture's own paragraph.
 *
 * <p>In the HTML flexmark writes, the credit travels as {@code data-credit} ({@link SafeAttributes})
 * until the refine stage's {@code Figures} step puts it into the caption. Stateless.
 */
public final class BodyPictures {
    /** The attribute that names a picture's photographer or source. */
    public static final String CREDIT = "credit";
    /** The class that marks a picture that only decorates. */
    public static final String DECORATIVE = "decorative";

    private BodyPictures() {
    }

    /** Whether a picture is the only thing in its paragraph (besides attributes and line breaks): it becomes a figure. */
    public static boolean standsAlone(Image image) {
        if (!(image.getParent() instanceof Paragraph paragraph)) {
            return false;
        }
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            boolean ignorable = child instanceof AttributesNode || child instanceof SoftLineBreak || child instanceof HardLineBreak
                    || child instanceof Text && child.getChars().isBlank();
            if (child != image && !ignorable) {
                return false;
            }
        }
        return true;
    }

    /** The attributes written for a picture: right after it, and, when it stands alone, anywhere in its paragraph. */
    static List<AttributeNode> attributes(Image image) {
        List<AttributeNode> attributes = new ArrayList<>();
        List<Node> holders = new ArrayList<>();
        if (standsAlone(image)) {
            image.getParent().getChildren().forEach(holders::add);
        } else if (image.getNext() instanceof AttributesNode next) {
            holders.add(next);
        }
        for (Node holder : holders) {
            if (holder instanceof AttributesNode) {
                holder.getChildren().forEach(child -> {
                    if (child instanceof AttributeNode attribute) {
                        attributes.add(attribute);
                    }
                });
            }
        }
        return attributes;
    }

    public static boolean isDecorative(Image image) {
        return attributes(image).stream().anyMatch(attribute -> attribute.isClass() && attribute.getValue().toString().equals(DECORATIVE));
    }

    public static Optional<String> credit(Image image) {
        return attributes(image).stream().filter(attribute -> attribute.getName().toString().equals(CREDIT))
                .map(attribute -> attribute.getValue().toString()).findFirst();
    }

    /** Whether a {@code credit} attribute is written for a picture (so that it can be shown), not for a heading or a paragraph of text. */
    public static boolean belongsToPicture(AttributeNode attribute) {
        Node holder = attribute.getParent();
        if (holder.getPrevious() instanceof Image image && attributes(image).contains(attribute)) {
            return true;
        }
        for (Node sibling = holder.getParent() == null ? null : holder.getParent().getFirstChild(); sibling != null; sibling = sibling.getNext()) {
            if (sibling instanceof Image image && attributes(image).contains(attribute)) {
                return true;
            }
        }
        return false;
    }
}
