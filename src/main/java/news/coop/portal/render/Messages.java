package news.coop.portal.render;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.DiagnosticException;
import news.coop.portal.diag.Diagnostics;
import news.coop.portal.load.SourceText;

/**
 * The UI strings of every site language, from {@code templates/messages/{lang}.properties} (UTF-8).
 * Every language must define exactly the same keys: a key missing in one language is a build error
 * that names the file and the key, so no page ever shows a raw key or falls back to another language.
 *
 * <p>Placeholders are {@code {0}}, {@code {1}} …, replaced literally (no {@code MessageFormat} quoting
 * rules, so apostrophes need no doubling). Immutable and thread-safe.
 */
public final class Messages {
    private final Map<String, Map<String, String>> byLanguage;

    private Messages(Map<String, Map<String, String>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    public static Messages load(SiteConfig config, Diagnostics diagnostics) {
        Map<String, Map<String, String>> byLanguage = new TreeMap<>();
        Map<String, String> paths = new TreeMap<>();
        java.util.Set<String> unreadable = new java.util.HashSet<>();
        for (String lang : config.languages()) {
            Path file = config.templateDir().resolve("messages").resolve(lang + ".properties");
            String path = config.display(file);
            paths.put(lang, path);
            if (!Files.isRegularFile(file)) {
                diagnostics.error(path, 0, 0, "messages.missing", "there are no UI strings for the language \"" + lang + "\"",
                        "create this file with the same keys as the other languages");
                unreadable.add(lang);
                byLanguage.put(lang, Map.of());
                continue;
            }
            try {
                Properties properties = new Properties();
                properties.load(new StringReader(SourceText.read(file, path).text()));
                Map<String, String> strings = new TreeMap<>();
                properties.stringPropertyNames().forEach(key -> strings.put(key, properties.getProperty(key)));
                byLanguage.put(lang, Map.copyOf(strings));
            } catch (DiagnosticException e) {
                diagnostics.add(e.diagnostic());
                unreadable.add(lang);
                byLanguage.put(lang, Map.of());
            } catch (IOException | IllegalArgumentException e) {
                diagnostics.error(path, 0, 0, "messages.syntax", "the file cannot be read as key=value lines: " + e.getMessage(),
                        "write one \"key = text\" per line");
                unreadable.add(lang);
                byLanguage.put(lang, Map.of());
            }
        }
        TreeSet<String> allKeys = new TreeSet<>();
        byLanguage.values().forEach(strings -> allKeys.addAll(strings.keySet()));
        for (Map.Entry<String, Map<String, String>> language : byLanguage.entrySet()) {
            if (unreadable.contains(language.getKey())) {
                continue; // already reported
            }
            for (String key : allKeys) {
                if (!language.getValue().containsKey(key)) {
                    String definedIn = byLanguage.entrySet().stream().filter(other -> other.getValue().containsKey(key))
                            .map(other -> paths.get(other.getKey())).findFirst().orElse("");
                    diagnostics.error(paths.get(language.getKey()), 0, 0, "messages.key-missing",
                            "the UI string \"" + key + "\" is missing in \"" + language.getKey() + "\"",
                            "add \"" + key + " = …\" here, translated from " + definedIn);
                }
            }
        }
        return new Messages(Map.copyOf(byLanguage));
    }

    /** Whether a key exists (in every language, once {@link #load} reported no errors). */
    public boolean has(String lang, String key) {
        return byLanguage.getOrDefault(lang, Map.of()).containsKey(key);
    }

    /**
     * The string for a key with its placeholders replaced.
     *
     * @throws IllegalArgumentException when the key is unknown: a template bug, reported with its position
     */
    public String get(String lang, String key, List<?> args) {
        String text = byLanguage.getOrDefault(lang, Map.of()).get(key);
        if (text == null) {
            throw new IllegalArgumentException("unknown UI string \"" + key + "\" for language \"" + lang
                    + "\" — add it to templates/messages/" + lang + ".properties and the other languages");
        }
        for (int i = 0; i < args.size(); i++) {
            text = text.replace("{" + i + "}", String.valueOf(args.get(i)));
        }
        return text;
    }

    public String get(String lang, String key) {
        return get(lang, key, List.of());
    }
}
