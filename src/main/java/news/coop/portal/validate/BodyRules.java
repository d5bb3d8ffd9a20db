package news.coop.portal.validate;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.function.IntFunction;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.diag.Diagnostics;
import news.coop.portal.diag.Severity;
import news.coop.portal.load.BodyPictures;
import news.coop.portal.load.MarkdownProcessor;
import news.coop.portal.load.RawHtml;
import news.coop.portal.load.SafeHtml;
import news.coop.portal.model.Markdown;

/**
 * The rules of a source's text, each reported where the text breaks it: the title is the page's only
 * h1 ({@code markdown.h1}); only harmless attributes ({@code markdown.attribute}); pictures by
 * {@link Pictures}; whatever {@link SafeHtml} removes from raw HTML ({@code html.*}) and its pictures
 * without a text alternative; links with an address the policy does not allow ({@code html.url-scheme}).
 *
 * <p>Thread-safe: holds only immutable configuration.
 */
final class BodyRules {
    private final SafeHtml html;
    private final Pictures pictures;

    BodyRules(SafeHtml html, Pictures pictures) {
        this.html = html;
        this.pictures = pictures;
    }

    /** Checks the text of the source at {@code path}. */
    void check(Markdown body, String path, Diagnostics diagnostics) {
        for (Node node : body.document().getDescendants()) {
            // Positions are worked out only for a node with a problem: finding a line is not free.
            if (node instanceof Heading heading && heading.getLevel() == 1) {
                diagnostics.error(path, line(body, node), column(node), "markdown.h1", "a \"#\" heading in the body would be a second main title",
                        "the title field is the page's heading; start sections with \"##\"");
            } else if (node instanceof AttributeNode attribute && !attribute.isId() && !attribute.isClass()
                    && !MarkdownProcessor.AUTHOR_ATTRIBUTES.contains(attribute.getName().toString())) {
                diagnostics.error(path, line(body, node), column(node), "markdown.attribute", "the attribute \"" + attribute.getName() + "\" is not allowed in the text",
                        "use {#id}, {.class} or {lang=ru} only; links and images take their address in (…)");
            } else if (node instanceof AttributeNode attribute && attribute.getName().toString().equals(BodyPictures.CREDIT)
                    && !BodyPictures.belongsToPicture(attribute)) {
                diagnostics.error(path, line(body, node), column(node), "markdown.attribute", "a credit belongs to a picture",
                        "write it right after the image: ![What it shows](photo.jpg \"Caption\"){credit=\"Name\"}");
            } else if (node instanceof com.vladsch.flexmark.ast.Image image) {
                pictures.inText(image, body, path, diagnostics);
            } else if (RawHtml.isRawHtml(node) && !RawHtml.isRawHtml(node.getParent())) {
                rawHtml(node, body, path, diagnostics);
            } else if (node instanceof LinkNodeBase link && !SafeHtml.allowsAddress("a", "href", link.getUrl().unescape())) {
                diagnostics.add(new Diagnostic(path, line(body, node), column(node), Severity.WARNING, "html.url-scheme",
                        "the link to \"" + SafeHtml.shown(link.getUrl().unescape()) + "\" is removed; its text stays", SafeHtml.ADDRESS_HINT));
            }
        }
    }

    /**
     * Warns of every part of a piece of raw HTML that the site's {@link SafeHtml} policy removes, and
     * reports each picture it keeps without a text alternative, at its own line and column.
     */
    private void rawHtml(Node node, Markdown body, String path, Diagnostics diagnostics) {
        BasedSequence text = node instanceof Block block && !block.getContentChars().isEmpty() ? block.getContentChars() : node.getChars();
        // A position in the HTML as the file's line and column (the node's own when flexmark cannot map it back).
        IntFunction<int[]> place = index -> {
            int offset = text.getIndexOffset(index);
            return offset < 0 ? new int[] {line(body, node), column(node)}
                    : new int[] {body.firstLine() + body.document().getLineNumber(offset), offset - text.getBaseSequence().lastIndexOf('\n', offset - 1)};
        };
        SafeHtml.Review review = html.review(text.toString());
        for (SafeHtml.Removal removal : review.removals()) {
            int[] at = place.apply(removal.index());
            diagnostics.add(new Diagnostic(path, at[0], at[1], Severity.WARNING, removal.code(), removal.message(), removal.hint()));
        }
        for (int index : review.picturesWithoutText()) {
            int[] at = place.apply(index);
            diagnostics.error(path, at[0], at[1], "image.alt-missing", "the <img> has no text alternative",
                    "write what the picture shows in alt=\"…\" (alt=\"\" if it only decorates), or write it in Markdown: ![Workers at the plant](plant.jpg)");
        }
    }

    /** The file line of a node of the text. */
    static int line(Markdown body, Node node) {
        return body.firstLine() + node.getStartLineNumber();
    }

    /** The 1-based column of a node's first character. */
    static int column(Node node) {
        return node.getStartOffset() - node.getStartOfLine() + 1;
    }
}
