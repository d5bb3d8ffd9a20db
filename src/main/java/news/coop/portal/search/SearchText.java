package news.coop.portal.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jsoup.parser.Parser;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * The text analysis of search: text → index terms. The browser analyses a query with the same steps
 * ({@code assets/js/search.js}, {@code normalize}, {@code tokens} and {@code stem}), so a query word
 * meets the words of the index in any of their forms. A change here must be made there too;
 * {@code SearchBrowserIT} runs both on the word lists in {@code src/test/resources/search/} and
 * compares them word by word.
 *
 * <ol>
 *   <li>{@link #normalize}: Unicode NFC, lower case, {@code ё} → {@code е}, and the apostrophes
 *       ({@code ' ’ ʼ}), the soft hyphen and stress marks deleted, so that «сям’я», «сямʼя» and
 *       «сям'я» are one word, and so are «энергетика» and «энерге́тика».
 *   <li>{@link #tokens}: the runs of letters and digits; a token longer than {@value #LONGEST}
 *       characters is dropped.
 *   <li>{@link #stem}: a token with a digit stays as it is; a Cyrillic one is stemmed by the
 *       Belarusian stemmer in Belarusian text and by Snowball's Russian stemmer otherwise (a Russian
 *       name in English text is still found in its other forms); a Latin one by Snowball's English
 *       (Porter2) stemmer, whatever the language, since Latin words in Russian and Belarusian news are
 *       English names and terms.
 *   <li>{@link #family}: for a Cyrillic stem, the suffixes -ик, -ическ and -ичн (Belarusian -ык,
 *       -ік, -ычн, -ічн) are cut, so that a noun in -ика and its adjectives meet.
 * </ol>
 * The Snowball stemmers are Lucene's; the browser runs the same algorithms from the npm package
 * {@code snowball-stemmers}. Lucene's Russian stemmer folds ё into е and the npm one does not, which
 * is why {@link #normalize} folds it first: after that the two agree on every word tried.
 *
 * <p>Steps 1 and 2 are pure functions. Steps 3 and 4 are those of an instance, which keeps the stems
 * it made: one instance serves one build (news repeat their words, so each is stemmed once a build),
 * and is dropped with it. Thread-safe: the build's languages are analysed on several threads at once.
 */
public final class SearchText {
    /** Tokens longer than this are not indexed (nobody searches for them, and they bloat the index). */
    static final int LONGEST = 64;

    /** Step 4: the suffixes of a word family, longest first, and the shortest root they leave. */
    private static final List<String> RUSSIAN_FAMILY = List.of("ическ", "ичн", "ик");
    private static final List<String> BELARUSIAN_FAMILY = List.of("ычн", "ічн", "ык", "ік");
    private static final int FAMILY_ROOT = 5;
    /** The most stems kept for Belarusian, and for the other languages, before the cache starts again. */
    private static final int CACHED = 200_000;

    /** Token → term, for Belarusian text and for the others (whose terms do not depend on the language). */
    private final Map<String, String> belarusian = new ConcurrentHashMap<>();
    private final Map<String, String> other = new ConcurrentHashMap<>();

    /** An analysis with nothing cached yet: one for each build. */
    public SearchText() {
    }

    /** Step 1: the form both the index and the query are tokenised from. */
    public static String normalize(String text) {
        String lower = (composed(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFC)).toLowerCase(Locale.ROOT);
        char[] chars = lower.toCharArray();
        int length = 0;
        for (char c : chars) {
            switch (c) {
                case '\'', '\u2019', '\u02BC', '\u00AD', '\u0301', '\u0300' -> {
                }
                case '\u0451' -> chars[length++] = '\u0435';
                default -> chars[length++] = c;
            }
        }
        return new String(chars, 0, length);
    }

    /**
     * Whether NFC leaves every letter and digit of the text as it is: true when the text has only
     * characters below the combining marks (U+0300), Cyrillic (U+0400–U+04FF) and general punctuation
     * without canonical decompositions (U+2010–U+205E), as almost every news text has. Skipping NFC
     * there saves a pass over every body of the archive.
     */
    private static boolean composed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0300' && !(c >= '\u0400' && c <= '\u04FF') && !(c >= '\u2010' && c <= '\u205E')) {
                return false;
            }
        }
        return true;
    }

    /** Step 2: the words of normalised text, in order. */
    public static List<String> tokens(String normalized) {
        List<String> tokens = new ArrayList<>();
        forEachToken(normalized, tokens::add);
        return tokens;
    }

    /** Step 2 without a list: each token of normalised text, in order. */
    static void forEachToken(String normalized, Consumer<String> action) {
        char[] chars = normalized.toCharArray();
        int start = -1;
        for (int i = 0; i <= chars.length; ) {
            int c = i < chars.length ? Character.codePointAt(chars, i) : ' ';
            boolean part = i < chars.length && (Character.isLetter(c) || isNumber(c));
            if (part && start < 0) {
                start = i;
            } else if (!part && start >= 0) {
                if (i - start <= LONGEST) {
                    action.accept(new String(chars, start, i - start));
                }
                start = -1;
            }
            i += Character.charCount(c);
        }
    }

    /** Unicode's N: decimal digits, letter numbers (Ⅻ) and other numbers (²), as {@code \p{N}} in a JavaScript pattern. */
    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /**
     * Step 3: the index term of one token of text in {@code lang}. News repeat their words, so the
     * stems made are kept (up to {@value #CACHED} for Belarusian and as many for the others) and a word
     * is stemmed once.
     */
    public String stem(String token, String lang) {
        Map<String, String> cache = lang.equals("be") ? belarusian : other;
        String known = cache.get(token);
        if (known == null) {
            if (cache.size() >= CACHED) {
                cache.clear();
            }
            known = uncachedStem(token, lang);
            cache.put(token, known);
        }
        return known;
    }

    /** Snowball's stemmers hold the word they stem: a new one for each word not met before. */
    private static String uncachedStem(String token, String lang) {
        boolean cyrillic = false;
        boolean latin = true;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (isNumber(c)) {
                return token;
            }
            cyrillic |= c >= '\u0400' && c <= '\u04FF';
            latin &= c >= 'a' && c <= 'z';
        }
        if (cyrillic) {
            return lang.equals("be") ? family(BelarusianStemmer.stem(token), BELARUSIAN_FAMILY)
                    : family(snowball(new RussianStemmer(), token), RUSSIAN_FAMILY);
        }
        return latin ? snowball(new EnglishStemmer(), token) : token;
    }

    /** All four steps: the index terms of a text in {@code lang}, in text order. */
    public List<String> terms(String text, String lang) {
        List<String> terms = new ArrayList<>();
        forEachToken(normalize(text), token -> terms.add(stem(token, lang)));
        return terms;
    }

    /**
     * The text of body HTML, for the index: tags become spaces and entities characters. The body is
     * the tool's own well-formed HTML, so this is all a parser would do for the words, at a fraction
     * of the cost over ten thousand bodies.
     */
    public static String htmlText(String html) {
        char[] chars = html.toCharArray();
        int length = 0;
        boolean inTag = false;
        for (char c : chars) {
            if (c == '<') {
                inTag = true;
                chars[length++] = ' ';
            } else if (c == '>' && inTag) {
                inTag = false;
            } else if (!inTag) {
                chars[length++] = c;
            }
        }
        String text = new String(chars, 0, length);
        return text.indexOf('&') < 0 ? text : Parser.unescapeEntities(text, false);
    }

    /**
     * Step 4 for Cyrillic stems: the noun in -ика and its adjectives in -ический and -ичный are one
     * word family for a reader («энергетика», «энергетической», «энергетичный»), but Snowball, which
     * strips only endings, leaves them apart (энергетик, энергетическ, энергетичн). So one of these
     * suffixes is cut from a stem when at least {@value #FAMILY_ROOT} letters remain: the root
     * «энергет» then stands for the family. The limit keeps short stems apart: «техника» and
     * «технический» stay apart, and so do «ученик» and «ученый».
     */
    private static String family(String stem, List<String> suffixes) {
        for (String suffix : suffixes) {
            if (stem.endsWith(suffix) && stem.length() - suffix.length() >= FAMILY_ROOT) {
                return stem.substring(0, stem.length() - suffix.length());
            }
        }
        return stem;
    }

    private static String snowball(SnowballStemmer stemmer, String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
