package news.coop.portal.refine;

import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * flexmark writes column alignment as the obsolete {@code align} attribute, which HTML5 validators
 * reject; it becomes a class ({@code align-right}) that the stylesheet styles.
 */
public final class TableAlignment implements HtmlTransformer {
    private static final Set<String> ALIGNMENTS = Set.of("left", "right", "center");

    @Override
    public void transform(Document page, RefineContext context) {
        for (Element cell : page.select("th[align], td[align]")) {
            String align = cell.attr("align");
            cell.removeAttr("align");
            if (ALIGNMENTS.contains(align)) {
                cell.addClass("align-" + align);
            }
        }
    }
}
