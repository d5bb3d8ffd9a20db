package news.coop.portal.author;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import news.coop.portal.load.FrontMatter;
import news.coop.portal.load.FrontMatterParser;
import news.coop.portal.load.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** The front matter written reads back, with the project's own parser, as exactly the values written. */
class ItemWriterTest {
    private static final OffsetDateTime DATE = OffsetDateTime.parse("2026-03-02T10:00:00+03:00");

    @ParameterizedTest
    @ValueSource(strings = {"Title: with a colon", "# a hash first", "a # hash inside", "- a dash first", "[brackets] first", "{braces}", "\"quoted\" title",
            "'single' quotes", "it's", "back\\slash", "tab\there", "trailing space ", "  leading", "yes", "null", "~", "123", "2024-01-01", "@at", "`tick`",
            "!tag", "&anchor", "*alias", "% percent", "| pipe", "> greater", "Энергетический «форум» — ў і", "emoji 🙂", "line\u2028separator", "a\u0085b",
            "—"})
    void titlesAndLeadsReadBackAsWritten(String text) throws Exception {
        NewsDraft item = new NewsDraft(text, DATE, text + " lead", List.of("energy", "leningrad-region"), List.of("null"), "ru", true, "Body.\n");
        FrontMatter frontMatter = new FrontMatterParser().parse(new SourceText("x.md", ItemWriter.text(item))).frontMatter();

        assertThat(scalar(frontMatter, "title")).isEqualTo(text);
        assertThat(scalar(frontMatter, "lead")).isEqualTo(text + " lead");
        assertThat(scalar(frontMatter, "date")).isEqualTo("2026-03-02T10:00:00+03:00");
        assertThat(list(frontMatter, "areas")).isEqualTo("energy,leningrad-region");
        assertThat(list(frontMatter, "regions")).isEqualTo("null");
        assertThat(scalar(frontMatter, "lang")).isEqualTo("ru");
        assertThat(scalar(frontMatter, "status")).isEqualTo("draft");
    }

    @Test
    void controlCharactersAreDroppedRatherThanWrittenAsBinary() {
        assertThat(ItemWriter.scalar("bell\u0007 and\u001b escape")).isEqualTo("\"bell and escape\"");
    }

    @Test
    void aFinishedItemIsFrontMatterAndBody() {
        NewsDraft item = new NewsDraft("Roads: phase 2", OffsetDateTime.parse("2023-09-26T13:00:00+03:00"), "Works resume.", List.of("roads"),
                List.of(), "en", false, "Text.\n");

        assertThat(ItemWriter.text(item)).isEqualTo("""
                ---
                title: "Roads: phase 2"
                date: 2023-09-26T13:00:00+03:00
                lead: "Works resume."
                areas: [roads]
                lang: en
                ---
                Text.
                """);
    }

    @Test
    void aScaffoldListsTheIdsThereAre() {
        NewsDraft item = new NewsDraft("Forum", OffsetDateTime.parse("2026-03-02T10:00:00Z"), "Forum", List.of("energy"), List.of(), "en", false, "");

        assertThat(ItemWriter.scaffold(item, List.of("construction", "energy"), List.of("tatarstan"))).isEqualTo("""
                ---
                title: "Forum"
                date: 2026-03-02T10:00:00+00:00
                lead: "Forum"
                areas: [energy]  # any of: construction, energy
                regions: []  # any of: tatarstan
                lang: en
                ---

                """);
    }

    private static String scalar(FrontMatter frontMatter, String key) {
        return ((ScalarNode) frontMatter.field(key).orElseThrow().value()).getValue();
    }

    private static String list(FrontMatter frontMatter, String key) {
        SequenceNode sequence = (SequenceNode) frontMatter.field(key).orElseThrow().value();
        return sequence.getValue().stream().map(node -> {
            ScalarNode scalar = (ScalarNode) node;
            assertThat(scalar.getTag().getValue()).as("a plain text, not null or a boolean").isEqualTo("tag:yaml.org,2002:str");
            return scalar.getValue();
        }).collect(Collectors.joining(","));
    }
}
