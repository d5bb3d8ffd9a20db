package news.coop.portal.load;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import news.coop.portal.model.Body;
import news.coop.portal.model.Markdown;

/**
 * The links and pictures of a parsed text, collected once when it is read, so that validation and
 * the link check need not keep its tree: every link and picture address with its file line and
 * column, and the picture addresses apart. Immutable.
 *
 * @param links  every link and picture address as written, in text order, with its position
 * @param images the picture addresses as written, in text order
 */
record BodyLinks(List<Body.Link> links, List<String> images) {
    /** Collects the links and pictures of a parsed body. */
    static BodyLinks of(Markdown markdown) {
        Document document = markdown.document();
        List<Body.Link> links = new ArrayList<>();
        List<String> images = new ArrayList<>();
        // flexmark finds a node's line by counting from the top, once per node: a text of many links would
        // take time growing with their number times its length. The lines' starts are found once instead.
        int[] lineStarts = lineStarts(document.getChars().toString());
        forEachLink(document, (node, url) -> {
            int offset = node.getStartOffset();
            int line = Arrays.binarySearch(lineStarts, offset);
            line = line >= 0 ? line : -line - 2;
            links.add(new Body.Link(url, markdown.firstLine() + line, offset - lineStarts[line] + 1));
            if (node instanceof Image) {
                images.add(url);
            }
        });
        return new BodyLinks(links, images);
    }

    /** Every link and image destination in a document, with its node (for positions). */
    static void forEachLink(Document document, BiConsumer<Node, String> action) {
        for (Node node : document.getDescendants()) {
            if (node instanceof Link link) {
                action.accept(node, link.getUrl().toString());
            } else if (node instanceof Image image) {
                action.accept(node, image.getUrl().toString());
            }
        }
    }

    /** The offset of each line's first character, in order: 0, then each offset after a {@code \n}. */
    private static int[] lineStarts(String text) {
        return IntStream.concat(IntStream.of(0), IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').map(i -> i + 1)).toArray();
    }
}
