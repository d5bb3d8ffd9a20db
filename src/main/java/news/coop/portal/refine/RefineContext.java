package news.coop.portal.refine;

import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.diag.Diagnostics;

/**
 * What a refine step may know about the page it changes, and where it reports a problem.
 *
 * @param output  the page's path inside the site, e.g. {@code en/index.html}
 * @param source  the source file it came from, or "" for generated listings
 * @param images  what the build knows of the pictures an authored text shows
 */
public record RefineContext(SiteConfig config, String output, String source, Diagnostics diagnostics, TextImages images) {

    /** A context for steps that need no pictures: the checks of rendered pages. */
    public RefineContext(SiteConfig config, String output, String source, Diagnostics diagnostics) {
        this(config, output, source, diagnostics, TextImages.NONE);
    }

    /** Reports a problem of this page, named after its source file when it has one. */
    public void error(String code, String message, String hint) {
        error(0, 0, code, message, hint);
    }

    /** Reports a problem of this page at a line and column of its source (0 when unknown), or at the page when it has none. */
    public void error(int line, int column, String code, String message, String hint) {
        String where = source.isEmpty() ? config.display(config.outputDir().resolve(output)) : source;
        boolean placed = !source.isEmpty() && line > 0;
        diagnostics.add(Diagnostic.error(where, placed ? line : 0, placed ? column : 0, code, message + " (on " + output + ")", hint));
    }
}
