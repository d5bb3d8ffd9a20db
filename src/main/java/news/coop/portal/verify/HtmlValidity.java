package news.coop.portal.verify;

import java.util.List;
import news.coop.portal.diag.Diagnostic;

/** {@code verify.html}: every page is valid HTML5 for the Nu HTML Checker, pages checked on every processor. */
final class HtmlValidity implements SiteCheck {
    private final HtmlChecks checks;

    /** @param checks the checker, already starting ({@link HtmlChecks#start()}) */
    HtmlValidity(HtmlChecks checks) {
        this.checks = checks;
    }

    @Override
    public List<Diagnostic> check(BuiltSite site) {
        return site.pages().keySet().parallelStream().map(file -> checks.check(file, site.text(file), site.sourceOf(file)))
                .flatMap(List::stream).toList();
    }
}
