package news.coop.portal.author;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Tells English, Russian and Belarusian apart by their letters, which decide it for any text of a
 * sentence or more: more Latin than Cyrillic letters is English; in Cyrillic, ў, і and the apostrophe
 * between letters (’ or ') are Belarusian only, и, щ and ъ Russian only, and the side with more of
 * them wins. A text with neither (or a tie) is left undecided: the caller asks for {@code --lang}.
 * No statistical model is needed, and the reason can be printed: {@code be (ў ×12, і ×30; no и, щ, ъ)}.
 *
 * <p>Stateless and thread-safe.
 */
public final class LanguageDetector {
    private LanguageDetector() {
    }

    /**
     * What the letters say.
     *
     * @param lang    {@code en}, {@code ru} or {@code be}; empty when the letters do not decide it
     * @param reason  the counts that decided it, e.g. {@code ў ×12, і ×30; no и, щ, ъ}
     */
    public record Detection(Optional<String> lang, String reason) {
    }

    public static Detection detect(String text) {
        int latin = 0;
        int cyrillic = 0;
        Map<String, Integer> belarusian = counts("ў", "і", "’");
        Map<String, Integer> russian = counts("и", "щ", "ъ");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Character.UnicodeScript script = Character.isLetter(c) ? Character.UnicodeScript.of(c) : null;
            if (script == Character.UnicodeScript.LATIN) {
                latin++;
            } else if (script == Character.UnicodeScript.CYRILLIC) {
                cyrillic++;
                String letter = String.valueOf(c).toLowerCase(Locale.ROOT);
                belarusian.computeIfPresent(letter, (key, count) -> count + 1);
                russian.computeIfPresent(letter, (key, count) -> count + 1);
            } else if ((c == '’' || c == '\'') && i > 0 && i + 1 < text.length() && isCyrillicLetter(text.charAt(i - 1)) && isCyrillicLetter(text.charAt(i + 1))) {
                belarusian.merge("’", 1, Integer::sum);
            }
        }
        if (latin == 0 && cyrillic == 0) {
            return new Detection(Optional.empty(), "no letters");
        }
        if (latin > cyrillic) {
            return new Detection(Optional.of("en"), "Latin ×" + latin + "; " + (cyrillic == 0 ? "no Cyrillic" : "Cyrillic ×" + cyrillic));
        }
        int be = total(belarusian);
        int ru = total(russian);
        if (be == ru) {
            return new Detection(Optional.empty(), "Cyrillic, but " + (be == 0 ? "no ў, і, ’, и, щ or ъ to tell Russian from Belarusian"
                    : describe(belarusian) + " against " + describe(russian)));
        }
        return be > ru ? new Detection(Optional.of("be"), describe(belarusian) + "; " + describe(russian))
                : new Detection(Optional.of("ru"), describe(russian) + "; " + describe(belarusian));
    }

    private static Map<String, Integer> counts(String... letters) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String letter : letters) {
            counts.put(letter, 0);
        }
        return counts;
    }

    private static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** {@code и ×40, щ ×2}, then {@code no ъ} for the letters not found. */
    private static String describe(Map<String, Integer> counts) {
        String found = counts.entrySet().stream().filter(entry -> entry.getValue() > 0)
                .map(entry -> entry.getKey() + " ×" + entry.getValue()).collect(Collectors.joining(", "));
        String missing = counts.entrySet().stream().filter(entry -> entry.getValue() == 0).map(Map.Entry::getKey).collect(Collectors.joining(", "));
        if (missing.isEmpty()) {
            return found;
        }
        return found.isEmpty() ? "no " + missing : found + ", no " + missing;
    }

    private static boolean isCyrillicLetter(char c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC;
    }
}
