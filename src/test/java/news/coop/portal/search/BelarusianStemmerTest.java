package news.coop.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The forms of a word meet on one stem, different words stay apart, the known limits stay as documented,
 * every word of the real Belarusian content is stemmed, and the Java stemmer agrees with the browser's
 * {@code assets/js/search-be.js} on every word of {@code search/words-be.txt}.
 *
 * <p>{@code search/words-be.txt} holds every Belarusian word of {@code content/} and of the Belarusian labels
 * and descriptions of {@code data/} (as of the stemmer's first version), plus the inflected forms of common
 * nouns, adjectives and verbs of the news domain; one word a line, normalised as the search normalises
 * text. Add words freely. {@code search/stems-be.tsv} is written by the JavaScript stemmer, never by hand:
 * after changing either stemmer, or the word list, run (Node.js 12 or later)
 * <pre>
 * node src/test/resources/search/stems-be.js
 * </pre>
 * and commit the new TSV with the change.
 */
class BelarusianStemmerTest {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern CYRILLIC = Pattern.compile("[\\u0400-\\u04FF]");
    private static final Pattern DIGIT = Pattern.compile("\\p{N}");

    @ParameterizedTest(name = "{1} → {0}")
    @CsvSource(delimiter = '|', textBlock = """
            енергетык     | энергетыка энергетыкі энергетыку энергетыкай
            дараг         | дарога дарогі дарог дарогамі дарогу
            супрацавніцтв | супрацоўніцтва супрацоўніцтве супрацоўніцтву супрацоўніцтвам
            гарад         | горад горада гарады гарадах гарадоў
            будавніцтв    | будаўніцтва будаўніцтве будаўніцтву
            абласц        | вобласць вобласці вобласцю абласцей абласцях
            ленінградск   | Ленінградская Ленінградскай Ленінградскую Ленінградскі Ленінградскага
            шкал          | школа школы школе школу школай школамі
            беларус       | Беларусь Беларусі Беларуссю
            сел           | сяло сяле сёлы сёлах
            веск          | вёска вёскі вяскі
            сем           | сям’я сям'і сем’і
            реалізац      | рэалізацыя рэалізацыі рэалізацыю рэалізацыяй рэалізацый
            іде           | ідэя ідэі ідэю ідэй
            прамыслав     | прамысловасць прамысловасці прамысловы прамысловая
            здарав        | здароўе здароўя здаровы
            мав           | мова мовы моў
            вад           | вада вады воды
            азер          | возера азёры
            калег         | калега калегі калегам
            сістем        | сістэма сістэмы сістэму
            пытан         | пытанне пытання пытанняў пытаннямі
            бегуч         | бягучы бягучага бягучыя
            найважн       | найважнейшы найважнейшых
            займ          | займацца займаецца займаюцца займаюся займаўся займаючыся
            адзнач        | адзначыць адзначае адзначаюць адзначыў адзначыўшы
            прац          | праца працаваць працуе працуюць
            працес        | працэс працэсе
            трас          | траса трасе
            ужа           | ужо ўжо
            у             | у ў
            """)
    void theFormsOfOneWordMeet(String stem, String forms) {
        for (String form : forms.split(" ")) {
            assertThat(BelarusianStemmer.stem(normalise(form))).as(form).isEqualTo(stem);
        }
    }

    /** The limits the class comment names, pinned: a change that lifts one updates this list and the comment. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            энергетычнай | енергетычн
            горадзе      | гарадз
            дарозе       | дараз
            праекце      | праекц
            дзяржаў      | дзерж
            рынак        | рынак
            рынку        | рынк
            рэкі         | рек
            праграму     | прагр
            праграм      | прагр
            маладога     | маладаг
            чытала       | чытал
            ідучы        | ідуч
            """)
    void knownLimitsKeepTheseFormsApart(String word, String stem) {
        assertThat(BelarusianStemmer.stem(normalise(word))).isEqualTo(stem);
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource({"дарога, дарэчы", "школа, шкода", "сяло, сала", "праца, працэс", "рака, рука", "вобласць, вопыт",
            "сталіца, сталь", "навіна, навука", "краіна, край"})
    void differentWordsStayApart(String one, String other) {
        assertThat(BelarusianStemmer.stem(normalise(one))).isNotEqualTo(BelarusianStemmer.stem(normalise(other)));
    }

    @Test
    void shortWordsAndWordsWithoutAVowelKeepAllButTheSpellingFold() {
        assertThat(BelarusianStemmer.stem("")).isEmpty();
        assertThat(BelarusianStemmer.stem("і")).isEqualTo("і");
        assertThat(BelarusianStemmer.stem("ў")).isEqualTo("у");
        assertThat(BelarusianStemmer.stem("аб")).isEqualTo("аб");
        assertThat(BelarusianStemmer.stem("на")).isEqualTo("на");
        assertThat(BelarusianStemmer.stem("вф")).isEqualTo("вф");
        assertThat(BelarusianStemmer.stem("бсс")).isEqualTo("бсс");
        assertThat(BelarusianStemmer.stem("эх")).isEqualTo("ех");
    }

    @Test
    void aStemIsNeverEmptyNorLongerThanItsWordAndCanBeStemmedAgain() {
        for (String word : words()) {
            String stem = BelarusianStemmer.stem(word);
            assertThat(stem).as(word).isNotEmpty().hasSizeLessThanOrEqualTo(word.length());
            assertThat(BelarusianStemmer.stem(stem)).as(word + " → " + stem).isNotEmpty();
        }
    }

    @Test
    void everyBelarusianWordOfTheContentIsStemmed() throws IOException {
        Set<String> words = new LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (isBelarusian(text)) {
                    words.addAll(cyrillicTokens(text));
                }
            }
        }

        assertThat(words).hasSizeGreaterThan(500);
        for (String word : words) {
            assertThat(BelarusianStemmer.stem(word)).as(word).isNotEmpty();
        }
    }

    @Test
    void theWordListIsLargeDistinctAndNormalised() {
        List<String> words = words();

        assertThat(words).hasSizeGreaterThanOrEqualTo(1500).doesNotHaveDuplicates();
        for (String word : words) {
            assertThat(cyrillicTokens(word)).as(word).containsExactly(word);
        }
    }

    /**
     * The Java stem of every word of {@code words-be.txt} is the one {@code assets/js/search-be.js} gives,
     * as {@code stems-be.tsv} records it (see the class comment for how to regenerate it).
     */
    @Test
    void agreesWithTheExpectedStems() {
        List<String> words = words();
        List<String> expectedWords = new ArrayList<>();
        List<String> disagreements = new ArrayList<>();
        int agreements = 0;
        List<String> lines = lines("search/stems-be.tsv");
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#") || line.isEmpty()) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            assertThat(columns).as("search/stems-be.tsv:%d: word<TAB>stem", i + 1).hasSize(2);
            expectedWords.add(columns[0]);
            String stem = BelarusianStemmer.stem(columns[0]);
            if (stem.equals(columns[1])) {
                agreements++;
            } else {
                disagreements.add("search/stems-be.tsv:" + (i + 1) + ": " + columns[0] + " → Java " + stem + ", JavaScript " + columns[1]);
            }
        }

        assertThat(expectedWords).as("the words of stems-be.tsv are those of words-be.txt: run node src/test/resources/search/stems-be.js")
                .isEqualTo(words);
        assertThat(disagreements).as("Java and JavaScript disagree").isEmpty();
        assertThat(agreements).isEqualTo(words.size());
    }

    /** Step 1 of the search's text analysis (search-spec: normalise). */
    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('ё', 'е')
                .replaceAll("['\u2019\u02BC\u00AD\u0301\u0300]", "");
    }

    /** The tokens the search would give to the Belarusian stemmer: with a Cyrillic letter, without a digit, at most 64 units. */
    private static List<String> cyrillicTokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(normalise(text));
        while (matcher.find()) {
            String token = matcher.group();
            if (token.length() <= 64 && CYRILLIC.matcher(token).find() && !DIGIT.matcher(token).find()) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    private static boolean isBelarusian(String markdown) {
        if (!markdown.startsWith("---\n")) {
            return false;
        }
        int end = markdown.indexOf("\n---\n", 4);
        return end > 0 && markdown.substring(4, end).lines().anyMatch("lang: be"::equals);
    }

    private static List<String> words() {
        return lines("search/words-be.txt").stream().filter(line -> !line.isEmpty()).toList();
    }

    private static List<String> lines(String resource) {
        try (InputStream in = BelarusianStemmerTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
