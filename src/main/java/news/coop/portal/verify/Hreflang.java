package news.coop.portal.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.coop.portal.diag.Diagnostic;

/**
 * {@code verify.hreflang}: language versions are reciprocal. When a page names another as its
 * {@code hreflang="ru"} version, that page is in Russian and names the first in turn; {@code x-default}
 * names the page for readers of no listed language and is no language version. A version that leads
 * to no page is {@link PageLinks}'s to report.
 */
final class Hreflang implements SiteCheck {
    @Override
    public List<Diagnostic> check(BuiltSite site) {
        List<Diagnostic> found = new ArrayList<>();
        site.pages().forEach((file, facts) -> {
            String url = site.urlOf(file);
            facts.alternates().forEach((lang, href) -> {
                if (lang.equalsIgnoreCase("x-default") || href.equals(url)) {
                    return;
                }
                BuiltSite.Target target = site.resolve(file, href);
                String other = target == null || target.problem() != null ? null : target.file();
                if (other == null || !site.pages().containsKey(other)) {
                    return;
                }
                PageFacts them = site.pages().get(other);
                List<String> versions = them.alternates().entrySet().stream().filter(entry -> !entry.getKey().equalsIgnoreCase("x-default"))
                        .map(Map.Entry::getValue).toList();
                if (!versions.contains(url) && versions.stream().noneMatch(value -> sameFile(site, other, value, file))) {
                    found.add(Diagnostic.error(file, 0, 0, "verify.hreflang", "names " + href + " as its \"" + lang + "\" version, but " + other
                            + " does not name this page as one of its language versions" + site.from(file),
                            "give both versions the same translation key, so that each names the other"));
                } else if (!them.lang().isEmpty() && !them.lang().equalsIgnoreCase(lang)) {
                    found.add(Diagnostic.error(file, 0, 0, "verify.hreflang", "names " + href + " as its \"" + lang + "\" version, but that page is in \""
                            + them.lang() + "\"" + site.from(file), "correct the lang of the translation"));
                }
            });
        });
        return found;
    }

    private static boolean sameFile(BuiltSite site, String from, String href, String file) {
        BuiltSite.Target target = site.resolve(from, href);
        return target != null && file.equals(target.file());
    }
}
