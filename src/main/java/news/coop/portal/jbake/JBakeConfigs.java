package news.coop.portal.jbake;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.diag.DiagnosticException;
import news.coop.portal.diag.Suggestions;
import org.jbake.app.JBakeException;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * Reads {@code jbake.properties} with JBake's own {@link JBakeConfigurationFactory} (so JBake's keys and
 * defaults mean what they mean in JBake) and derives our {@link SiteConfig} from it.
 */
final class JBakeConfigs {
    static final String FILE = "jbake.properties";
    /** A host name of two or more labels, as {@value SiteConfig#IFRAME_HOSTS} lists them: no scheme, port, path or wildcard. */
    private static final java.util.regex.Pattern HOST = java.util.regex.Pattern.compile(
            "(?i)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+");

    private JBakeConfigs() {
    }

    /** JBake's configuration for one bake into {@code destination}, with JBake's own page writers switched off. */
    static DefaultJBakeConfiguration create(SiteConfig site, File destination) {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(site.root().toFile(), destination, false);
        // JBake's own page writers stay off: every page comes from the plan (PlanRenderingTool).
        for (String key : List.of("render.index", "render.feed", "render.archive", "render.tags", "render.tagsindex", "render.sitemap", "render.error404")) {
            config.setProperty(key, false);
        }
        config.setDatabaseStore("memory");
        config.setTemplateFolder(site.templateDir().toFile());
        config.setContentFolder(site.contentDir().toFile());
        config.setAssetFolder(site.assetDir().toFile());
        config.setDataFolder(site.dataDir().toFile());
        return config;
    }

    /** Our configuration from {@code jbake.properties}; {@code baseUrl}, when not null, replaces {@code site.host}. */
    static SiteConfig siteConfig(Path root, Path outputDir, String baseUrl) throws DiagnosticException {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new DiagnosticException(Diagnostic.error(FILE, 0, 0, "config.missing", "there is no " + FILE + " in " + root.toAbsolutePath().normalize(),
                    "run the command in the portal's folder, or pass --project DIR"));
        }
        DefaultJBakeConfiguration jbake;
        try {
            jbake = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(root.toFile(), outputDir.toFile(), false);
        } catch (JBakeException | IllegalArgumentException e) {
            throw new DiagnosticException(Diagnostic.error(FILE, 0, 0, "config.invalid", String.valueOf(e.getMessage()), "fix the file's syntax: key = value"));
        }
        Map<String, String> ours = new TreeMap<>();
        for (Iterator<String> keys = jbake.getKeys(); keys.hasNext();) {
            String key = keys.next();
            Object value = jbake.get(key);
            ours.put(key, value instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList()) : String.valueOf(value));
        }
        if (baseUrl != null) {
            // The run's address replaces site.host everywhere, templates' config.* included.
            ours.put("site.host", baseUrl);
        }
        String text = read(file);
        List<String> languages = Arrays.stream(value(ours, "portal.languages", "en")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        String defaultLanguage = single(ours, "portal.default_language", languages.isEmpty() ? "en" : languages.get(0));
        if (!languages.contains(defaultLanguage)) {
            throw new DiagnosticException(at(text, "portal.default_language", "config.default-language",
                    "the default language \"" + defaultLanguage + "\" is not in portal.languages (" + String.join(",", languages) + ")",
                    Suggestions.hint(defaultLanguage, languages)));
        }
        for (String core : Arrays.stream(value(ours, SiteConfig.CORE_LANGUAGES, "")).map(String::strip).filter(s -> !s.isEmpty()).toList()) {
            if (!languages.contains(core)) {
                throw new DiagnosticException(at(text, SiteConfig.CORE_LANGUAGES, "config.core-language",
                        "the core language \"" + core + "\" is not in portal.languages (" + String.join(",", languages) + ")",
                        Suggestions.hint(core, languages)));
            }
        }
        for (String host : Arrays.stream(value(ours, SiteConfig.IFRAME_HOSTS, "")).map(String::strip).filter(s -> !s.isEmpty()).toList()) {
            if (!HOST.matcher(host).matches()) {
                throw new DiagnosticException(at(text, SiteConfig.IFRAME_HOSTS, "config.iframe-host", "\"" + host + "\" is not a host name",
                        "write host names alone, without https:// or a path, separated by commas: "
                                + SiteConfig.IFRAME_HOSTS + " = www.youtube-nocookie.com,player.vimeo.com"));
            }
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(single(ours, "portal.timezone", "Europe/Minsk"));
        } catch (DateTimeException e) {
            throw new DiagnosticException(at(text, "portal.timezone", "config.timezone", "\"" + ours.get("portal.timezone") + "\" is not a time zone",
                    "use a zone id such as Europe/Minsk"));
        }
        String host = single(ours, "site.host", "");
        if (!host.matches("https?://[^/\\s]+(/\\S*)?")) {
            throw new DiagnosticException(at(text, "site.host", "config.site-host", "site.host must be the site's absolute address, not \"" + host + "\"",
                    "write site.host = https://news.example.org"));
        }
        String logo = single(ours, SiteConfig.LOGO, "");
        if (!logo.isEmpty() && (!logo.startsWith("/") || logo.contains("..") || !Files.isRegularFile(root.resolve(jbake.getAssetFolderName()).resolve(logo.substring(1))))) {
            throw new DiagnosticException(at(text, SiteConfig.LOGO, "config.logo", "the logo \"" + logo + "\" is not a picture in " + jbake.getAssetFolderName() + "/",
                    "put the logo at " + jbake.getAssetFolderName() + "/img/logo.png and write " + SiteConfig.LOGO + " = /img/logo.png, or remove the line"));
        }
        return new SiteConfig(root, root.resolve(jbake.getContentFolderName()), root.resolve(jbake.getDataFolderName()),
                root.resolve(jbake.getTemplateFolderName()), root.resolve(jbake.getAssetFolderName()), outputDir, host, languages, defaultLanguage, zone,
                positive(ours, text, "portal.page_size", 10), positive(ours, text, "portal.feed_size", 20),
                Arrays.stream(value(ours, "portal.required_pages", "about,contacts,accessibility")).map(String::strip).filter(s -> !s.isEmpty()).toList(), ours);
    }

    private static String[] value(Map<String, String> config, String key, String fallback) {
        return config.getOrDefault(key, fallback).split(",");
    }

    private static String single(Map<String, String> config, String key, String fallback) {
        return config.getOrDefault(key, fallback).strip();
    }

    private static int positive(Map<String, String> config, String text, String key, int fallback) throws DiagnosticException {
        String value = single(config, key, String.valueOf(fallback));
        try {
            int number = Integer.parseInt(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new DiagnosticException(at(text, key, "config.number", key + " must be a whole number above 0, not \"" + value + "\"", "for example " + key + " = " + fallback));
    }

    /** A diagnostic at the line of {@code key} in jbake.properties. */
    private static Diagnostic at(String text, String key, String code, String message, String hint) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith(key)) {
                return Diagnostic.error(FILE, i + 1, 1, code, message, hint);
            }
        }
        return Diagnostic.error(FILE, 0, 0, code, message, hint);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            return "";
        }
    }
}
