package news.coop.portal.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The site's configuration: folders, languages, zone and paging. Built once from
 * {@code jbake.properties} ({@link ConfigReader}, from what the JBake adapter read) and passed explicitly to every stage.
 *
 * @param root        the project folder (holds {@code jbake.properties})
 * @param outputDir   where the published site ends up ({@code target/site} by default)
 * @param baseUrl     absolute site URL without a trailing slash, e.g. {@code https://news.example.org}
 * @param languages   site languages in switcher order; the first pages are built for each
 * @param zone        the zone for dates written without an offset, and for every printed date
 * @param pageSize    items per listing page (home, area, region)
 * @param feedSize    entries per Atom feed
 * @param requiredPages slugs of pages every language must have (the footer links to them)
 * @param properties  every key of {@code jbake.properties}, for templates ({@code config.*})
 * @param basePath    the path part of {@code baseUrl} without a trailing slash ("" at the host's root);
 *                    always derived from {@code baseUrl}, whatever is passed
 */
public record SiteConfig(
        Path root,
        Path contentDir,
        Path dataDir,
        Path templateDir,
        Path assetDir,
        Path outputDir,
        String baseUrl,
        List<String> languages,
        String defaultLanguage,
        ZoneId zone,
        int pageSize,
        int feedSize,
        List<String> requiredPages,
        Map<String, String> properties,
        String basePath) {

    /** The optional key naming the site's logo, a picture in {@code assets/} such as {@code /img/logo.png}: the publisher's logo in JSON-LD. */
    public static final String LOGO = ConfigKeys.LOGO;

    /**
     * The optional key naming the core languages, e.g. {@code ru,be}: every required page exists in each
     * of them, and its versions share one {@code translation} key.
     */
    public static final String CORE_LANGUAGES = ConfigKeys.CORE_LANGUAGES;

    /**
     * The optional key listing the hosts whose pages raw HTML may embed in an {@code <iframe>}, e.g.
     * {@code www.youtube-nocookie.com,player.vimeo.com}; none by default.
     */
    public static final String IFRAME_HOSTS = ConfigKeys.IFRAME_HOSTS;

    public SiteConfig(Path root, Path contentDir, Path dataDir, Path templateDir, Path assetDir, Path outputDir, String baseUrl,
            List<String> languages, String defaultLanguage, ZoneId zone, int pageSize, int feedSize, List<String> requiredPages,
            Map<String, String> properties) {
        this(root, contentDir, dataDir, templateDir, assetDir, outputDir, baseUrl, languages, defaultLanguage, zone, pageSize, feedSize,
                requiredPages, properties, "");
    }

    public SiteConfig {
        Objects.requireNonNull(root, "root");
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        basePath = pathOf(baseUrl);
        languages = List.copyOf(languages);
        requiredPages = List.copyOf(requiredPages);
        properties = Map.copyOf(properties);
        if (!languages.contains(defaultLanguage)) {
            throw new IllegalArgumentException("portal.default_language " + defaultLanguage + " is not in portal.languages " + languages);
        }
    }

    /**
     * The core languages from {@value #CORE_LANGUAGES}, in the order written (none when the key is absent):
     * the required pages exist in each, linked by one {@code translation} key.
     */
    public List<String> coreLanguages() {
        return list(CORE_LANGUAGES);
    }

    /** The hosts from {@value #IFRAME_HOSTS}, lower-cased, in the order written (none when the key is absent). */
    public List<String> iframeHosts() {
        return list(IFRAME_HOSTS).stream().map(host -> host.toLowerCase(java.util.Locale.ROOT)).distinct().toList();
    }

    /** A comma-separated key's values, stripped, without empty ones and repeats. */
    private List<String> list(String key) {
        return java.util.Arrays.stream(properties.getOrDefault(key, "").split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .distinct().toList();
    }

    /** The path part of {@link #baseUrl}, without a trailing slash: "" when the site is served at the host's root. */
    private static String pathOf(String baseUrl) {
        String path = URI.create(baseUrl).getPath();
        return path == null || path.equals("/") ? "" : path.replaceAll("/+$", "");
    }

    /** The link for a site-absolute path such as {@code /en/areas/}, honouring {@link #basePath()}. */
    public String link(String sitePath) {
        return basePath() + sitePath;
    }

    /** The absolute URL for a site-absolute path. */
    public String absolute(String sitePath) {
        return baseUrl + sitePath;
    }

    /** The project-relative display path of a file, with forward slashes, as diagnostics print it. */
    public String display(Path file) {
        Path relative = file.isAbsolute() ? root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()) : file;
        return relative.toString().replace('\\', '/');
    }
}
