package news.coop.portal.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads and checks the language versions a built site declares: each page's
 * {@code <link rel="alternate" hreflang>} tags and the sitemap's {@code xhtml:link} elements.
 * Paths are site paths ({@code /en/areas/}); the site is served from the root of {@code host}.
 */
final class LanguageVersions {
    private final Path site;
    private final String host;
    private final List<String> languages;
    private final String defaultLanguage;

    LanguageVersions(Path site, String host, List<String> languages, String defaultLanguage) {
        this.site = site;
        this.host = host;
        this.languages = languages;
        this.defaultLanguage = defaultLanguage;
    }

    /** Every HTML page but the root redirect and the not-found pages (noindex, no versions), as site paths ({@code /en/}), sorted. */
    List<String> pages() {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(file -> file.toString().endsWith(".html")).map(file -> "/" + site.relativize(file).toString().replace('\\', '/'))
                    .filter(path -> !path.equals("/index.html") && !path.endsWith("/404.html"))
                    .map(path -> path.endsWith("/index.html") ? path.substring(0, path.length() - "index.html".length()) : path).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Document page(String path) {
        try {
            return Jsoup.parse(Files.readString(file(path), StandardCharsets.UTF_8), host + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path file(String path) {
        String relative = path.substring(1);
        return site.resolve(relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative);
    }

    /** A page's hreflang alternates: hreflang → site path, in document order. */
    Map<String, String> alternates(String path) {
        Map<String, String> versions = new LinkedHashMap<>();
        for (Element link : page(path).select("head link[rel=alternate][hreflang]")) {
            versions.put(link.attr("hreflang"), sitePath(link.attr("href")));
        }
        return versions;
    }

    /** The sitemap's alternates: loc (site path) → hreflang → site path. */
    Map<String, Map<String, String>> sitemap() {
        try {
            Document xml = Jsoup.parse(Files.readString(site.resolve("sitemap.xml"), StandardCharsets.UTF_8), "", Parser.xmlParser());
            Map<String, Map<String, String>> urls = new TreeMap<>();
            for (Element url : xml.select("urlset > url")) {
                Map<String, String> versions = new LinkedHashMap<>();
                for (Element link : url.getElementsByTag("xhtml:link")) {
                    if (!link.attr("rel").equals("alternate")) {
                        throw new AssertionError("xhtml:link without rel=alternate: " + link);
                    }
                    versions.put(link.attr("hreflang"), sitePath(link.attr("href")));
                }
                urls.put(sitePath(url.selectFirst("loc").text()), versions);
            }
            return urls;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String sitePath(String absolute) {
        if (!absolute.startsWith(host + "/")) {
            throw new AssertionError("not an absolute URL of " + host + ": " + absolute);
        }
        return absolute.substring(host.length());
    }

    /** The same path in another language ({@code /en/areas/} → {@code /ru/areas/}). */
    static String inLanguage(String path, String lang) {
        return "/" + lang + path.substring(path.indexOf('/', 1));
    }

    static String language(String path) {
        return path.substring(1, path.indexOf('/', 1));
    }

    /**
     * Everything wrong with the alternates of every page, given the versions each page should have
     * (itself included). Each version is named once with its own language, every target exists, the
     * versions name each other, and x-default names the default language's version or else the
     * first in language order.
     */
    List<String> problems(java.util.function.Function<String, Set<String>> expectedVersions) {
        List<String> problems = new ArrayList<>();
        for (String path : pages()) {
            Map<String, String> alternates = alternates(path);
            Set<String> languageVersions = new TreeSet<>();
            for (Map.Entry<String, String> version : alternates.entrySet()) {
                if (version.getKey().equals("x-default")) {
                    continue;
                }
                if (!languages.contains(version.getKey()) || !version.getValue().startsWith("/" + version.getKey() + "/")) {
                    problems.add(path + ": hreflang=" + version.getKey() + " names " + version.getValue());
                }
                languageVersions.add(version.getValue());
            }
            if (page(path).select("head link[rel=alternate][hreflang]").size() != alternates.size()) {
                problems.add(path + ": an hreflang is named twice");
            }
            Set<String> expected = new TreeSet<>(expectedVersions.apply(path));
            if (!languageVersions.equals(expected)) {
                problems.add(path + ": versions " + languageVersions + ", expected " + expected);
            }
            String first = languages.stream().map(alternates::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            String xDefault = alternates.getOrDefault(defaultLanguage, first);
            if (!alternates.containsKey("x-default") || !alternates.get("x-default").equals(xDefault)) {
                problems.add(path + ": x-default " + alternates.get("x-default") + ", expected " + xDefault);
            }
            for (String target : alternates.values()) {
                if (!Files.isRegularFile(file(target))) {
                    problems.add(path + ": alternate " + target + " does not exist");
                } else if (!alternates(target).equals(alternates)) {
                    problems.add(path + ": alternate " + target + " names other versions: " + alternates(target) + " instead of " + alternates);
                }
            }
        }
        return problems;
    }

    /** The same path in every language where the site has a file for it: the versions of a listing. */
    Set<String> samePathVersions(String path) {
        Set<String> versions = new TreeSet<>();
        for (String lang : languages) {
            String candidate = inLanguage(path, lang);
            if (Files.isRegularFile(file(candidate))) {
                versions.add(candidate);
            }
        }
        return versions;
    }
}
