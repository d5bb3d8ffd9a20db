package news.coop.portal.validate;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * URL slugs made from titles and file names (composed to NFC first): ASCII, lowercase, words joined by single hyphens, at most
 * {@link #MAX_LENGTH} characters, cut at a word boundary. When a title is cut, small words left dangling
 * at the end (of, with, v, na, …) go too. The same text and language always give the same slug.
 *
 * <h2>Russian: BGN/PCGN</h2>
 * Russian is romanised by the BGN/PCGN 1947 system, ICU's {@code Russian-Latin/BGN}: the standard the US and
 * UK boards on geographic names and most English-language maps and newsrooms use for Russian names, so a
 * slug reads the way an English reader already spells the place (Москва {@code moskva}, Щёлково
 * {@code shchelkovo}, Ярославль {@code yaroslavl}). It was kept over ICAO Doc 9303 (Russian passports since
 * 2013: ц {@code ts}, ъ {@code ie}, е always {@code e}) because every slug already published was made with it,
 * and a URL that changes breaks links: BGN keeps them stable.
 *
 * <h2>Belarusian: the official national system</h2>
 * Belarusian is romanised by the Instruction on transliteration of Belarusian geographical names with letters
 * of the Latin script (State Committee on Land Resources, Geodesy and Cartography, 2000, as amended on
 * 11 June 2007; adopted by the UN Group of Experts on Geographical Names in 2007), as ICU rules of our own
 * ({@link #BELARUSIAN_RULES}) run by ICU's rule-based transliterator:
 * <ul>
 * <li>а a, б b, в v, г h, ґ g, д d, ж ž, з z, і i, й j, к k, л l, м m, н n, о o, п p, р r, с s, т t, у u,
 *     ў ŭ, ф f, х ch, ц c, ч č, ш š, ы y, э e; дж and дз are d+ž and d+z;</li>
 * <li>е, ё, ю, я are je, jo, ju, ja at the start of a word, after a vowel, after ў, after an apostrophe and
 *     after a separating ь; after any other consonant they are ie, io, iu, ia (Мёры Miory, Вераб'ёвічы
 *     Vierabjovičy);</li>
 * <li>ь puts an acute on the consonant before it (ль ĺ, нь ń, сь ś, зь ź, ць ć); the apostrophe is dropped;
 *     stress marks in the source are dropped.</li>
 * </ul>
 * The Latin text keeps the diacritics of the standard (Магілёў Mahilioŭ); ICU's {@code Latin-ASCII} then
 * takes them off for the slug ({@code mahiliou}). Letters the system has no rule for (Russian и, щ, ъ in a
 * Belarusian title, other scripts) go through ICU's {@code Any-Latin}.
 *
 * <p>Any other language goes through {@code Any-Latin; Latin-ASCII}. Apostrophes and the BGN primes for ь
 * and ъ are dropped rather than splitting a word.
 *
 * <p>Thread-safe. The transliterators are built once and shared: ICU documents a {@link Transliterator} as
 * keeping no state between calls of {@link Transliterator#transliterate(String)} (all state of a call is in
 * its own {@code Position}), and ICU4J's rule-based transliterator synchronises on its rule data while it
 * matches; {@code SlugsTest} checks many threads against one.
 */
public final class Slugs {
    /** Longest slug, in characters: long enough for a headline's gist, short enough for a URL. */
    public static final int MAX_LENGTH = 60;

    /**
     * The Belarusian national system (2007) as ICU transliteration rules. Two passes: the first drops stress
     * marks, the second romanises letter by letter, left to right. A rule's context before "{" is matched
     * against what is already romanised, so "after a consonant" is "after a Latin consonant"; an apostrophe
     * is consumed together with the vowel it separates, and ь leaves a combining acute that is no consonant.
     * The final NFC composes the acute with its consonant (l + ◌́ = ĺ).
     */
    static final String BELARUSIAN_RULES = """
            $apostrophe = [\\u0027\\u2019\\u02BC];
            $consonant = [bcdfghjklmnprstvzčšžBCDFGHJKLMNPRSTVZČŠŽ];
            [\\u0300\\u0301] > ;
            ::Null;
            $apostrophe е > je ; $apostrophe ё > jo ; $apostrophe ю > ju ; $apostrophe я > ja ;
            $apostrophe Е > Je ; $apostrophe Ё > Jo ; $apostrophe Ю > Ju ; $apostrophe Я > Ja ;
            $apostrophe > ;
            ь > \\u0301 ; Ь > \\u0301 ;
            $consonant { е > ie ; $consonant { ё > io ; $consonant { ю > iu ; $consonant { я > ia ;
            $consonant { Е } [:Lu:] > IE ; $consonant { Ё } [:Lu:] > IO ; $consonant { Ю } [:Lu:] > IU ; $consonant { Я } [:Lu:] > IA ;
            $consonant { Е > Ie ; $consonant { Ё > Io ; $consonant { Ю > Iu ; $consonant { Я > Ia ;
            е > je ; ё > jo ; ю > ju ; я > ja ;
            Е } [:Lu:] > JE ; Ё } [:Lu:] > JO ; Ю } [:Lu:] > JU ; Я } [:Lu:] > JA ;
            Е > Je ; Ё > Jo ; Ю > Ju ; Я > Ja ;
            а > a ; А > A ; б > b ; Б > B ; в > v ; В > V ; г > h ; Г > H ; ґ > g ; Ґ > G ; д > d ; Д > D ;
            ж > ž ; Ж > Ž ; з > z ; З > Z ; і > i ; І > I ; й > j ; Й > J ; к > k ; К > K ; л > l ; Л > L ;
            м > m ; М > M ; н > n ; Н > N ; о > o ; О > O ; п > p ; П > P ; р > r ; Р > R ; с > s ; С > S ;
            т > t ; Т > T ; у > u ; У > U ; ў > ŭ ; Ў > Ŭ ; ф > f ; Ф > F ;
            х > ch ; Х } [:Lu:] > CH ; Х > Ch ;
            ц > c ; Ц > C ; ч > č ; Ч > Č ; ш > š ; Ш > Š ; ы > y ; Ы > Y ; э > e ; Э > E ;
            ::NFC;
            """;

    private static final Transliterator BELARUSIAN_LATIN = Transliterator.createFromRules("be-Latn-BY2007", BELARUSIAN_RULES, Transliterator.FORWARD);
    private static final Transliterator RUSSIAN = Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII");
    private static final Transliterator OTHER = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    /** Words not worth ending a cut slug on: English, Russian as BGN writes them, Belarusian as the national system does. */
    private static final Set<String> DANGLING = Set.of("a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with",
            "v", "vo", "na", "s", "so", "i", "k", "ko", "po", "o", "ob", "za", "iz", "dlya", "ot", "do", "pri", "u", "w", "z", "sa", "y", "da", "pa",
            "ab", "ad", "pry", "dlia", "pra", "praz", "ci");

    private Slugs() {
    }

    /** The slug of a title in a language ({@code en}, {@code ru}, {@code be}, …); empty when the title has no letters or digits. */
    public static String of(String title, String lang) {
        String composed = Normalizer2.getNFCInstance().normalize(title); // a file name from macOS comes decomposed: й as и and a breve
        String ascii = switch (lang) {
            case "ru" -> RUSSIAN.transliterate(composed);
            case "be" -> OTHER.transliterate(BELARUSIAN_LATIN.transliterate(composed));
            default -> OTHER.transliterate(composed);
        };
        String latin = ascii.toLowerCase(Locale.ROOT).replaceAll("['\"`ʹʺ’]", "");
        List<String> words = Arrays.stream(latin.split("[^a-z0-9]+")).filter(word -> !word.isEmpty()).toList();
        return shorten(words);
    }

    /** Belarusian text in the Latin letters of the national system, diacritics kept: Магілёў is Mahilioŭ. */
    public static String belarusianLatin(String text) {
        return BELARUSIAN_LATIN.transliterate(text);
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
