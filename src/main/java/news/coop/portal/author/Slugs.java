package news.coop.portal.author;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * URL slugs made from titles: ASCII, lowercase, words joined by single hyphens, at most
 * {@link #MAX_LENGTH} characters, cut at a word boundary. Russian and Belarusian titles are romanised
 * with ICU's BGN/PCGN transliterations ({@code Russian-Latin/BGN}, {@code Belarusian-Latin/BGN}), any
 * other script with {@code Any-Latin}, then {@code Latin-ASCII} drops the accents. Apostrophes and the
 * BGN primes for ь and ъ are dropped rather than splitting a word. When a title is cut, small words
 * left dangling at the end (of, with, v, na, …) go too.
 *
 * <p>The same title and language always give the same slug. Thread-safe: the transliterators are built
 * once, and ICU documents transliterators as stateless, to be shared between threads without locking.
 */
public final class Slugs {
    /** Longest slug, in characters: long enough for a headline's gist, short enough for a URL. */
    public static final int MAX_LENGTH = 60;

    private static final Transliterator RUSSIAN = Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII");
    private static final Transliterator BELARUSIAN = Transliterator.getInstance("Belarusian-Latin/BGN; Any-Latin; Latin-ASCII");
    private static final Transliterator OTHER = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    /** Words not worth ending a cut slug on: English, and Russian and Belarusian as BGN writes them. */
    private static final Set<String> DANGLING = Set.of("a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with",
            "v", "vo", "na", "s", "so", "i", "k", "ko", "po", "o", "ob", "za", "iz", "dlya", "ot", "do", "pri", "u", "w", "z", "sa", "y", "da", "pa",
            "ab", "ad", "pry");

    private Slugs() {
    }

    /** The slug of a title in a language ({@code en}, {@code ru}, {@code be}, …); empty when the title has no letters or digits. */
    public static String of(String title, String lang) {
        Transliterator romaniser = switch (lang) {
            case "ru" -> RUSSIAN;
            case "be" -> BELARUSIAN;
            default -> OTHER;
        };
        String latin = romaniser.transliterate(title).toLowerCase(Locale.ROOT).replaceAll("['\"`ʹʺ’]", "");
        List<String> words = Arrays.stream(latin.split("[^a-z0-9]+")).filter(word -> !word.isEmpty()).toList();
        return shorten(words);
    }

    private static String shorten(List<String> words) {
        List<String> kept = new ArrayList<>();
        int length = 0;
        for (String word : words) {
            int added = kept.isEmpty() ? word.length() : word.length() + 1;
            if (length + added > MAX_LENGTH) {
                if (kept.isEmpty()) {
                    return word.substring(0, MAX_LENGTH);
                }
                while (kept.size() > 1 && DANGLING.contains(kept.get(kept.size() - 1))) {
                    kept.remove(kept.size() - 1);
                }
                break;
            }
            kept.add(word);
            length += added;
        }
        return String.join("-", kept);
    }
}
