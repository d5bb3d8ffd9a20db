package news.coop.portal.author;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import news.coop.portal.model.Term;
import news.coop.portal.model.Vocabulary;
import org.junit.jupiter.api.Test;

/** Keywords match word starts, in order, in any case; the title weighs more; regions are found by their (inflected) labels. */
class TermSuggesterTest {
    private static final Vocabulary AREAS = new Vocabulary("area", List.of(
            area("construction", Map.of("en", List.of("construct", "build"), "be", List.of("будаўні"))),
            area("energy", Map.of("en", List.of("energy", "heat", "boiler"), "ru", List.of("энерг", "котельн"))),
            area("roads", Map.of("en", List.of("road", "bridge"), "ru", List.of("дорог"))),
            area("education", Map.of("en", List.of("school", "universit"), "be", List.of("універсітэт", "ахов здароў")))));
    private static final Vocabulary REGIONS = new Vocabulary("region", List.of(
            region("leningrad-region", "Leningrad Region", "Ленинградская область"),
            region("saint-petersburg", "Saint Petersburg", "Санкт-Петербург"),
            region("tatarstan", "Republic of Tatarstan", "Республика Татарстан")));

    @Test
    void areasWithEnoughHitsAreChosenAndTheRestListed() {
        TermSuggester.Suggestion suggestion = TermSuggester.areas(AREAS, "en", "Boiler houses to be rebuilt",
                "Boiler houses to be rebuilt\nThe BOILER houses get new heat pumps; builders start building in May. The construction of a road-bridge is planned, and a school.");

        assertThat(suggestion.ids()).containsExactly("energy", "construction");
        assertThat(suggestion.chosen()).extracting(Object::toString).containsExactly(
                "energy (in the title; boiler ×2, heat ×1)", "construction (build ×2, construct ×1)");
        assertThat(suggestion.others()).extracting(Object::toString).containsExactly("roads (road ×1, bridge ×1)", "education (school ×1)");
    }

    @Test
    void keywordsMatchOnlyAtTheStartOfAWord() {
        TermSuggester.Suggestion suggestion = TermSuggester.areas(AREAS, "en", "x", "Railroads, abridged and heated: a superheat.");

        assertThat(suggestion.chosen()).isEmpty();
        assertThat(suggestion.others()).extracting(Object::toString).containsExactly("energy (heat ×1)");
    }

    @Test
    void phrasesMatchWordStartsInOrderAndЎCountsAsУ() {
        TermSuggester.Suggestion suggestion = TermSuggester.areas(AREAS, "be", "Ахова здароўя",
                "Ахова здароўя\nСупрацоўніцтва ўніверсітэтаў і ахове здароўя, будаўніцтва і будаўнікі.");

        assertThat(suggestion.chosen()).extracting(Object::toString).containsExactly("education (in the title; ахов здароў ×2, універсітэт ×1)");
        assertThat(suggestion.others()).extracting(Object::toString).containsExactly("construction (будаўні ×2)");
    }

    @Test
    void aLanguageWithoutKeywordsSuggestsNothing() {
        assertThat(TermSuggester.areas(AREAS, "de", "Energie", "Energie und Straßen").chosen()).isEmpty();
    }

    @Test
    void regionsAreFoundByTheirLabelsInflected() {
        assertThat(TermSuggester.regions(REGIONS, "ru", "В Ленинградской области и в Республике Татарстан, в Ленинградскую область.").chosen())
                .extracting(Object::toString).containsExactly("leningrad-region (\"Ленинградская область\" ×2)", "tatarstan (\"Республика Татарстан\" ×1)");
        assertThat(TermSuggester.regions(REGIONS, "en", "the Leningrad region and Saint Petersburg's port").ids())
                .containsExactly("leningrad-region", "saint-petersburg");
        assertThat(TermSuggester.regions(REGIONS, "en", "Tatarstan alone, and a Saint of Petersburg").ids()).isEmpty();
    }

    private static Term area(String id, Map<String, List<String>> keywords) {
        return new Term(id, Map.of("en", id), Map.of("en", id), keywords);
    }

    private static Term region(String id, String en, String ru) {
        return new Term(id, Map.of("en", en, "ru", ru), Map.of("en", en, "ru", ru));
    }
}
