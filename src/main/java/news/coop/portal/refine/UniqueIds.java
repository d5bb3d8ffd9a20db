package news.coop.portal.refine;

import java.util.HashSet;
import java.util.Set;

/**
 * An id may appear once per page: a second one breaks the skip link, fragment links and labels for
 * screen readers. Typically an author's {@code {#main-content}} clashes with the layout.
 */
public final class UniqueIds {
    private UniqueIds() {
    }

    /** Reports each id that appears more than once on the page. */
    public static void check(PageScan page, RefineContext context) {
        Set<String> seen = new HashSet<>();
        Set<String> reported = new HashSet<>();
        for (String id : page.ids()) {
            if (!seen.add(id) && reported.add(id)) {
                context.error("html.duplicate-id", "the id \"" + id + "\" appears more than once",
                        "an {#" + id + "} in the text or two headings with the same words clash; choose another id");
            }
        }
    }
}
