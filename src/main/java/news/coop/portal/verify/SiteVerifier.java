package news.coop.portal.verify;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.diag.Diagnostics;
import news.coop.portal.write.CssAddresses;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Verifies a built site folder as a host would serve it: every check of {@code portal verify}.
 *
 * <p>Each failure is a {@link Diagnostic} whose path is the file inside the site (forward slashes);
 * its message names the source the file was made from where the file publishes one news item or page
 * (matched by URL against {@code content/}), and the bad target. Codes: {@code verify.link},
 * {@code verify.fragment}, {@code verify.asset}, {@code verify.html}, {@code verify.feed},
 * {@code verify.sitemap}, {@code verify.leak}, {@code verify.hreflang}.
 *
 * <p>Reads the folder only; one instance verifies once. Not thread-safe.
 */
public final class SiteVerifier {
    private static final String LINK_HINT = "site links look like /en/areas/energy/ and must lead to a page the build publishes";
    /** A title shorter than this is too common a phrase to prove a leak ("About", "Energy"). */
    private static final int TITLE_MIN = 12;

    /**
     * An address that names its scheme ({@code mailto:}, {@code tel:}, a {@code data:} picture), which
     * means the same wherever it is read. RFC 3986: a letter, then letters, digits, {@code +}, {@code -}
     * and {@code .}, then a colon.
     */
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");

    private final SiteConfig config;
    private final Path site;
    private final List<SourceDocument> documents;
    private final HtmlChecks htmlChecks;
    /** Site file → the source that published it. */
    private final Map<String, String> sourceOf = new HashMap<>();
    private final Diagnostics diagnostics = new Diagnostics();
    private Set<String> files;
    private final Map<String, PageFacts> pages = new LinkedHashMap<>();
    /** The verdict on each site-absolute or absolute target, which is the same on every page. */
    private final Map<String, java.util.Optional<String>> absoluteProblems = new HashMap<>();

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
        documents.stream().filter(SourceDocument::published).forEach(document -> sourceOf.put(document.file(), document.source()));
    }

    /** What verification found: every failure, and every file it checked (site-relative). */
    public record Result(List<Diagnostic> diagnostics, List<String> files) {
    }

    /** The ids, references, language and hreflang alternates of one HTML page. */
    private record PageFacts(Set<String> ids, List<Reference> references, String lang, Map<String, String> alternates) {
    }

    /** One address in a page: the element and attribute that hold it, and whether it names an asset. */
    private record Reference(String element, String attribute, String target, boolean asset) {
    }

    public Result verify() {
        files = listFiles();
        List<String> html = files.stream().filter(file -> file.endsWith(".html")).toList();
        Map<String, String> texts = new java.util.concurrent.ConcurrentHashMap<>();
        files.parallelStream().filter(SiteVerifier::isText).forEach(file -> texts.put(file, read(file)));
        List<PageFacts> facts = html.parallelStream().map(file -> facts(Jsoup.parse(texts.get(file)))).toList();
        for (int i = 0; i < html.size(); i++) {
            pages.put(html.get(i), facts.get(i));
        }
        if (htmlChecks != null) {
            html.parallelStream().map(file -> htmlChecks.check(file, texts.get(file), sourceOf.getOrDefault(file, ""))).toList()
                    .forEach(diagnostics::addAll);
        }
        pages.forEach(this::checkReferences);
        files.stream().filter(file -> file.endsWith(".css")).forEach(file -> stylesheet(file, texts.get(file)));
        hreflang();
        for (String file : files) {
            if (file.endsWith(".xml") && !file.equals("sitemap.xml") && texts.get(file).contains("http://www.w3.org/2005/Atom")) {
                feed(file, texts.get(file));
            }
        }
        if (files.contains("sitemap.xml")) {
            sitemap(texts.get("sitemap.xml"));
        } else {
            diagnostics.error("sitemap.xml", 0, 0, "verify.sitemap", "the site has no sitemap.xml", "build the site again with portal build");
        }
        leaks(texts);
        List<String> checked = files.stream().filter(SiteVerifier::isText).toList();
        return new Result(diagnostics.sorted(), checked);
    }

    // ---- links, fragments and assets ----

    /** Reads one page in a single walk over its elements (jsoup's selectors would walk it once per selector). */
    private PageFacts facts(Document document) {
        Set<String> ids = new HashSet<>();
        List<Reference> references = new ArrayList<>();
        Map<String, String> alternates = new LinkedHashMap<>();
        for (Element element : document.getAllElements()) {
            if (element.hasAttr("id")) {
                ids.add(element.id());
            }
            String name = element.normalName();
            switch (name) {
                case "a", "area" -> {
                    if (name.equals("a") && element.hasAttr("name")) {
                        ids.add(element.attr("name"));
                    }
                    if (element.hasAttr("href")) {
                        references.add(new Reference(name, "href", element.attr("href"), false));
                    }
                }
                case "link" -> {
                    if (element.hasAttr("href")) {
                        String rel = element.attr("rel").toLowerCase(Locale.ROOT);
                        boolean page = rel.contains("alternate") || rel.contains("canonical") || rel.contains("next") || rel.contains("prev")
                                || rel.contains("search") || rel.contains("author") || rel.contains("license");
                        references.add(new Reference(name, "href", element.attr("href"), !page));
                        if (java.util.Arrays.asList(rel.split("\\s+")).contains("alternate") && element.hasAttr("hreflang")) {
                            alternates.putIfAbsent(element.attr("hreflang"), element.attr("href"));
                        }
                    }
                }
                case "meta" -> {
                    String property = element.hasAttr("property") ? element.attr("property") : element.attr("name");
                    if (property.equals("og:image") || property.equals("twitter:image")) {
                        references.add(new Reference(name, "content", element.attr("content"), true));
                    }
                }
                case "iframe" -> {
                    if (element.hasAttr("src")) {
                        references.add(new Reference(name, "src", element.attr("src"), false));
                    }
                }
                case "img", "source", "script", "video", "audio" -> {
                    if (element.hasAttr("src")) {
                        references.add(new Reference(name, "src", element.attr("src"), true));
                    }
                    if (element.hasAttr("srcset") && !name.equals("script")) {
                        for (String candidate : element.attr("srcset").split(",")) {
                            String address = candidate.strip().split("\\s+")[0];
                            if (!address.isEmpty()) {
                                references.add(new Reference(name, "srcset", address, true));
                            }
                        }
                    }
                }
                default -> {
                }
            }
        }
        Element html = document.selectFirst("html");
        return new PageFacts(ids, references, html == null ? "" : html.attr("lang"), alternates);
    }

    private void checkReferences(String file, PageFacts facts) {
        Set<String> reported = new HashSet<>();
        for (Reference reference : facts.references()) {
            String problem = problem(file, facts, reference);
            if (problem != null && reported.add(reference.target())) {
                String code = problem.startsWith("#") ? "verify.fragment" : reference.asset() ? "verify.asset" : "verify.link";
                String message = switch (code) {
                    case "verify.fragment" -> "the link \"" + reference.target() + "\" names " + problem + ", which is not an id on that page";
                    case "verify.asset" -> "the " + reference.element() + " " + reference.attribute() + " \"" + reference.target() + "\" " + problem;
                    default -> "the link \"" + reference.target() + "\" " + problem;
                };
                String hint = code.equals("verify.asset")
                        ? "put the file in assets/ (or beside the source, for a picture in a text), or correct the address"
                        : code.equals("verify.fragment") ? "link to a heading's id, as the page shows it, or drop the #fragment"
                        : "correct the link; " + LINK_HINT;
                diagnostics.error(file, 0, 0, code, message + from(sourceOf.getOrDefault(file, "")), hint);
            }
        }
    }

    /** Every address a published stylesheet names ({@code url(…)}, {@code @import}) leads to a file of the site. */
    private void stylesheet(String file, String text) {
        for (CssAddresses.Address address : CssAddresses.in(text)) {
            if (CssAddresses.target(file, address.written()) != null) {
                String problem = judge(file, address.written().strip());
                if (problem != null) {
                    diagnostics.error(file, address.line(), address.column(), "verify.asset", "the stylesheet address \"" + address.written() + "\" " + problem,
                            "put the file in assets/, or correct the address in the stylesheet (relative to its folder)");
                }
            }
        }
    }

    /**
     * What is wrong with a reference of a page, or {@code null}: a text starting with {@code #} names
     * a missing fragment; any other text says why the target is not a file of the site.
     */
    private String problem(String file, PageFacts facts, Reference reference) {
        String target = reference.target().strip();
        if (target.isEmpty()) {
            return reference.element().equals("a") ? null : "is empty";
        }
        String lower = target.toLowerCase(Locale.ROOT);
        if (lower.startsWith("mailto:") || lower.startsWith("tel:") || lower.startsWith("data:") || lower.startsWith("javascript:")) {
            return null;
        }
        if (target.startsWith("#")) {
            String fragment = decode(target.substring(1));
            return fragment.isEmpty() || fragment.equals("top") || facts.ids().contains(fragment) ? null : "#" + fragment;
        }
        // Most targets are site-absolute ("/en/areas/") and repeat on every page: judged once each.
        if (target.startsWith("/") && !target.startsWith("//") || lower.startsWith("http:") || lower.startsWith("https:")) {
            return absoluteProblems.computeIfAbsent(target, key -> java.util.Optional.ofNullable(judge(file, key))).orElse(null);
        }
        return judge(file, target);
    }

    /** What is wrong with a target that is not a plain fragment, as {@link #problem} says. */
    private String judge(String file, String target) {
        Target resolved = resolve(file, target);
        if (resolved == null) {
            return null;
        }
        if (resolved.problem() != null) {
            return resolved.problem();
        }
        if (!files.contains(resolved.file())) {
            return "leads to no file of the site (looked for " + resolved.file() + ")";
        }
        String fragment = resolved.fragment();
        if (fragment != null && !fragment.isEmpty() && !fragment.equals("top") && pages.containsKey(resolved.file())
                && !pages.get(resolved.file()).ids().contains(fragment)) {
            return "#" + fragment;
        }
        return null;
    }

    /** A target inside the site: its file, its fragment, or why it cannot be inside the site. */
    private record Target(String file, String fragment, String problem) {
    }

    /** Resolves an address on a page of the site; {@code null} for an address on another host. */
    private Target resolve(String file, String target) {
        URI uri;
        try {
            String absolute = target.startsWith("//") ? URI.create(config.baseUrl()).getScheme() + ":" + target : target;
            uri = URI.create(config.baseUrl() + "/" + file).resolve(new URI(absolute));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return new Target(null, null, "is not a valid address");
        }
        URI base = URI.create(config.baseUrl());
        if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(base.getHost()) || uri.getScheme() == null
                || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
            return null;
        }
        String path = decode(uri.getRawPath() == null ? "" : uri.getRawPath());
        if (!config.basePath().isEmpty()) {
            if (!path.startsWith(config.basePath() + "/")) {
                return new Target(null, null, "leaves the site's base path " + config.basePath());
            }
            path = path.substring(config.basePath().length());
        }
        String inside = path.isEmpty() ? "" : path.substring(1);
        if (inside.isEmpty() || inside.endsWith("/")) {
            inside += "index.html";
        }
        return new Target(inside, uri.getRawFragment() == null ? null : decode(uri.getRawFragment()), null);
    }

    // ---- hreflang ----

    private void hreflang() {
        Map<String, String> fileOfUrl = new HashMap<>();
        pages.keySet().forEach(file -> fileOfUrl.put(urlOf(file), file));
        pages.forEach((file, facts) -> {
            String url = urlOf(file);
            facts.alternates().forEach((lang, href) -> {
                if (lang.equalsIgnoreCase("x-default") || href.equals(url)) {
                    return;
                }
                Target target = resolve(file, href);
                String other = target == null || target.problem() != null ? null : target.file();
                if (other == null || !pages.containsKey(other)) {
                    return; // a missing page is reported as a broken link
                }
                PageFacts them = pages.get(other);
                // x-default names the page for readers of no listed language: not a language version.
                List<String> versions = them.alternates().entrySet().stream().filter(entry -> !entry.getKey().equalsIgnoreCase("x-default"))
                        .map(Map.Entry::getValue).toList();
                if (!versions.contains(url) && versions.stream().noneMatch(value -> sameFile(other, value, file))) {
                    diagnostics.error(file, 0, 0, "verify.hreflang", "names " + href + " as its \"" + lang + "\" version, but " + other
                            + " does not name this page as one of its language versions" + from(sourceOf.getOrDefault(file, "")),
                            "give both versions the same translation key, so that each names the other");
                } else if (!them.lang().isEmpty() && !them.lang().equalsIgnoreCase(lang)) {
                    diagnostics.error(file, 0, 0, "verify.hreflang", "names " + href + " as its \"" + lang + "\" version, but that page is in \""
                            + them.lang() + "\"" + from(sourceOf.getOrDefault(file, "")), "correct the lang of the translation");
                }
            });
        });
    }

    private boolean sameFile(String from, String href, String file) {
        Target target = resolve(from, href);
        return target != null && file.equals(target.file());
    }

    /** The absolute URL a site file is served at: a folder's index.html at the folder. */
    private String urlOf(String file) {
        String path = file.endsWith("index.html") ? file.substring(0, file.length() - "index.html".length()) : file;
        return config.absolute("/" + path);
    }

    // ---- feeds ----

    private void feed(String file, String text) {
        String hint = "the feed template is templates/feed.ftlx; feeds need portal's site.host set to the absolute site URL";
        WireFeed wire;
        try {
            WireFeedInput input = new WireFeedInput();
            input.setXmlHealerOn(false);
            wire = input.build(new InputSource(new StringReader(text)));
        } catch (FeedException | IllegalArgumentException e) {
            diagnostics.error(file, 0, 0, "verify.feed", "not a valid feed: " + e.getMessage(), hint);
            return;
        }
        if (!"atom_1.0".equals(wire.getFeedType()) || !(wire instanceof Feed feed)) {
            diagnostics.error(file, 0, 0, "verify.feed", "not an Atom 1.0 feed (ROME reads it as " + wire.getFeedType() + ")", hint);
            return;
        }
        List<String> problems = new ArrayList<>();
        if (blank(feed.getId())) {
            problems.add("the feed has no id");
        }
        if (feed.getTitleEx() == null || blank(feed.getTitleEx().getValue())) {
            problems.add("the feed has no title");
        }
        if (feed.getUpdated() == null) {
            problems.add("the feed has no valid updated date");
        }
        List<Link> links = new ArrayList<>(feed.getAlternateLinks());
        links.addAll(feed.getOtherLinks());
        if (feed.getOtherLinks().stream().noneMatch(link -> "self".equals(link.getRel()))) {
            problems.add("the feed has no rel=\"self\" link");
        }
        boolean feedAuthor = !feed.getAuthors().isEmpty();
        for (Entry entry : feed.getEntries()) {
            String name = entry.getTitleEx() == null ? "an entry" : "the entry \"" + entry.getTitleEx().getValue() + "\"";
            if (blank(entry.getId())) {
                problems.add(name + " has no id");
            }
            if (entry.getTitleEx() == null || blank(entry.getTitleEx().getValue())) {
                problems.add(name + " has no title");
            }
            if (entry.getUpdated() == null) {
                problems.add(name + " has no valid updated date");
            }
            if (!feedAuthor && entry.getAuthors().isEmpty()) {
                problems.add(name + " has no author, and neither has the feed");
            }
            if (entry.getAlternateLinks().isEmpty()) {
                problems.add(name + " has no alternate link");
            }
            links.addAll(entry.getAlternateLinks());
            links.addAll(entry.getOtherLinks());
            // A feed reader shows the text away from the site: its links and pictures must be absolute too.
            for (com.rometools.rome.feed.atom.Content content : entry.getContents()) {
                if (content.getValue() != null && ("html".equals(content.getType()) || "xhtml".equals(content.getType()))) {
                    for (Element element : Jsoup.parseBodyFragment(content.getValue()).select("a[href], img[src], img[srcset], source[srcset]")) {
                        List<String> addresses = new ArrayList<>();
                        if (element.hasAttr("href")) {
                            addresses.add(element.attr("href"));
                        }
                        if (element.hasAttr("src")) {
                            addresses.add(element.attr("src"));
                        }
                        for (String candidate : element.attr("srcset").split(",")) {
                            if (!candidate.isBlank()) {
                                addresses.add(candidate.strip().split("\\s+")[0]);
                            }
                        }
                        for (String address : addresses) {
                            if (!isAbsolute(address) && !SCHEME.matcher(address.strip()).lookingAt()) {
                                problems.add(name + " has the relative address \"" + address + "\" in its text");
                            }
                        }
                    }
                }
            }
        }
        for (Link link : links) {
            String href = link.getHref();
            if (href == null || !isAbsolute(href)) {
                problems.add("the link \"" + href + "\" is not absolute");
                continue;
            }
            Target target = resolve(file, href);
            if (target != null && (target.problem() != null || !files.contains(target.file()))) {
                problems.add("the link \"" + href + "\" leads to no file of the site");
            }
        }
        for (String problem : new TreeSet<>(problems)) {
            diagnostics.error(file, 0, 0, "verify.feed", problem, hint);
        }
    }

    private static boolean isAbsolute(String address) {
        try {
            URI uri = new URI(address.strip());
            return uri.isAbsolute() && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    // ---- sitemap ----

    private void sitemap(String text) {
        String hint = "the sitemap is made by templates/sitemap.ftlx from the pages the build publishes";
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            Schema schema = factory.newSchema(new StreamSource[] {schemaSource("xhtml-link.xsd"), schemaSource("sitemap.xsd")});
            Validator validator = schema.newValidator();
            List<SAXParseException> errors = new ArrayList<>();
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException exception) {
                }

                @Override
                public void error(SAXParseException exception) {
                    errors.add(exception);
                }

                @Override
                public void fatalError(SAXParseException exception) {
                    errors.add(exception);
                }
            });
            try {
                validator.validate(new StreamSource(new StringReader(text), "sitemap.xml"));
            } catch (SAXException e) {
                if (errors.isEmpty() && e instanceof SAXParseException parse) {
                    errors.add(parse);
                }
            }
            for (SAXParseException error : errors) {
                diagnostics.error("sitemap.xml", Math.max(0, error.getLineNumber()), Math.max(0, error.getColumnNumber()), "verify.sitemap",
                        "not valid against the sitemaps.org schema: " + error.getMessage(), hint);
            }
            if (!errors.isEmpty()) {
                return;
            }
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("the sitemap schemas cannot be read", e);
        }
        Document xml = Jsoup.parse(text, "", Parser.xmlParser());
        Set<String> listed = new TreeSet<>();
        for (Element loc : xml.select("url > loc")) {
            String url = loc.text().strip();
            if (!listed.add(url)) {
                diagnostics.error("sitemap.xml", 0, 0, "verify.sitemap", "lists " + url + " twice", hint);
            }
        }
        Map<String, String> expected = new LinkedHashMap<>();
        for (String file : files) {
            if (isPublicPage(file)) {
                expected.put(urlOf(file), file);
            }
        }
        for (String url : listed) {
            if (!expected.containsKey(url)) {
                Target target = url.startsWith(config.baseUrl() + "/") ? resolve("sitemap.xml", url) : null;
                String why = target == null ? "which is not an address of the site (" + config.baseUrl() + "/…)"
                        : files.contains(target.file()) ? "which is not a public page" : "which leads to no file of the site";
                diagnostics.error("sitemap.xml", 0, 0, "verify.sitemap", "lists " + url + ", " + why, hint);
            }
        }
        expected.forEach((url, file) -> {
            if (!listed.contains(url)) {
                diagnostics.error("sitemap.xml", 0, 0, "verify.sitemap", "does not list the public page " + url + " (" + file + ")"
                        + from(sourceOf.getOrDefault(file, "")), hint);
            }
        });
    }

    /** A page readers and search engines should find: every folder's index.html except the root's redirect. */
    private static boolean isPublicPage(String file) {
        return (file.endsWith("/index.html")) && !file.equals("index.html");
    }

    private static StreamSource schemaSource(String name) throws IOException {
        java.net.URL url = SiteVerifier.class.getResource(name);
        if (url == null) {
            throw new IOException("missing resource " + name);
        }
        return new StreamSource(url.openStream(), url.toExternalForm());
    }

    // ---- leaks ----

    private void leaks(Map<String, String> texts) {
        List<SourceDocument> withheld = documents.stream().filter(document -> !document.published()).toList();
        if (withheld.isEmpty()) {
            return;
        }
        Map<String, String> readable = new HashMap<>();
        for (SourceDocument document : withheld) {
            if (files.contains(document.file())) {
                diagnostics.error(document.file(), 0, 0, "verify.leak", "the page of " + document.source() + " is published, but it is "
                        + document.withheld(), leakHint(document));
            }
        }
        for (String file : files) {
            String text = texts.get(file);
            if (text == null) {
                continue;
            }
            String haystack = readable.computeIfAbsent(file, key -> text.indexOf('&') < 0 ? text : text + "\n" + Parser.unescapeEntities(text, false));
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
                    diagnostics.error(file, 0, 0, "verify.leak", document.source() + " is " + document.withheld() + ", but " + String.join(" and ", traces)
                            + " appear" + (traces.size() == 1 ? "s" : "") + " here" + from(sourceOf.getOrDefault(file, "")), leakHint(document));
                }
            }
        }
    }

    private static String leakHint(SourceDocument document) {
        return "build again without --drafts and with the right --now; if it is still here, a page or template names "
                + document.source() + " by hand";
    }

    // ---- files ----

    private Set<String> listFiles() {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(site)) {
            walk.filter(Files::isRegularFile).forEach(file -> found.add(site.relativize(file).toString().replace('\\', '/')));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the site folder " + site, e);
        }
        return found;
    }

    private String read(String file) {
        try {
            return Files.readString(site.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static boolean isText(String file) {
        String lower = file.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".xml") || lower.endsWith(".json") || lower.endsWith(".txt") || lower.endsWith(".js") || lower.endsWith(".css")
                || lower.endsWith(".webmanifest");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    /** " (made from content/…)", or nothing when the file publishes no one source. */
    static String from(String source) {
        return source == null || source.isEmpty() ? "" : " (made from " + source + ")";
    }
}
