package news.coop.portal.load;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Raw HTML written in Markdown: which nodes are raw HTML, and the rendered HTML of a document cleaned
 * by a {@link SafeHtml} policy only when it has any (a body without raw HTML is left as flexmark wrote
 * it). Stateless.
 */
public final class RawHtml {
    private RawHtml() {
    }

    /** Whether a node is raw HTML written in Markdown: a block, an inline tag, or a comment of either kind. */
    public static boolean isRawHtml(Node node) {
        return node instanceof HtmlBlockBase || node instanceof HtmlInlineBase;
    }

    /** Whether a document holds raw HTML: blocks, inline tags or comments. */
    public static boolean hasRawHtml(Document document) {
        for (Node node : document.getDescendants()) {
            if (isRawHtml(node)) {
                return true;
            }
        }
        return false;
    }

    /** The HTML rendered from {@code document}, cleaned by {@code policy} when the document has raw HTML. */
    static String clean(String html, Document document, SafeHtml policy) {
        return hasRawHtml(document) ? policy.clean(html) : html;
    }
}
