package news.coop.portal.pipeline;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds UI text of another language on a page: the strings of the other languages' message files
 * that this language's file does not also have (so shared values such as "{0} — {1}" or a proper
 * name written alike never count). A string with placeholders is looked for by its literal parts.
 * Short parts (under four characters, or without a letter) are ignored, and matches must be whole
 * words. Authored content ({@code .prose}) and every element marked as being in another language
 * ({@code lang}, as the language switcher's links are) are left out; visible text and the
 * {@code aria-label}, {@code title} and {@code alt} attributes are scanned.
 */
final class UntranslatedText {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    private UntranslatedText() {
    }

    /** language → key → value, from {@code {lang}.properties} in {@code dir}. */
    static Map<String, Map<String, String>> messages(Path dir, List<String> languages) {
        Map<String, Map<String, String>> all = new LinkedHashMap<>();
        for (String lang : languages) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(dir.resolve(lang + ".properties"), StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, String> strings = new TreeMap<>();
            properties.stringPropertyNames().forEach(key -> strings.put(key, properties.getProperty(key)));
            all.put(lang, strings);
        }
        return all;
    }

    /** The other languages' strings this language must not show: text → "lang key". */
    static Map<String, String> foreign(String lang, Map<String, Map<String, String>> messages) {
        Set<String> own = new TreeSet<>();
        messages.get(lang).values().forEach(value -> own.addAll(parts(value)));
        Map<String, String> foreign = new TreeMap<>();
        for (Map.Entry<String, Map<String, String>> other : messages.entrySet()) {
            if (other.getKey().equals(lang)) {
                continue;
            }
            for (Map.Entry<String, String> message : other.getValue().entrySet()) {
                for (String part : parts(message.getValue())) {
                    if (!own.contains(part)) {
                        foreign.putIfAbsent(part, other.getKey() + " " + message.getKey());
                    }
                }
            }
        }
        return foreign;
    }

    private static List<String> parts(String value) {
        List<String> parts = new ArrayList<>();
        for (String part : PLACEHOLDER.split(value)) {
            String text = part.strip();
            if (text.length() >= 4 && text.codePoints().anyMatch(Character::isLetter)) {
                parts.add(text);
            }
        }
        return parts;
    }

    /** Every foreign UI string on the page, as "text (lang key)". */
    static List<String> find(Document page, String lang, Map<String, Map<String, String>> messages) {
        Document copy = page.clone();
        copy.select(".prose").remove();
        copy.select("[lang]").stream().filter(element -> !element.attr("lang").equals(lang) && element != copy.selectFirst("html"))
                .forEach(Element::remove);
        StringBuilder text = new StringBuilder(copy.body().text());
        for (Element element : copy.body().select("[aria-label], [title], [alt]")) {
            text.append('\n').append(element.attr("aria-label")).append('\n').append(element.attr("title")).append('\n').append(element.attr("alt"));
        }
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, String> foreign : foreign(lang, messages).entrySet()) {
            Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(foreign.getKey()) + "(?![\\p{L}\\p{N}])");
            if (word.matcher(text).find()) {
                found.add(foreign.getKey() + " (" + foreign.getValue() + ")");
            }
        }
        return found;
    }
}
