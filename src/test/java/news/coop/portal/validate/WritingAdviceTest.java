package news.coop.portal.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import news.coop.portal.TestSite;
import news.coop.portal.TestSite.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each piece of writing advice: the warning an author reads from {@code portal check}, at the line to change. */
class WritingAdviceTest {
    private static final String ITEM = "content/news/2024/2024-01-10-item.md";

    @TempDir
    Path dir;
    private TestSite site;

    @BeforeEach
    void site() {
        site = TestSite.create(dir).standardPages();
    }

    private TestSite item(String frontMatter, String body) {
        return site.file(ITEM, "---\ntitle: Roads agreed\ndate: 2024-01-10T10:00:00+03:00\nlead: The region will buy road machinery.\nareas: [roads]\nlang: en\n"
                + frontMatter + "---\n" + body);
    }

    private String warnings() {
        Run run = site.cli("check");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.err();
    }

    @Test
    void textIsComparedAsTheEarlierPatternsComparedIt() {
        // The two patterns WritingAdvice used before it stripped the end a character at a time.
        java.util.function.UnaryOperator<String> patterns = text -> text.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").strip()
                .replaceAll("[\\p{Punct}\\p{Pf}\\p{Pe}…\\s]+$", "");
        java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of("", " ", "...", "Roads agreed.", "Дороги согласованы…»", "«Энергия»!?",
                "End (see note).) ", "Quote”’ ", "Tab\t\u000B\f\r\n", "Em\u2003space\u2003", "NBSP\u00a0", "a-b_c~", "¿Qué?¡", "x\u3009\u300B",
                "𝐀𝐁.", "Ⅻ.", "İstanbul."));
        java.util.Random random = new java.util.Random(7);
        String alphabet = "aZ9 .,!?…»”’)]}\u3009-_~\t\n\u00a0\u2003«“(щЁ𝐀";
        for (int i = 0; i < 2000; i++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(12); length > 0; length--) {
                text.appendCodePoint(alphabet.codePoints().toArray()[random.nextInt((int) alphabet.codePoints().count())]);
            }
            texts.add(text.toString());
        }

        texts.forEach(text -> assertThat(WritingAdvice.comparable(text)).as(text).isEqualTo(patterns.apply(text)));
    }

    @Test
    void aWellWrittenItemGetsNoAdvice() {
        item("", "The contract covers forty graders.\n\n## Deliveries\n\nThe first arrive in March.\n\n### Spare parts\n\nA depot opens too.\n");
        assertThat(warnings()).isEmpty();
    }

    @Test
    void aTitleOver110CharactersIsTooLong() {
        site.news("2024-01-10-item", "x", "roads", "title: " + "A".repeat(111));
        assertThat(warnings()).isEqualTo(ITEM + ":7:8: warning [title.long] the title is 111 characters long; keep it to 110 or fewer"
                + " — listings and search engines cut longer titles off; move details to the lead\n");
    }

    @Test
    void aTitleOfExactly110CharactersIsFineAndCyrillicLettersCountAsOne() {
        site.news("2024-01-10-item", "x", "roads", "title: " + "Ж".repeat(110));
        assertThat(warnings()).isEmpty();
    }

    @Test
    void aLeadOver200CharactersIsTooLong() {
        site.news("2024-01-10-item", "Item", "roads", "lead: " + "word ".repeat(40) + "end.");
        assertThat(warnings()).isEqualTo(ITEM + ":7:7: warning [lead.long] the lead is 204 characters long; keep it to 200 or fewer"
                + " — the lead is one sentence that sums up the story; move the rest into the text\n");
    }

    @Test
    void aLeadThatRepeatsTheTitleSaysNothingNew() {
        site.news("2024-01-10-item", "Roads agreed", "roads", "lead: Roads agreed.");
        assertThat(warnings()).isEqualTo(ITEM + ":7:7: warning [lead.repeats-title] the lead repeats the title"
                + " — write one sentence that tells the reader what happened, beyond the title\n");
    }

    @Test
    void anEmptyBodyIsReportedWhereTheTextShouldStart() {
        item("", "\n\n");
        assertThat(warnings()).isEqualTo(ITEM + ":8:1: warning [body.empty] the text is empty — write the story below the closing ---\n");
    }

    @Test
    void aFirstParagraphThatRepeatsTheLeadIsReported() {
        item("", "\nThe region will buy *road* machinery, the governor said on Monday.\n\nMore.\n");
        assertThat(warnings()).isEqualTo(ITEM + ":9:1: warning [body.repeats-lead] the first paragraph repeats the lead"
                + " — the page shows the lead above the text already; start the text with what comes next\n");
    }

    @Test
    void aSkippedHeadingLevelIsReportedAtTheHeading() {
        item("", "Text.\n\n## Deliveries\n\nText.\n\n#### Graders\n\nText.\n\n## Costs\n\n### Fuel\n");
        assertThat(warnings()).isEqualTo(ITEM + ":14:1: warning [markdown.heading-skip] the heading jumps from level 2 to level 4"
                + " — use ### here: screen-reader users move through the text by heading levels\n");
    }

    @Test
    void aBodyThatStartsBelowLevelTwoSkipsALevel() {
        item("", "### Deliveries\n\nText.\n");
        assertThat(warnings()).startsWith(ITEM + ":8:1: warning [markdown.heading-skip] the heading jumps from level 1 to level 3 — use ## here");
    }

    @Test
    void theBuildPrintsTheSameAdviceAndStillPublishes() {
        site.news("2024-01-10-item", "Roads agreed", "roads", "lead: Roads agreed.");
        Run run = site.cli("build");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains(ITEM + ":7:7: warning [lead.repeats-title]");
        assertThat(site.exists("/en/news/2024/01/item/")).isTrue();
    }
}
