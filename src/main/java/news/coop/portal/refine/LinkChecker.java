package news.coop.portal.refine;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import news.coop.portal.address.Addresses;
import news.coop.portal.address.Decoded;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.model.Body;
import news.coop.portal.write.Fingerprints;

/**
 * Proves that every internal link, image, stylesheet and script of every page leads to a file of the
 * site, and every {@code #fragment} to an id on the target page. Collects while the chain runs
 * ({@link #collect}), judges once every page is known ({@link #check}).
 *
 * <p>A warm process keeps one checker from build to build: pages rendered again are collected again,
 * removed ones forgotten, and {@link #check(Set, Collection, boolean)} judges only the links that can
 * have changed. Not thread-safe.
 */
public final class LinkChecker {
    private final SiteConfig config;
    private final Function<String, List<Body.Link>> written;
    /** Each page's source and scan, in the order pages were first collected; the scans' strings are shared. */
    private final Map<String, Page> pages = new java.util.LinkedHashMap<>();

    public LinkChecker(SiteConfig config) {
        this(config, source -> List.of());
    }

    /**
     * @param written a source's links as its author wrote them, with their positions: a broken link
     *                written in a source is reported at its line and column there
     */
    public LinkChecker(SiteConfig config, Function<String, List<Body.Link>> written) {
        this.config = config;
        this.written = written;
    }

    private record Page(String source, PageScan scan) {
    }

    private record Reference(String output, String source, String attribute, String target) {
    }

    /**
     * Records (or replaces) the ids and links of one page, as {@link PageScan} read them.
     *
     * @return whether the page's ids differ from those collected for it before
     */
    public boolean collect(String output, String source, PageScan scan) {
        Page before = pages.put(output, new Page(source, scan));
        return before == null || !new HashSet<>(before.scan().ids()).equals(new HashSet<>(scan.ids()));
    }

    /** Forgets a page the site no longer has. */
    public void forget(String output) {
        pages.remove(output);
    }

    /**
     * Judges the links of some pages only: those of {@code pages}, and, when a page's ids changed,
     * every link to a fragment of another page. Enough when the site's files are the same as at the
     * last full check: no other link can have changed its verdict.
     */
    public List<Diagnostic> check(Set<String> files, Collection<String> changed, boolean idsChanged) {
        List<Reference> judged = new ArrayList<>();
        for (String output : changed) {
            references(output, link -> true, judged);
        }
        if (idsChanged) {
            Set<String> checked = new HashSet<>(changed);
            for (String output : pages.keySet()) {
                if (!checked.contains(output)) {
                    references(output, link -> link.target().indexOf('#') > 0, judged);
                }
            }
        }
        return judge(judged, files);
    }

    /**
     * @param files every file the site will contain (pages, feeds, assets), as paths inside the site
     */
    public List<Diagnostic> check(Set<String> files) {
        // Site-absolute targets repeat on every page: each distinct one is judged once, and a
        // reference object is made only for the links that are judged one by one.
        Map<String, Optional<Problem>> absolute = new HashMap<>();
        List<Reference> judged = new ArrayList<>();
        for (Map.Entry<String, Page> page : pages.entrySet()) {
            for (PageScan.Link link : page.getValue().scan().links()) {
                String target = link.target();
                if (!isSamePageFragment(target) && !isRelative(target)) {
                    Reference reference = new Reference(page.getKey(), page.getValue().source(), link.attribute(), target);
                    if (absolute.computeIfAbsent(target, key -> Optional.ofNullable(problem(reference, files))).isEmpty()) {
                        continue;
                    }
                    judged.add(reference);
                } else {
                    judged.add(new Reference(page.getKey(), page.getValue().source(), link.attribute(), target));
                }
            }
        }
        return judge(judged, files);
    }

    private void references(String output, java.util.function.Predicate<PageScan.Link> which, List<Reference> into) {
        Page page = pages.get(output);
        if (page != null) {
            for (PageScan.Link link : page.scan().links()) {
                if (which.test(link)) {
                    into.add(new Reference(output, page.source(), link.attribute(), link.target()));
                }
            }
        }
    }

    private List<Diagnostic> judge(List<Reference> references, Set<String> files) {
        // A broken link in a template breaks every page: each broken target is reported once, at its
        // source file when only one source carries it, otherwise at the first page, with a count.
        Map<String, List<Reference>> broken = new java.util.LinkedHashMap<>();
        Map<String, Problem> problemOf = new HashMap<>();
        // Most targets are site-absolute ("/en/areas/") and repeat on every page: judged once each.
        Map<String, Optional<Problem>> absolute = new HashMap<>();
        for (Reference reference : references) {
            Problem problem = isSamePageFragment(reference.target()) ? samePage(reference)
                    : isRelative(reference.target()) ? problem(reference, files)
                    : absolute.computeIfAbsent(reference.target(), target -> Optional.ofNullable(problem(reference, files))).orElse(null);
            if (problem != null) {
                broken.computeIfAbsent(reference.target(), target -> new ArrayList<>()).add(reference);
                problemOf.putIfAbsent(reference.target(), problem);
            }
        }
        List<Diagnostic> problems = new ArrayList<>();
        for (Map.Entry<String, List<Reference>> link : broken.entrySet()) {
            List<Reference> pages = link.getValue();
            Reference first = pages.get(0);
            boolean oneSource = !first.source().isEmpty() && pages.stream().allMatch(page -> page.source().equals(first.source()));
            String where = oneSource ? first.source() : config.display(config.outputDir().resolve(first.output()));
            String others = pages.size() == 1 ? "" : " and " + (pages.size() - 1) + " other page" + (pages.size() == 2 ? "" : "s");
            // Where the text writes the link: as it is published, or as it was before the refine steps made it an address.
            Optional<Body.Link> at = oneSource ? written.apply(first.source()).stream()
                    .filter(w -> w.url().equals(link.getKey()) || DocumentLinks.address(config, first.source(), w.url()).filter(link.getKey()::equals).isPresent())
                    .findFirst() : Optional.empty();
            Problem problem = problemOf.get(link.getKey());
            String shown = at.map(Body.Link::url).orElse(link.getKey());
            String message = problem.whole() ? problem.reason() : "the link \"" + shown + "\" " + problem.reason();
            problems.add(Diagnostic.error(where, at.map(Body.Link::line).orElse(0), at.map(Body.Link::column).orElse(0), "link.broken",
                    message + " (on " + first.output() + others + ")", hint(problem, oneSource ? first.source() : "", !shown.startsWith("/") && !shown.equals(link.getKey()))));
        }
        return problems;
    }

    /**
     * What is wrong with a link: the words that follow {@code the link "…"} (or, when {@code whole}, the
     * whole message), and the file inside the site it was looked for at, if it came to that.
     */
    private record Problem(String reason, String missing, boolean whole) {
        static Problem of(String reason) {
            return new Problem(reason, null, false);
        }
    }

    /**
     * What to do about a broken link: for a document beside the text, where to put it; for a file
     * published under a fingerprinted name, how to link it.
     *
     * @param besideTheText whether the text wrote the link relative to its own folder
     */
    private String hint(Problem problem, String source, boolean besideTheText) {
        String missing = problem.missing();
        if (missing != null && besideTheText) {
            return "put the file at " + config.display(config.contentDir()) + "/" + missing + ", beside the text, or correct the link";
        }
        if (missing != null && Fingerprints.fingerprinted(missing) && Files.isRegularFile(config.assetDir().resolve(missing))) {
            String asset = config.display(config.assetDir()) + "/" + missing;
            String name = missing.substring(missing.lastIndexOf('/') + 1);
            return asset + " is published under a name that changes with its content, so " + (source.isEmpty()
                    ? "a template links to it with ${asset(\"" + missing + "\")}"
                    : "a text cannot link to it: move it beside the text, to " + source.substring(0, source.lastIndexOf('/') + 1) + name
                            + ", and link it as […](" + Addresses.make(name) + ")");
        }
        return "correct the link; site links look like /en/areas/energy/ and must lead to a page this build publishes";
    }

    private static final java.util.regex.Pattern PLAIN_FRAGMENT = java.util.regex.Pattern.compile("#[A-Za-z0-9_.:-]*");

    /** Whether a target is a plain {@code #fragment} of its own page (the skip link, footnotes): checked without parsing an address. */
    private static boolean isSamePageFragment(String target) {
        return target.startsWith("#") && PLAIN_FRAGMENT.matcher(target).matches();
    }

    private Problem samePage(Reference reference) {
        String fragment = reference.target().substring(1);
        Page page = pages.get(reference.output());
        if (fragment.isEmpty() || page == null || page.scan().ids().contains(fragment)) {
            return null;
        }
        return Problem.of("names #" + fragment + ", which is not on that page");
    }

    /** Whether a target depends on the page it is on (a relative path or a bare fragment). */
    private static boolean isRelative(String target) {
        return !(target.startsWith("/") || target.startsWith("http:") || target.startsWith("https:"));
    }

    private Problem problem(Reference reference, Set<String> files) {
        String target = reference.target();
        if (target.isEmpty()) {
            return new Problem("an empty " + reference.attribute(), null, true);
        }
        Addresses.Reference address = Addresses.reference(target);
        if (!address.ok()) {
            return Problem.of("is not a valid address: " + address.problem());
        }
        URI uri;
        try {
            // Relative links resolve against where the page is really served: under the base path.
            uri = new URI("https://site.invalid" + config.basePath() + Addresses.make("/" + reference.output())).resolve(address.uri());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Problem.of("is not a valid address");
        }
        if (!"site.invalid".equals(uri.getHost())) {
            return absoluteOnSite(target, address.uri(), files);
        }
        return within(uri.getRawPath(), uri.getRawFragment(), true, files);
    }

    /** An absolute (or scheme-relative) link to our own host is checked like a site-absolute one. */
    private Problem absoluteOnSite(String target, URI uri, Set<String> files) {
        String absolute = target.startsWith("//") ? URI.create(config.baseUrl()).getScheme() + ":" + target : target;
        if (!absolute.startsWith(config.baseUrl() + "/") || uri.getRawPath() == null) {
            return null;
        }
        return within(uri.getRawPath().substring(config.basePath().length()), uri.getRawFragment(), false, files);
    }

    /**
     * @param rawPath   the path as the address holds it, escapes and all
     * @param underBase whether the path still starts with the site's base path
     */
    private Problem within(String rawPath, String rawFragment, boolean underBase, Set<String> files) {
        Decoded decoded = Addresses.read(rawPath);
        if (!decoded.ok()) {
            return Problem.of("is not a valid address: " + decoded.problem());
        }
        String path = decoded.path();
        if (underBase && !config.basePath().isEmpty()) {
            if (!path.startsWith(config.basePath() + "/")) {
                return Problem.of("leaves the site's base path " + config.basePath());
            }
            path = path.substring(config.basePath().length());
        }
        String file = Addresses.file(path);
        if (!files.contains(file)) {
            return new Problem("leads to no file of the site", file, false);
        }
        String fragment = rawFragment == null ? null : Addresses.fragment(rawFragment);
        if (fragment != null && !fragment.isEmpty() && pages.containsKey(file) && !pages.get(file).scan().ids().contains(fragment)) {
            return Problem.of("names #" + fragment + ", which is not on that page");
        }
        return null;
    }
}
