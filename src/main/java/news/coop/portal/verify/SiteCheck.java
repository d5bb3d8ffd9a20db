package news.coop.portal.verify;

import java.util.List;
import news.coop.portal.diag.Diagnostic;

/**
 * One check of {@code portal verify} over a built site, read once for all of them ({@link BuiltSite}).
 * Checks are small, each with its own test, and their order is declared once, in
 * {@link SiteVerifier#checks}. Implementations keep no state between calls.
 */
@FunctionalInterface
interface SiteCheck {
    /** Every failure of this check, each at a file of the site. */
    List<Diagnostic> check(BuiltSite site);
}
