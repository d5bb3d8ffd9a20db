package news.coop.portal.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import news.coop.portal.address.Addresses;
import news.coop.portal.diag.Diagnostic;

/**
 * {@code verify.link}, {@code verify.fragment} and {@code verify.asset} for pages: every link of
 * every page leads to a file of the site, every {@code #fragment} to an id on the page it leads to,
 * and every picture, stylesheet, script and sharing picture a page loads exists. Each bad target is
 * reported once per page; addresses of other hosts, {@code mailto:}, {@code tel:}, {@code data:} and
 * {@code javascript:} are not judged.
 */
final class PageLinks implements SiteCheck {
    private static final String LINK_HINT = "site links look like /en/areas/energy/ and must lead to a page the build publishes";

    @Override
    public List<Diagnostic> check(BuiltSite site) {
        List<Diagnostic> found = new ArrayList<>();
        // Most targets are site-absolute ("/en/areas/") and repeat on every page: judged once each.
        Map<String, Optional<String>> absolute = new HashMap<>();
        site.pages().forEach((file, facts) -> {
            Set<String> reported = new HashSet<>();
            for (PageFacts.Reference reference : facts.references()) {
                String problem = problem(site, file, facts, reference, absolute);
                if (problem != null && reported.add(reference.target())) {
                    found.add(diagnostic(file, reference, problem, site.from(file)));
                }
            }
        });
        return found;
    }

    private static Diagnostic diagnostic(String file, PageFacts.Reference reference, String problem, String from) {
        String code = problem.startsWith("#") ? "verify.fragment" : reference.asset() ? "verify.asset" : "verify.link";
        String message = switch (code) {
            case "verify.fragment" -> "the link \"" + reference.target() + "\" names " + problem + ", which is not an id on that page";
            case "verify.asset" -> "the " + reference.element() + " " + reference.attribute() + " \"" + reference.target() + "\" " + problem;
            default -> "the link \"" + reference.target() + "\" " + problem;
        };
        String hint = switch (code) {
            case "verify.asset" -> "put the file in assets/ (or beside the source, for a picture in a text), or correct the address";
            case "verify.fragment" -> "link to a heading's id, as the page shows it, or drop the #fragment";
            default -> "correct the link; " + LINK_HINT;
        };
        return Diagnostic.error(file, 0, 0, code, message + from, hint);
    }

    /**
     * What is wrong with a reference of a page, or {@code null}: a text starting with {@code #} names
     * a missing fragment; any other text says why the target is not a file of the site.
     */
    private static String problem(BuiltSite site, String file, PageFacts facts, PageFacts.Reference reference, Map<String, Optional<String>> absolute) {
        String target = reference.target().strip();
        if (target.isEmpty()) {
            return reference.element().equals("a") ? null : "is empty";
        }
        String lower = target.toLowerCase(Locale.ROOT);
        if (lower.startsWith("mailto:") || lower.startsWith("tel:") || lower.startsWith("data:") || lower.startsWith("javascript:")) {
            return null;
        }
        if (target.startsWith("#")) {
            String fragment = Addresses.fragment(target.substring(1));
            return fragment.isEmpty() || fragment.equals("top") || facts.ids().contains(fragment) ? null : "#" + fragment;
        }
        if (target.startsWith("/") && !target.startsWith("//") || lower.startsWith("http:") || lower.startsWith("https:")) {
            return absolute.computeIfAbsent(target, key -> Optional.ofNullable(site.judge(file, key))).orElse(null);
        }
        return site.judge(file, target);
    }
}
