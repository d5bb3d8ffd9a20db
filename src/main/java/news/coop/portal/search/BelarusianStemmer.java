package news.coop.portal.search;

import java.util.List;

/**
 * A light stemmer for Belarusian, shaped like the Snowball Russian stemmer: without a dictionary, it
 * takes the inflectional ending off a word so that the forms of one word meet on one stem (дарога, дарогі,
 * дарог, дарогамі → {@code дараг}). No maintained Belarusian stemmer exists, hence this one.
 *
 * <p>The build stems the search index with it, and the search page stems the reader's query with its twin,
 * {@code window.portalStemBelarusian} in {@code assets/js/search-be.js}. Both must give the same stem for
 * every word, so they change together: the tables and steps are in the same order and form in both files.
 * {@code BelarusianStemmerTest.agreesWithTheExpectedStems} proves that they agree, on every word of
 * {@code src/test/resources/search/words-be.txt}.
 *
 * <p>The word comes normalised as the search normalises text: lowercase, ё written е, apostrophes and stress
 * marks removed (сям’я is {@code сямя}). Strings are handled as UTF-16 code units, as in JavaScript.
 * Stateless and thread-safe.
 *
 * <h2>The algorithm</h2>
 * <ol>
 * <li><b>Spelling fold</b>, on every word: э → е, ё → е, and a ў that starts the word → у. Э and е are one
 *     vowel, written э after a hard consonant and е after a soft one, so endings need one spelling
 *     (бярэш, ідзеш → {@code -еш}; рэгіён). A word-initial ў is the у of a word written after a vowel:
 *     ўжо and ужо, ўдзел and удзел, the preposition ў and у must meet. A word of one or two letters, or
 *     without a vowel (а е ё і о у ы э ю я), is returned after this fold alone.</li>
 * <li><b>Regions</b>, as in Snowball: RV is the part of the word after its first vowel; R1 the part after
 *     the first non-vowel that follows a vowel; R2 the same again inside R1. An ending is removed only if
 *     it lies in RV (in R2 for derivational ones) and leaves a stem of at least three letters
 *     ({@code MIN_STEM}; the first vowel always stays). Three, not two: two-letter stems meet the
 *     prepositions and conjunctions (аб’ём would be {@code аб}, воды {@code ад}).</li>
 * <li><b>Step 1, the ending.</b> Within a class the longest ending that matches is removed. First a
 *     perfective gerund ({@code PERFECTIVE_GERUND}: адзначыўшы); if there is none, a reflexive ending
 *     ({@code REFLEXIVE}: займаюся, займацца) if any, and then the first of the adjectival
 *     ({@code ADJECTIVAL}: новага, апошняй), verb ({@code VERB}: чытаць, робіш) and noun ({@code NOUN}:
 *     школамі, гарадоў) classes that has an ending. Participles decline as adjectives and lose the same
 *     endings (падпісаныя → падпісан).</li>
 * <li><b>Step 2, a final vowel</b> in RV: the vowel of a stem that ends in й before a vowel ending, which
 *     keeps it in some forms and not in others: рэалізацыя, рэалізацыі, рэалізацыю → {@code реалізац};
 *     ідэя, ідэй; музей, музея; ураджай, ураджаі; чытаць, чытаеш; працаваць, працуе → {@code прац}.
 *     It is Snowball's final и, for all vowels.</li>
 * <li><b>Step 3, a derivational ending</b> in R2 ({@code DERIVATIONAL}, Snowball's -ость):
 *     прамысловасць, прамысловасці → {@code прамыслав}, as прамысловы; маладосць → {@code малад}. R2
 *     keeps the сц of вобласць ({@code абласц}).</li>
 * <li><b>Step 4</b>: a superlative ending ({@code SUPERLATIVE}: найважнейшы → {@code найважн}); then a
 *     final double consonant made single, as Snowball does with нн. Belarusian doubles a consonant before
 *     some endings only (Беларусь, Беларуссю; сувязь, сувяззю; магістраль, магістраллю), and -нне nouns and
 *     -нны adjectives lose the double evenly in every form (пытанне, пытанняў → {@code пытан}). Snowball's
 *     final ь is not needed: ь is a noun ending of step 1, and Belarusian writes an apostrophe, not ь,
 *     before a vowel ending.</li>
 * <li><b>Step 5, the stem fold</b>, on what is left: о → а, я → е, ў → в, and a prothetic в dropped.
 *     <ul>
 *     <li>о → а is akanne: о is written only under stress and becomes а when the stress moves, so горад,
 *         горада meet гарады, гарадах ({@code гарад}) and школа meets школу ({@code шкал}).</li>
 *     <li>я → е is yakanne: a stressed е (ё) becomes я in the syllable before the stress, so сяло, сяле
 *         meet сёлы ({@code сел}), вёска meets вяскі ({@code веск}) and сям’я meets сем’і.</li>
 *     <li>ў → в: ў is the в of the stem before a consonant or at the end: мова, моў ({@code мав});
 *         здароўе, здароўя meet здаровы ({@code здарав}).</li>
 *     <li>A word that begins with во drops the в, if three letters stay: в is prothetic before a stressed
 *         initial о, and goes with the stress. So вобласць, вобласці meet абласцей, абласцях
 *         ({@code абласц}), возера meets азёры, восень meets асенні.</li>
 *     </ul></li>
 * </ol>
 *
 * <h3>Why the vowels are folded last</h3>
 * The ending tables are written as the ending is spelt after the spelling fold, with е for э and ё
 * (-ем for -эм, -ём; -еў for -ёў), and with both spellings where akanne and yakanne give two (-ом and -ам,
 * -оў and -аў, -ям and -ем). Folding о, я and ў before the endings would lose what tells them apart:
 * <ul>
 * <li>the reflexive -ся from the locative -се: займаецца, займаюся, but працэсе, трасе ({@code працес},
 *     {@code трас});</li>
 * <li>the noun дарога, stressed on its stem, from an adjective's -ага: only the unstressed -ага is
 *     adjectival (новага → {@code нав}), so дарога → {@code дараг} as дарогі;</li>
 * <li>a stem ending in ў from the verb ending -уе: здароўе against будуе, працуе.</li>
 * </ul>
 *
 * <h3>Endings left alone, and why</h3>
 * <ul>
 * <li>Past tense -ла, -лі (чытала, чыталі): they also end the nouns whose stem ends in л (правіла, правілы;
 *     капітала; магістралі; аўтамабілі; гатэлі), which would lose their л in some forms. So the past forms
 *     meet one another (адзначыла, адзначылі → {@code адзначыл}) but not the infinitive; the masculine
 *     -іў, -ыў, -аў does meet it (адзначыў, адзначыць → {@code адзнач}).</li>
 * <li>Present gerunds -учы, -ючы, -ачы, -ячы (ідучы, гаворачы): they also end adjectives (бягучы, вядучы,
 *     which must meet бягучага) and nouns (задачы, сустрэчы, which must meet задача). Only their reflexive
 *     forms are gerund endings (займаючыся).</li>
 * <li>-ца, although займацца is reflexive: сталіца, вуліца, граніца end so. Only -цца is reflexive.</li>
 * <li>The second person plural -еце, -іце, -ыце (чытаеце, робіце): they also end the locative of nouns in
 *     -т (бюджэце, візіце).</li>
 * <li>The stressed adjectival -ога (маладога), so that дарога, перамога, дапамога, педагога keep their г.</li>
 * </ul>
 *
 * <h2>What meets, and known limits</h2>
 * These forms meet (each pinned by {@code BelarusianStemmerTest}): энергетыка, энергетыкі; дарога, дарогі,
 * дарог, дарогамі; супрацоўніцтва, супрацоўніцтве, супрацоўніцтву; горад, горада, гарады, гарадах;
 * будаўніцтва, будаўніцтве; вобласць, вобласці, абласцей; Ленінградская, Ленінградскай, Ленінградскую;
 * школа, школы, школе, школу; Беларусь, Беларусі, Беларуссю; сяло, сёлы; вёска, вяскі. These do not:
 * <ul>
 * <li>Consonant alternations are not undone: д/дз (горад, горадзе; урад, урадзе), т/ц (праект, праекце;
 *     работа, рабоце), г/з (дарога, дарозе), к/ц (энергетыка, энергетыцы; навука, навуцы), с/ш (падпісаць,
 *     падпішу), б/бл (рабіць, раблю).</li>
 * <li>Suffixes are not removed: энергетычнай ({@code енергетычн}) does not meet энергетыка
 *     ({@code енергетык}), for the adjective's -н- and the к/ч alternation; будаўніцтва does not meet
 *     будаваць. (Search then joins the first pair: {@code SearchText}'s word-family step cuts -ык and
 *     -ычн from both, leaving {@code енергет}.)</li>
 * <li>Fleeting vowels: рынак, рынку; гандаль, гандлю; навуковец, навукоўца; выстаўка, выставак.</li>
 * <li>The akanne of э: рака, рэкі.</li>
 * <li>An ending that is also the end of a stem: праграму and праграм ({@code прагр}) against праграма
 *     ({@code праграм}), for the adjectival -аму and the noun -ам; likewise сістэм, праблем; перавага
 *     ({@code перав}) against перавагі; дзяржаў ({@code дзерж}, read as the genitive plural -аў) against
 *     дзяржава; stressed adjectives in -ога (маладога {@code маладаг}, малады {@code малад}).</li>
 * <li>The folds make a few different words meet: школа and шкала ({@code шкал}), дарога and дарагі
 *     ({@code дараг}), дом and дама ({@code дам}), водны and адны ({@code адн}).</li>
 * </ul>
 */
public final class BelarusianStemmer {
    /** No ending is removed that would leave a stem shorter than this. */
    private static final int MIN_STEM = 3;
    private static final String VOWELS = "аеёіоуыэюя";

    /** Spelling fold, first, on every word: э → е, ё → е (and a ў that starts the word → у). */
    private static final String SPELLING_FROM = "эё";
    private static final String SPELLING_TO = "ее";
    /** Stem fold, last: о → а (akanne), я → е (yakanne), ў → в (and a prothetic в before о dropped). */
    private static final String STEM_FROM = "ояў";
    private static final String STEM_TO = "аев";

    // The ending classes, as they are written after the spelling fold (so with е for э and ё).
    private static final List<String> PERFECTIVE_GERUND = List.of(
            "ўшы", "ўшыся", // адзначыўшы, сабраўшыся
            "учыся", "ючыся", "ачыся", "ячыся"); // бяручыся, займаючыся, вучачыся, робячыся
    private static final List<String> REFLEXIVE = List.of(
            "ся", "цца"); // займаюся, займаўся; займацца, займаецца
    private static final List<String> ADJECTIVAL = List.of(
            "ага", "аму", "ому", "ым", "ая", "ай", "ой", "ую", "аю", "ою", "ае", "ое", "ыя", "ых", "ымі", // новага … новымі
            "яга", "яму", "ім", "яя", "яй", "юю", "яю", "яе", "ія", "іх", "імі"); // апошняга … апошнімі
    private static final List<String> VERB = List.of(
            "аць", "яць", "ець", "іць", "ыць", "уць", "юць", // чытаць, стаяць, мець, рабіць, гаварыць, бяруць, чытаюць
            "аваць", "яваць", // будаваць, рэгуляваць
            "еш", "ем", "іш", "ыш", "йце", // чытаеш, чытаем, робіш, гаворыш, чытайце
            "іў", "ыў"); // рабіў, адзначыў
    private static final List<String> NOUN = List.of(
            "а", "я", "о", "е", "і", "ы", "у", "ю", "ь", "й", // школа, зямля, сяло, школе, зямлі, школы, школу, зямлю, Беларусь, тэхналогій
            "ам", "ям", "ом", "ем", // школам, зямлям, горадам, сталом, полем, днём
            "амі", "ямі", "ьмі", "ах", "ях", // школамі, зямлямі, людзьмі, школах, зямлях
            "аў", "оў", "яў", "еў", "ей", // рэгіёнаў, гарадоў, пытанняў, краёў; абласцей, зямлёй
            "ай", "ой", "яй", "аю", "ою", "яю", "ею"); // школай, рукой, кацельняй, школаю, рукою, кацельняю, зямлёю
    private static final List<String> DERIVATIONAL = List.of("асц", "осц"); // прамысловасць, маладосць (after step 1: прамысловасц)
    private static final List<String> SUPERLATIVE = List.of("ейш"); // найважнейшы (after step 1: найважнейш)

    private BelarusianStemmer() {
    }

    /**
     * The stem of one normalised word (see the class comment); never empty unless the word is. Words of one
     * or two letters, and words without a vowel, come back with only the spelling fold (ў → {@code у}).
     */
    public static String stem(String word) {
        String w = fold(word.startsWith("ў") ? "у" + word.substring(1) : word, SPELLING_FROM, SPELLING_TO);
        int first = 0;
        while (first < w.length() && !isVowel(w.charAt(first))) {
            first++;
        }
        if (w.length() <= 2 || first == w.length()) {
            return w;
        }
        int rv = first + 1;
        int r2 = region(w, region(w, 0));

        // Step 1: a perfective gerund ending; or else a reflexive ending if any, then an adjectival, verb or
        // noun ending, the first class that has one.
        String stem = strip(w, rv, PERFECTIVE_GERUND);
        if (stem == null) {
            w = orElse(strip(w, rv, REFLEXIVE), w);
            stem = strip(w, rv, ADJECTIVAL);
            if (stem == null) {
                stem = strip(w, rv, VERB);
            }
            if (stem == null) {
                stem = orElse(strip(w, rv, NOUN), w);
            }
        }
        w = stem;
        // Step 2: a final vowel.
        if (isVowel(w.charAt(w.length() - 1))) {
            w = dropLast(w, rv);
        }
        // Step 3: a derivational ending in R2.
        w = orElse(strip(w, r2, DERIVATIONAL), w);
        // Step 4: a superlative ending; then a final double consonant made single.
        w = orElse(strip(w, rv, SUPERLATIVE), w);
        if (w.charAt(w.length() - 1) == w.charAt(w.length() - 2) && !isVowel(w.charAt(w.length() - 1))) {
            w = dropLast(w, rv);
        }
        // Step 5: the stem fold.
        w = fold(w, STEM_FROM, STEM_TO);
        if (word.startsWith("во") && w.length() > MIN_STEM) {
            w = w.substring(1);
        }
        return w;
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }

    private static String fold(String word, String from, String to) {
        StringBuilder folded = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            int at = from.indexOf(word.charAt(i));
            folded.append(at >= 0 ? to.charAt(at) : word.charAt(i));
        }
        return folded.toString();
    }

    /** Where the region after the first non-vowel that follows a vowel (both at or after start) begins. */
    private static int region(String word, int start) {
        for (int i = start + 1; i < word.length(); i++) {
            if (!isVowel(word.charAt(i)) && isVowel(word.charAt(i - 1))) {
                return i + 1;
            }
        }
        return word.length();
    }

    /**
     * The word without the longest ending of the table that it ends with, that starts at or after limit and
     * that leaves a stem of {@code MIN_STEM} letters or more; null if there is none.
     */
    private static String strip(String word, int limit, List<String> table) {
        String found = null;
        for (String ending : table) {
            int start = word.length() - ending.length();
            if (start >= limit && start >= MIN_STEM && word.endsWith(ending) && (found == null || ending.length() > found.length())) {
                found = ending;
            }
        }
        return found == null ? null : word.substring(0, word.length() - found.length());
    }

    /** The word without its last letter if that letter is in RV and the stem keeps {@code MIN_STEM} letters. */
    private static String dropLast(String word, int rv) {
        return word.length() > MIN_STEM && word.length() - 1 >= rv ? word.substring(0, word.length() - 1) : word;
    }

    private static String orElse(String stripped, String word) {
        return stripped == null ? word : stripped;
    }
}
