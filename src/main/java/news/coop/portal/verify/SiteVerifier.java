package news.coop.portal.verify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.diag.Diagnostics;

/**
 * Verifies a built site folder as a host would serve it: every check of {@code portal verify}, a
 * chain of small {@link SiteCheck}s over the site read once ({@link BuiltSite}), in the order
 * {@link #checks} declares.
 *
 * <p>Each failure is a {@link Diagnostic} whose path is the file inside the site (forward slashes);
 * its message names the source the file was made from where the file publishes one news item or page
 * (matched by URL against {@code content/}), and the bad target. Codes: {@code verify.html},
 * {@code verify.link}, {@code verify.fragment}, {@code verify.asset}, {@code verify.hreflang},
 * {@code verify.feed}, {@code verify.sitemap}, {@code verify.leak}.
 *
 * <p>Reads the folder only; one instance verifies once. Not thread-safe.
 */
public final class SiteVerifier {
    private final SiteConfig config;
    private final Path site;
    private final List<SourceDocument> documents;
    private final HtmlChecks htmlChecks;

    /**
     * @param config       the site's configuration (its base URL and base path)
     * @param site         the folder to verify: {@code target/site}, or a build's staging folder
     * @param documents    every news item and page of the sources, published or withheld
     * @param htmlChecks   the Nu HTML Checker, already starting ({@link HtmlChecks#start()}), or {@code null} to leave HTML unvalidated
     */
    public SiteVerifier(SiteConfig config, Path site, List<SourceDocument> documents, HtmlChecks htmlChecks) {
        this.config = config;
        this.site = site;
        this.documents = List.copyOf(documents);
        this.htmlChecks = htmlChecks;
    }

    /** What verification found: every failure, and every file it checked (site-relative). */
    public record Result(List<Diagnostic> diagnostics, List<String> files) {
    }

    /**
     * The checks, in the one order they run in: HTML validity first (the longest, on every processor),
     * then the links, fragments and assets of pages and of stylesheets, language versions, feeds, the
     * sitemap and leaks of withheld items.
     *
     * @param html the HTML checker, or {@code null} to leave HTML unvalidated
     */
    static List<SiteCheck> checks(HtmlChecks html) {
        List<SiteCheck> checks = new ArrayList<>();
        if (html != null) {
            checks.add(new HtmlValidity(html));
        }
        checks.addAll(List.of(new PageLinks(), new StylesheetAddresses(), new Hreflang(), new Feeds(), new Sitemap(), new Leaks()));
        return List.copyOf(checks);
    }

    public Result verify() {
        BuiltSite built = BuiltSite.read(config, site, documents);
        Diagnostics diagnostics = new Diagnostics();
        for (SiteCheck check : checks(htmlChecks)) {
            diagnostics.addAll(check.check(built));
        }
        return new Result(diagnostics.sorted(), built.textFiles());
    }
}
