package news.coop.portal.verify;

import java.util.ArrayList;
import java.util.List;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.Diagnostic;
import org.jsoup.parser.Parser;

/**
 * {@code verify.leak}: no draft and no item dated after the build's "now" left a trace: no page of
 * its own, and neither its URL nor its title anywhere in a text file of the site (a page, feed,
 * sitemap or search index), entities decoded.
 */
final class Leaks implements SiteCheck {
    /** A title shorter than this is too common a phrase to prove a leak ("About", "Energy"). */
    private static final int TITLE_MIN = 12;

    @Override
    public List<Diagnostic> check(BuiltSite site) {
        List<Diagnostic> found = new ArrayList<>();
        List<SourceDocument> withheld = site.documents().stream().filter(document -> !document.published()).toList();
        if (withheld.isEmpty()) {
            return found;
        }
        for (SourceDocument document : withheld) {
            if (site.has(document.file())) {
                found.add(Diagnostic.error(document.file(), 0, 0, "verify.leak", "the page of " + document.source() + " is published, but it is "
                        + document.withheld(), hint(document)));
            }
        }
        SiteConfig config = site.config();
        for (String file : site.files()) {
            String text = site.text(file);
            if (text == null) {
                continue;
            }
            String haystack = text.indexOf('&') < 0 ? text : text + "\n" + Parser.unescapeEntities(text, false);
            for (SourceDocument document : withheld) {
                if (file.equals(document.file())) {
                    continue;
                }
                List<String> traces = new ArrayList<>();
                if (haystack.contains(config.link(document.url())) || haystack.contains(config.absolute(document.url()))) {
                    traces.add("its URL " + document.url());
                }
                if (document.title().length() >= TITLE_MIN && haystack.contains(document.title())) {
                    traces.add("its title \"" + document.title() + "\"");
                }
                if (!traces.isEmpty()) {
                    found.add(Diagnostic.error(file, 0, 0, "verify.leak", document.source() + " is " + document.withheld() + ", but "
                            + String.join(" and ", traces) + " appear" + (traces.size() == 1 ? "s" : "") + " here" + site.from(file), hint(document)));
                }
            }
        }
        return found;
    }

    private static String hint(SourceDocument document) {
        return "build again without --drafts and with the right --now; if it is still here, a page or template names "
                + document.source() + " by hand";
    }
}
