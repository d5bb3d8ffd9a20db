package news.coop.portal.refine;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.coop.portal.diag.DiagnosticException;
import news.coop.portal.load.SourceText;

/**
 * An id may appear once per page: a second one breaks the skip link, fragment links and labels for
 * screen readers. Typically an author's {@code {#main-content}} clashes with the layout.
 */
public final class UniqueIds {
    private UniqueIds() {
    }

    /**
     * Reports each id that appears more than once on the page: at the place its source writes it
     * ({@code {#id}}, or {@code id="…"} in raw HTML; the second place when it is written twice), or at
     * the source alone when the id is no author's (a heading's own, the layout's).
     */
    public static void check(PageScan page, RefineContext context) {
        Set<String> seen = new HashSet<>();
        Set<String> reported = new HashSet<>();
        String source = null;
        for (String id : page.ids()) {
            if (!seen.add(id) && reported.add(id)) {
                source = source != null ? source : sourceText(context);
                int at = written(source, id);
                context.error(at < 0 ? 0 : SourceText.lineOf(source, at), at < 0 ? 0 : SourceText.columnOf(source, at), "html.duplicate-id",
                        "the id \"" + id + "\" appears more than once",
                        "an {#" + id + "} in the text or two headings with the same words clash; choose another id");
            }
        }
    }

    /** Where the text writes {@code id}, from 0: its second place when it has two or more, or -1 when it does not. */
    static int written(String text, String id) {
        String quoted = Pattern.quote(id);
        Pattern place = Pattern.compile("(?<=\\{[^}\\n]{0,200})#" + quoted + "(?=[\\s}.#])|(?i:\\bid)\\s*=\\s*([\"']?)" + quoted + "\\1(?=[\\s/>])");
        List<Integer> places = new ArrayList<>();
        Matcher matcher = place.matcher(text);
        while (matcher.find() && places.size() < 2) {
            places.add(matcher.start());
        }
        return places.isEmpty() ? -1 : places.get(places.size() - 1);
    }

    /** The page's source as diagnostics count its lines, or "" for a generated page or a source that cannot be read now. */
    private static String sourceText(RefineContext context) {
        if (context.source().isEmpty()) {
            return "";
        }
        try {
            return SourceText.decode(Files.readAllBytes(context.config().root().resolve(context.source())), context.source()).text();
        } catch (IOException | DiagnosticException e) {
            // Reported where it is read; here it only means the place is unknown.
            return "";
        }
    }
}
