package news.coop.portal.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.diag.Diagnostics;
import news.coop.portal.model.Term;
import news.coop.portal.model.Vocabulary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins how {@code data/areas.yml} becomes a vocabulary: terms in file order with a label and a
 * description per site language, and a diagnostic at the right line for every entry that is not.
 */
class VocabularyLoaderTest {
    @TempDir
    Path root;

    private SiteConfig config;
    private final Diagnostics diagnostics = new Diagnostics();

    @BeforeEach
    void config() {
        config = new SiteConfig(root, root.resolve("content"), root.resolve("data"), root.resolve("templates"), root.resolve("assets"),
                root.resolve("target/site"), "https://news.example.org", List.of("en", "ru", "be"), "en", ZoneId.of("Europe/Minsk"),
                10, 20, List.of(), Map.of());
    }

    @Test
    void loadsTermsInFileOrderWithTextsPerLanguage() throws Exception {
        Vocabulary areas = load("""
                # Cooperation areas.
                - id: roads
                  label:
                    en: Roads
                    ru: Дорожное хозяйство
                    be: Дарожная гаспадарка
                  description:
                    en: Roads and bridges.
                    ru: Дороги и мосты.
                    be: Дарогі і масты.
                - id: energy
                  label: {en: Energy, ru: Энергетика, be: Энергетыка}
                  description: {en: Power and heat., ru: Энерго- и теплоснабжение., be: Энерга- і цеплазабеспячэнне.}
                """);

        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(areas.kind()).isEqualTo("area");
        assertThat(areas.terms()).extracting(Term::id).containsExactly("roads", "energy");
        Term roads = areas.find("roads").orElseThrow();
        assertThat(roads.labels()).containsOnly(Map.entry("en", "Roads"), Map.entry("ru", "Дорожное хозяйство"), Map.entry("be", "Дарожная гаспадарка"));
        assertThat(roads.description("be")).isEqualTo("Дарогі і масты.");
        assertThat(areas.find("energy").orElseThrow().label("ru")).isEqualTo("Энергетика");
    }

    @Test
    void aMissingTranslationIsReportedAtTheLabelAndDropsTheTerm() throws Exception {
        Vocabulary areas = load("""
                - id: roads
                  label:
                    en: Roads
                    ru: Дорожное хозяйство
                  description: {en: Roads., ru: Дороги., be: Дарогі.}
                - id: energy
                  label: {en: Energy, ru: Энергетика, be: Энергетыка}
                  description: {en: Power., ru: Энергия., be: Энергія.}
                """);

        assertThat(diagnostics.sorted()).singleElement().hasToString(
                "data/areas.yml:3:5: error [data.translation-missing] the label has no text in \"be\" — add \"be: …\" under \"label:\"");
        assertThat(areas.ids()).containsExactly("energy");
    }

    @Test
    void aBlankTranslationCountsAsMissing() throws Exception {
        load("""
                - id: roads
                  label: {en: Roads, ru: Дороги, be: "  "}
                  description: {en: Roads., ru: Дороги., be: Дарогі.}
                """);

        assertThat(diagnostics.sorted()).extracting(Diagnostic::code, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("data.translation-missing", 2, 10));
    }

    @Test
    void aDuplicateIdIsReportedAtTheSecondEntryAndNamesTheFirst() throws Exception {
        Vocabulary areas = load("""
                - id: roads
                  label: {en: Roads, ru: Дороги, be: Дарогі}
                  description: {en: Roads., ru: Дороги., be: Дарогі.}
                - id: roads
                  label: {en: Roads again, ru: Дороги, be: Дарогі}
                  description: {en: Roads., ru: Дороги., be: Дарогі.}
                """);

        assertThat(diagnostics.sorted()).singleElement().hasToString(
                "data/areas.yml:4:3: error [data.duplicate-id] the area id \"roads\" is defined twice (first on line 1) — keep one entry per id");
        assertThat(areas.terms()).singleElement().extracting(term -> term.label("en")).isEqualTo("Roads");
    }

    @Test
    void anIdThatCannotBeAUrlSegmentIsReportedAtTheId() throws Exception {
        Vocabulary areas = load("""
                - id: Energy Plans
                  label: {en: Energy, ru: Энергетика, be: Энергетыка}
                  description: {en: Power., ru: Энергия., be: Энергія.}
                """);

        assertThat(diagnostics.sorted()).extracting(Diagnostic::toString).containsExactly(
                "data/areas.yml:1:7: error [data.id] an entry needs an id of lowercase letters, digits and hyphens — for example \"id: housing-and-utilities\"");
        assertThat(areas.terms()).isEmpty();
    }

    /** An entry's first problem used to hide the others (a bad id stopped the entry, a bad keyword its list); a field given twice or misspelt passed unseen. */
    @Test
    void everyProblemOfAnEntryIsReportedNotOnlyTheFirst() throws Exception {
        Vocabulary areas = load("""
                - id: Energy Plans
                  label: {en: Energy, ru: Энергетика}
                  label: {en: Power, ru: Энергия, be: Энергія}
                  descripton: {en: Power., ru: Энергия., be: Энергія.}
                  keywords: {en: [~, power, ""]}
                """);

        assertThat(diagnostics.sorted()).extracting(Diagnostic::toString).containsExactly(
                "data/areas.yml:1:3: error [data.description] the entry needs a \"description\" with one text per language"
                        + " — write \"description:\" then \"  en: …\" for each of en, ru, be",
                "data/areas.yml:1:7: error [data.id] an entry needs an id of lowercase letters, digits and hyphens — for example \"id: housing-and-utilities\"",
                "data/areas.yml:2:10: error [data.translation-missing] the label has no text in \"be\" — add \"be: …\" under \"label:\"",
                "data/areas.yml:3:3: error [data.duplicate-field] \"label\" is given twice (first on line 2) — keep one of them",
                "data/areas.yml:4:3: error [data.unknown-field] \"descripton\" is not a field of an entry — did you mean \"description\"?",
                "data/areas.yml:5:19: error [data.keywords] each keyword for \"en\" must be a word or a phrase"
                        + " — write en: [road, bridge, road construction]: lowercase word starts or phrases",
                "data/areas.yml:5:29: error [data.keywords] each keyword for \"en\" must be a word or a phrase"
                        + " — write en: [road, bridge, road construction]: lowercase word starts or phrases");
        assertThat(areas.terms()).isEmpty();
    }

    @Test
    void anEntryWithoutAnIdIsReportedAtTheEntry() throws Exception {
        load("""
                - label: {en: Energy, ru: Энергетика, be: Энергетыка}
                  description: {en: Power., ru: Энергия., be: Энергія.}
                """);

        assertThat(diagnostics.sorted()).extracting(Diagnostic::code, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("data.id", 1, 3));
    }

    @Test
    void aMissingFileIsReportedForTheWholeFile() {
        Vocabulary regions = new VocabularyLoader(config).load("region", diagnostics);

        assertThat(diagnostics.sorted()).singleElement().satisfies(diagnostic -> {
            assertThat(diagnostic.toString()).startsWith("data/regions.yml: error [data.missing] the vocabulary file is missing — ");
            assertThat(diagnostic.hint()).contains("en, ru, be");
        });
        assertThat(regions.terms()).isEmpty();
    }

    @Test
    void aFileThatIsNotAListIsReported() throws Exception {
        Vocabulary areas = load("""
                roads:
                  label: {en: Roads, ru: Дороги, be: Дарогі}
                """);

        assertThat(diagnostics.sorted()).extracting(Diagnostic::toString).containsExactly(
                "data/areas.yml:1:1: error [data.not-a-list] the file must be a YAML list of entries — start each entry with \"- id: …\"");
        assertThat(areas.terms()).isEmpty();
    }

    @Test
    void aYamlSyntaxErrorIsReportedAtItsFileLine() throws Exception {
        load("""
                - id: roads
                  label: {en: Roads, ru: Дороги, be: Дарогі
                  description: {en: Roads., ru: Дороги., be: Дарогі.}
                """);

        assertThat(diagnostics.sorted()).singleElement().satisfies(diagnostic -> {
            assertThat(diagnostic.code()).isEqualTo("yaml.syntax");
            assertThat(diagnostic.line()).isEqualTo(3);
        });
    }

    @Test
    void keywordsAreReadPerLanguageAndLowercased() throws Exception {
        Vocabulary areas = load("""
                - id: roads
                  label: {en: Roads, ru: Дороги, be: Дарогі}
                  description: {en: Roads., ru: Дороги., be: Дарогі.}
                  keywords:
                    en: [Road, "road  construction"]
                    ru: [дорог]
                - id: energy
                  label: {en: Energy, ru: Энергетика, be: Энергетыка}
                  description: {en: Power., ru: Энергия., be: Энергія.}
                """);

        assertThat(diagnostics.sorted()).isEmpty();
        Term roads = areas.find("roads").orElseThrow();
        assertThat(roads.keywords("en")).containsExactly("road", "road construction");
        assertThat(roads.keywords("ru")).containsExactly("дорог");
        assertThat(roads.keywords("be")).isEmpty();
        assertThat(areas.find("energy").orElseThrow().keywords()).isEmpty();
    }

    @Test
    void badKeywordsAreReportedWhereTheyAre() throws Exception {
        Vocabulary areas = load("""
                - id: roads
                  label: {en: Roads, ru: Дороги, be: Дарогі}
                  description: {en: Roads., ru: Дороги., be: Дарогі.}
                  keywords:
                    en: road
                    rus: [дорог]
                    be: [дарог, ""]
                - id: energy
                  label: {en: Energy, ru: Энергетика, be: Энергетыка}
                  description: {en: Power., ru: Энергия., be: Энергія.}
                  keywords: [energy]
                """);

        assertThat(diagnostics.sorted()).extracting(Diagnostic::toString).containsExactly(
                "data/areas.yml:5:9: error [data.keywords] the keywords for \"en\" must be a list — write en: [road, bridge, road construction]: lowercase word starts or phrases",
                "data/areas.yml:6:5: error [data.keywords-language] \"rus\" is not a language of this site — did you mean \"ru\"?",
                "data/areas.yml:7:17: error [data.keywords] each keyword for \"be\" must be a word or a phrase — write be: [road, bridge, road construction]: lowercase word starts or phrases",
                "data/areas.yml:11:13: error [data.keywords] \"keywords\" must map each language to a list of words — write \"keywords:\" then \"  en: [road, bridge, road construction]\" for each language");
        assertThat(areas.terms()).isEmpty();
    }

    @Test
    void theRealAreasHaveKeywordsInEveryLanguage() {
        SiteConfig real = new SiteConfig(Path.of("."), Path.of("content"), Path.of("data"), Path.of("templates"), Path.of("assets"), Path.of("target/site"),
                "https://news.example.org", List.of("en", "ru", "be"), "en", ZoneId.of("Europe/Minsk"), 10, 20, List.of(), Map.of());
        Vocabulary areas = new VocabularyLoader(real).load("area", diagnostics);

        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(areas.terms()).isNotEmpty().allSatisfy(term -> assertThat(List.of("en", "ru", "be"))
                .allSatisfy(lang -> assertThat(term.keywords(lang)).as(term.id() + " " + lang).hasSizeGreaterThanOrEqualTo(8)));
    }

    private Vocabulary load(String yaml) throws Exception {
        Files.createDirectories(config.dataDir());
        Files.writeString(config.dataDir().resolve("areas.yml"), yaml);
        return new VocabularyLoader(config).load("area", diagnostics);
    }
}
