package news.coop.portal.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import news.coop.portal.address.Addresses;
import news.coop.portal.address.Decoded;
import news.coop.portal.config.SiteConfig;
import org.jsoup.Jsoup;

/**
 * A built site folder as every check of {@code portal verify} reads it, read once: its files, the
 * text of each text file, each HTML page parsed once ({@link PageFacts}), the sources the pages were
 * made from, and where an address on a page of the site leads ({@link #resolve}, by
 * {@link Addresses}). Files are named by their paths inside the site, with forward slashes.
 *
 * <p>Immutable once read, and thread-safe.
 */
final class BuiltSite {
    private final SiteConfig config;
    private final Set<String> files;
    private final Map<String, String> texts;
    private final Map<String, PageFacts> pages;
    private final List<SourceDocument> documents;
    /** Site file → the source that published it. */
    private final Map<String, String> sourceOf;

    private BuiltSite(SiteConfig config, Set<String> files, Map<String, String> texts, Map<String, PageFacts> pages, List<SourceDocument> documents) {
        this.config = config;
        this.files = files;
        this.texts = texts;
        this.pages = pages;
        this.documents = documents;
        Map<String, String> sources = new HashMap<>();
        documents.stream().filter(SourceDocument::published).forEach(document -> sources.put(document.file(), document.source()));
        this.sourceOf = sources;
    }

    /**
     * Reads a site folder: the text files and the pages on every processor.
     *
     * @param documents every news item and page of the sources, published or withheld
     */
    static BuiltSite read(SiteConfig config, Path site, List<SourceDocument> documents) {
        Set<String> files = listFiles(site);
        Map<String, String> texts = new ConcurrentHashMap<>();
        files.parallelStream().filter(BuiltSite::isText).forEach(file -> texts.put(file, read(site, file)));
        List<String> html = files.stream().filter(file -> file.endsWith(".html")).toList();
        List<PageFacts> facts = html.parallelStream().map(file -> PageFacts.read(Jsoup.parse(texts.get(file)))).toList();
        Map<String, PageFacts> pages = new LinkedHashMap<>();
        for (int i = 0; i < html.size(); i++) {
            pages.put(html.get(i), facts.get(i));
        }
        return new BuiltSite(config, Collections.unmodifiableSet(files), Map.copyOf(texts), Collections.unmodifiableMap(pages), List.copyOf(documents));
    }

    SiteConfig config() {
        return config;
    }

    /** Every file of the site, sorted. */
    Set<String> files() {
        return files;
    }

    boolean has(String file) {
        return files.contains(file);
    }

    /** The text of a text file (HTML, XML, JSON, CSS, JavaScript, plain text), or null for another file. */
    String text(String file) {
        return texts.get(file);
    }

    /** The text files, sorted: what verification checked. */
    List<String> textFiles() {
        return files.stream().filter(BuiltSite::isText).toList();
    }

    /** Every HTML page, in file order. */
    Map<String, PageFacts> pages() {
        return pages;
    }

    /** Every news item and page of the sources, published or withheld. */
    List<SourceDocument> documents() {
        return documents;
    }

    /** " (made from content/…)" for a file that publishes one source, or nothing. */
    String from(String file) {
        return made(sourceOf(file));
    }

    /** The source a file publishes, or "". */
    String sourceOf(String file) {
        return sourceOf.getOrDefault(file, "");
    }

    /** " (made from content/…)", or nothing for no source. */
    static String made(String source) {
        return source == null || source.isEmpty() ? "" : " (made from " + source + ")";
    }

    /** A target inside the site: its file and its fragment (decoded), or why it cannot be inside the site. */
    record Target(String file, String fragment, String problem) {
        static Target refused(String problem) {
            return new Target(null, null, problem);
        }
    }

    /** Resolves an address on a page of the site, as a browser would; {@code null} for an address on another host. */
    Target resolve(String file, String target) {
        URI base = URI.create(config.baseUrl());
        Addresses.Reference reference = Addresses.reference(target.startsWith("//") ? base.getScheme() + ":" + target : target);
        if (!reference.ok()) {
            return Target.refused("is not a valid address: " + reference.problem());
        }
        URI uri;
        try {
            uri = URI.create(config.baseUrl() + Addresses.make("/" + file)).resolve(reference.uri());
        } catch (IllegalArgumentException e) {
            return Target.refused("is not a valid address");
        }
        if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(base.getHost()) || uri.getScheme() == null
                || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
            return null;
        }
        Decoded decoded = Addresses.read(uri.getRawPath() == null ? "" : uri.getRawPath());
        if (!decoded.ok()) {
            return Target.refused("is not a valid address: " + decoded.problem());
        }
        String path = decoded.path();
        if (!config.basePath().isEmpty()) {
            if (!path.startsWith(config.basePath() + "/")) {
                return Target.refused("leaves the site's base path " + config.basePath());
            }
            path = path.substring(config.basePath().length());
        }
        return new Target(Addresses.file(path), uri.getRawFragment() == null ? null : Addresses.fragment(uri.getRawFragment()), null);
    }

    /**
     * What is wrong with an address on a page (not a plain {@code #fragment} of that page), or
     * {@code null}: a text starting with {@code #} names a missing fragment; any other text says why
     * the target is not a file of the site. An address on another host is not judged.
     */
    String judge(String file, String target) {
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

    /** The absolute URL a file of the site is served at: a folder's index.html at the folder. */
    String urlOf(String file) {
        return config.absolute(Addresses.of(file));
    }

    private static Set<String> listFiles(Path site) {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(site)) {
            walk.filter(Files::isRegularFile).forEach(file -> found.add(site.relativize(file).toString().replace('\\', '/')));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the site folder " + site, e);
        }
        return found;
    }

    private static String read(Path site, String file) {
        try {
            return Files.readString(site.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static boolean isText(String file) {
        String lower = file.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".xml") || lower.endsWith(".json") || lower.endsWith(".txt") || lower.endsWith(".js")
                || lower.endsWith(".css") || lower.endsWith(".webmanifest");
    }
}
