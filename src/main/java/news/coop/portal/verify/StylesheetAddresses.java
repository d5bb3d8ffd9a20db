package news.coop.portal.verify;

import java.util.ArrayList;
import java.util.List;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.write.CssAddresses;

/**
 * {@code verify.asset} for stylesheets: every address a published stylesheet names ({@code url(…)},
 * {@code @import}) leads to a file of the site, reported at its line and column.
 */
final class StylesheetAddresses implements SiteCheck {
    @Override
    public List<Diagnostic> check(BuiltSite site) {
        List<Diagnostic> found = new ArrayList<>();
        for (String file : site.files()) {
            if (!file.endsWith(".css")) {
                continue;
            }
            for (CssAddresses.Address address : CssAddresses.in(site.text(file))) {
                String problem = CssAddresses.target(file, address.written()) == null ? null : site.judge(file, address.written().strip());
                if (problem != null) {
                    found.add(Diagnostic.error(file, address.line(), address.column(), "verify.asset", "the stylesheet address \"" + address.written() + "\" "
                            + problem, "put the file in assets/, or correct the address in the stylesheet (relative to its folder)"));
                }
            }
        }
        return found;
    }
}
