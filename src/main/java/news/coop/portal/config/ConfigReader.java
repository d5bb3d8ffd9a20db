package news.coop.portal.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import news.coop.portal.diag.BuildFailure;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.diag.Severity;
import news.coop.portal.diag.Suggestions;

/**
 * Makes the {@link SiteConfig} of {@code jbake.properties} from the values JBake's configuration
 * factory read, and reports every problem of the file at once, each at its line and column:
 * <ul>
 *   <li>errors: a {@code portal.*} key that is not one of {@link ConfigKeys#PORTAL} (with the closest
 *       one as a hint), a key the portal reads written twice, a bad value of one, a missing {@code site.host};
 *   <li>warnings: a key of JBake's that the portal ignores, with the reason ({@link ConfigKeys#whyIgnored}).
 * </ul>
 * Other keys are the site's own, for templates, and pass without a word.
 *
 * <p>Pure but for one look at the disk: whether the logo {@code portal.logo} names exists. Stateless and thread-safe.
 */
public final class ConfigReader {
    /** The file, as diagnostics name it. */
    public static final String FILE = "jbake.properties";
    /** A host name of two or more labels, as {@value ConfigKeys#IFRAME_HOSTS} lists them: no scheme, port, path or wildcard. */
    private static final Pattern HOST = Pattern.compile("(?i)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+");

    private ConfigReader() {
    }

    /**
     * What reading gave: the configuration, or {@code null} when there is any error; and every
     * diagnostic, warnings included, in file order.
     */
    public record Result(SiteConfig config, List<Diagnostic> diagnostics) {
        public Result {
            diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
        }

        /** Whether the configuration could not be made: then {@link #diagnostics} hold at least one error. */
        public boolean failed() {
            return config == null;
        }

        /**
         * The configuration.
         *
         * @throws BuildFailure with every diagnostic, warnings included, when it could not be made
         */
        public SiteConfig orThrow() throws BuildFailure {
            if (config == null) {
                throw new BuildFailure(diagnostics);
            }
            return config;
        }

        /** The warnings among the diagnostics (all of them, when the configuration was made). */
        public List<Diagnostic> warnings() {
            return diagnostics.stream().filter(diagnostic -> !diagnostic.isError()).toList();
        }
    }

    /** There is no {@code jbake.properties} in {@code root}. */
    public static Result missing(Path root) {
        return failure(Diagnostic.error(FILE, 0, 0, "config.missing", "there is no " + FILE + " in " + root.toAbsolutePath().normalize(),
                "run the command in the portal's folder, or pass --project DIR"));
    }

    /** The file could not be read as a properties text at all ({@code why} says what the reader met). */
    public static Result unreadable(String code, String why, String hint) {
        return failure(Diagnostic.error(FILE, 0, 0, code, why, hint));
    }

    private static Result failure(Diagnostic diagnostic) {
        return new Result(null, List.of(diagnostic));
    }

    /**
     * Reads the configuration.
     *
     * @param root      the project folder
     * @param outputDir where the site is published
     * @param text      the file's text, lines ending in {@code \n}: where each key is written
     * @param values    every key and value JBake's factory read (the file's, JBake's defaults and the
     *                  rest), a list's values joined by commas
     * @param baseUrl   the run's address in place of {@code site.host} (checked by the caller), or {@code null}
     */
    public static Result read(Path root, Path outputDir, String text, Map<String, String> values, String baseUrl) {
        Reading reading = new Reading(text, values);
        reading.checkKeys();
        Map<String, String> properties = new TreeMap<>(values);
        if (baseUrl != null) {
            // The run's address replaces site.host everywhere, templates' config.* included.
            properties.put(ConfigKeys.SITE_HOST, baseUrl);
        }
        List<String> languages = reading.list(ConfigKeys.LANGUAGES, "en");
        String defaultLanguage = reading.single(ConfigKeys.DEFAULT_LANGUAGE, languages.isEmpty() ? "en" : languages.get(0));
        if (!languages.contains(defaultLanguage)) {
            reading.error(ConfigKeys.DEFAULT_LANGUAGE, null, "config.default-language",
                    "the default language \"" + defaultLanguage + "\" is not in " + ConfigKeys.LANGUAGES + " (" + String.join(",", languages) + ")",
                    Suggestions.hint(defaultLanguage, languages));
        }
        for (String core : reading.list(ConfigKeys.CORE_LANGUAGES, "")) {
            if (!languages.contains(core)) {
                reading.error(ConfigKeys.CORE_LANGUAGES, core, "config.core-language",
                        "the core language \"" + core + "\" is not in " + ConfigKeys.LANGUAGES + " (" + String.join(",", languages) + ")",
                        Suggestions.hint(core, languages));
            }
        }
        for (String host : reading.list(ConfigKeys.IFRAME_HOSTS, "")) {
            if (!HOST.matcher(host).matches()) {
                reading.error(ConfigKeys.IFRAME_HOSTS, host, "config.iframe-host", "\"" + host + "\" is not a host name",
                        "write host names alone, without https:// or a path, separated by commas: "
                                + ConfigKeys.IFRAME_HOSTS + " = www.youtube-nocookie.com,player.vimeo.com");
            }
        }
        ZoneId zone = reading.zone();
        String host = baseUrl != null ? baseUrl : reading.host();
        String assets = reading.single("asset.folder", "assets");
        String logo = reading.single(ConfigKeys.LOGO, "");
        if (!logo.isEmpty() && (!logo.startsWith("/") || logo.contains("..") || !Files.isRegularFile(root.resolve(assets).resolve(logo.substring(1))))) {
            reading.error(ConfigKeys.LOGO, null, "config.logo", "the logo \"" + logo + "\" is not a picture in " + assets + "/",
                    "put the logo at " + assets + "/img/logo.png and write " + ConfigKeys.LOGO + " = /img/logo.png, or remove the line");
        }
        int pageSize = reading.positive(ConfigKeys.PAGE_SIZE, 10);
        int feedSize = reading.positive(ConfigKeys.FEED_SIZE, 20);
        List<String> requiredPages = reading.list(ConfigKeys.REQUIRED_PAGES, "about,contacts,accessibility");
        if (reading.hasErrors()) {
            return new Result(null, reading.diagnostics);
        }
        SiteConfig config = new SiteConfig(root, root.resolve(reading.single("content.folder", "content")), root.resolve(reading.single("data.folder", "data")),
                root.resolve(reading.single("template.folder", "templates")), root.resolve(assets), outputDir, host, languages, defaultLanguage, zone,
                pageSize, feedSize, requiredPages, properties);
        return new Result(config, reading.diagnostics);
    }

    /** One reading of the file: the keys where they are written, and the diagnostics so far. */
    private static final class Reading {
        private final Map<String, String> values;
        private final List<PropertyLines.Entry> entries;
        private final Map<String, PropertyLines.Entry> written = new HashMap<>();
        /** Keys the portal reads that are written twice: their values are not read, so that one mistake is one error. */
        private final Set<String> repeated = new HashSet<>();
        private final List<Diagnostic> diagnostics = new ArrayList<>();

        Reading(String text, Map<String, String> values) {
            this.values = values;
            this.entries = PropertyLines.of(text);
        }

        /** Reports the unknown portal keys, the repeated keys the portal reads, and JBake's keys the portal ignores. */
        void checkKeys() {
            for (PropertyLines.Entry entry : entries) {
                String key = entry.key();
                boolean read = ConfigKeys.portal(key).isPresent() || ConfigKeys.JBAKE_READ.contains(key);
                PropertyLines.Entry first = written.putIfAbsent(key, entry);
                if (first != null && read) {
                    repeated.add(key);
                    add(Severity.ERROR, entry.line(), entry.column(), "config.repeated-key", key + " is set twice (first on line " + first.line() + ")",
                            "keep one line: JBake would read the values together, as a list");
                } else if (key.startsWith(ConfigKeys.PORTAL_PREFIX) && !read) {
                    add(Severity.ERROR, entry.line(), entry.column(), "config.unknown-key", "unknown key \"" + key + "\": the portal would ignore it",
                            closestKey(key));
                } else {
                    ConfigKeys.whyIgnored(key).ifPresent(why -> add(Severity.WARNING, entry.line(), entry.column(), "config.jbake-ignored",
                            "JBake's key " + key + " has no effect here: " + why, "delete the line"));
                }
            }
        }

        /**
         * {@code did you mean "portal.page_size"?}, or the list of the portal's keys. Names are compared
         * without their common {@code portal.} prefix, which would make any two of them look alike.
         */
        private static String closestKey(String key) {
            int prefix = ConfigKeys.PORTAL_PREFIX.length();
            List<String> names = ConfigKeys.portalNames();
            return Suggestions.closest(key.substring(prefix), names.stream().map(name -> name.substring(prefix)).toList())
                    .map(best -> "did you mean \"" + ConfigKeys.PORTAL_PREFIX + best + "\"?")
                    .orElseGet(() -> "use one of: " + String.join(", ", names.stream().sorted().toList()));
        }

        ZoneId zone() {
            String id = single(ConfigKeys.TIMEZONE, "Europe/Minsk");
            try {
                return ZoneId.of(id);
            } catch (DateTimeException e) {
                error(ConfigKeys.TIMEZONE, null, "config.timezone", "\"" + id + "\" is not a time zone", "use a zone id such as Europe/Minsk");
                return ZoneId.of("Europe/Minsk");
            }
        }

        /** {@code site.host}, which must be written: JBake's default would put its own web site in every address. */
        String host() {
            if (!written.containsKey(ConfigKeys.SITE_HOST)) {
                error(ConfigKeys.SITE_HOST, null, "config.site-host", "there is no " + ConfigKeys.SITE_HOST + ", the site's absolute address",
                        "add the line site.host = https://news.example.org");
                return "https://news.example.org";
            }
            String host = single(ConfigKeys.SITE_HOST, "");
            if (!host.matches("https?://[^/\\s]+(/\\S*)?")) {
                error(ConfigKeys.SITE_HOST, null, "config.site-host", "site.host must be the site's absolute address, not \"" + host + "\"",
                        "write site.host = https://news.example.org");
                return "https://news.example.org";
            }
            return host;
        }

        int positive(String key, int fallback) {
            String value = single(key, String.valueOf(fallback));
            try {
                int number = Integer.parseInt(value);
                if (number > 0) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            error(key, null, "config.number", key + " must be a whole number above 0, not \"" + value + "\"", "for example " + key + " = " + fallback);
            return fallback;
        }

        /** The value of {@code key}, stripped; {@code fallback} when it is not set, or written twice. */
        String single(String key, String fallback) {
            String value = repeated.contains(key) ? null : values.get(key);
            return value == null ? fallback : value.strip();
        }

        /** The comma-separated values of {@code key}, stripped, without empty ones. */
        List<String> list(String key, String fallback) {
            return Arrays.stream(single(key, fallback).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        /** An error at the value of {@code key}, or at {@code item} within it; for the whole file when the key is not written there. */
        void error(String key, String item, String code, String message, String hint) {
            PropertyLines.Entry entry = written.get(key);
            if (entry == null) {
                add(Severity.ERROR, 0, 0, code, message, hint);
            } else {
                add(Severity.ERROR, entry.line(), item == null ? entry.valueColumn() : entry.columnOf(item), code, message, hint);
            }
        }

        private void add(Severity severity, int line, int column, String code, String message, String hint) {
            diagnostics.add(new Diagnostic(FILE, line, column, severity, code, message, hint));
        }

        boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }
}
