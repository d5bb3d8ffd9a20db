package news.coop.portal.render;

import news.coop.portal.diag.Diagnostic;

/**
 * The render stage's seam: fills one page's template in with its model. The JBake adapter
 * implements it with JBake's template engines and our Freemarker engine; the rest of the pipeline
 * knows only this interface. Implementations are thread-safe: pages render in parallel, in any order.
 */
@FunctionalInterface
public interface PageRenderer {
    /** The page's text, or the diagnostic that says which template line failed and why. */
    Rendered render(PageJob job);

    /** A rendered page ({@code failure} null), or why it could not be rendered ({@code text} empty). */
    record Rendered(String text, Diagnostic failure) {
        public static Rendered failed(Diagnostic diagnostic) {
            return new Rendered("", diagnostic);
        }
    }
}
