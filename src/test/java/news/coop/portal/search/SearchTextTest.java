package news.coop.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The analysis of the index and of queries: a reader's word, in any of its forms, meets the words of the news. */
class SearchTextTest {
    private final SearchText analysis = new SearchText();

    @Test
    void normalisingFoldsCaseYoApostrophesStressMarksAndSoftHyphens() {
        assertThat(SearchText.normalize("ЁЛКА")).isEqualTo("елка");
        assertThat(SearchText.normalize("Сям’я сямʼя сям'я")).isEqualTo("сямя сямя сямя");
        assertThat(SearchText.normalize("Энерге\u0301тика")).isEqualTo("энергетика");
        assertThat(SearchText.normalize("con\u00ADstruction")).isEqualTo("construction");
        // NFC: a decomposed й (и + breve) is the one letter of the composed form.
        assertThat(SearchText.normalize("и\u0306")).isEqualTo("й");
    }

    @Test
    void tokensAreRunsOfLettersAndDigits() {
        assertThat(SearchText.tokens(SearchText.normalize("Санкт-Петербург, 26 сентября 2023 г. — «БелАЗ»!")))
                .containsExactly("санкт", "петербург", "26", "сентября", "2023", "г", "белаз");
        assertThat(SearchText.tokens("a" + "b".repeat(64) + " short")).containsExactly("short");
    }

    @ParameterizedTest(name = "{0}: {1} and {2} meet")
    @CsvSource({
        "ru, энергетика, энергетики",
        "ru, энергетика, энергетической",
        "ru, энергетика, энергетического",
        "ru, дорога, дорог",
        "ru, дорога, дорогами",
        "ru, сотрудничество, сотрудничества",
        "ru, Ленинградская, Ленинградской",
        "ru, ёлка, елки",
        "be, энергетыка, энергетыкі",
        "be, энергетыка, энергетычнай",
        "be, дарога, дарогамі",
        "be, супрацоўніцтва, супрацоўніцтве",
        "be, вобласць, абласцей",
        "be, сям’я, сям'я",
        "en, building, build",
        "en, roads, road",
        "en, cooperation, cooperate",
        "en, energy, energies",
        "en, Lukashenko's, Lukashenko",
        // Russian names in English text are stemmed as Russian, and English words in Russian text as English.
        "en, Москвы, Москва",
        "ru, buildings, build",
    })
    void inflectedFormsMeet(String lang, String one, String other) {
        assertThat(analysis.terms(one, lang)).isEqualTo(analysis.terms(other, lang)).hasSize(1);
    }

    @ParameterizedTest(name = "{0}: {1} and {2} stay apart")
    @CsvSource({
        "ru, техника, технический",
        "ru, ученик, ученый",
        "ru, дорога, дорожный",
        "ru, школа, шкала",
        "en, energy, enterprise",
        "en, road, read",
    })
    void differentWordsStayApart(String lang, String one, String other) {
        assertThat(analysis.terms(one, lang)).isNotEqualTo(analysis.terms(other, lang));
    }

    @Test
    void numbersStayAsTheyAre() {
        assertThat(analysis.terms("В 2023 году — 825 млн", "ru")).containsExactly("в", "2023", "год", "825", "млн");
        assertThat(analysis.terms("M4 highway", "en")).containsExactly("m4", "highway");
    }

    @Test
    void otherScriptsAreKeptWhole() {
        assertThat(analysis.terms("Ελλάδα", "en")).containsExactly("ελλάδα");
    }

    @Test
    void emptyAndPunctuationOnlyTextHasNoTerms() {
        assertThat(analysis.terms("", "ru")).isEmpty();
        assertThat(analysis.terms(" — «» …", "be")).isEmpty();
        assertThat(analysis.terms("'’ʼ", "en")).isEqualTo(List.of());
    }

    /**
     * One analysis serves a whole build: its languages on several threads at once, Belarusian beside
     * Russian, every word as a fresh analysis would stem it, whichever thread or language met it first.
     */
    @Test
    void oneAnalysisSharedByLanguagesOnTwoThreadsStemsAsAFreshOne() throws Exception {
        String text = "Энергетыка энергетика дарогі дороги школы школа супрацоўніцтва сотрудничество roads building Москвы 2023";
        List<String> languages = List.of("be", "ru", "en", "be", "ru", "en");
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> shared = new ArrayList<>();
            for (int round = 0; round < 200; round++) {
                String lang = languages.get(round % languages.size());
                shared.add(threads.submit(() -> analysis.terms(text, lang)));
            }
            for (int round = 0; round < shared.size(); round++) {
                String lang = languages.get(round % languages.size());
                assertThat(shared.get(round).get()).as(lang).isEqualTo(new SearchText().terms(text, lang));
            }
        } finally {
            threads.shutdown();
        }
        assertThat(new SearchText().terms("дарогі", "be")).isNotEqualTo(new SearchText().terms("дарогі", "ru"));
    }
}
