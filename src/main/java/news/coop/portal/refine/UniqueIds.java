package news.coop.portal.refine;

import java.util.HashSet;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An id may appear once per page: a second one breaks the skip link, fragment links and labels for
 * screen readers. Typically an author's {@code {#main-content}} clashes with the layout.
 */
public final class UniqueIds implements HtmlTransformer {
    @Override
    public void transform(Document page, RefineContext context) {
        Set<String> seen = new HashSet<>();
        Set<String> reported = new HashSet<>();
        for (Element element : page.select("[id]")) {
            if (!seen.add(element.id()) && reported.add(element.id())) {
                context.error("html.duplicate-id", "the id \"" + element.id() + "\" appears more than once",
                        "an {#" + element.id() + "} in the text or two headings with the same words clash; choose another id");
            }
        }
    }
}
