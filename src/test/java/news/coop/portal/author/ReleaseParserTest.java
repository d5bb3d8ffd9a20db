package news.coop.portal.author;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import news.coop.portal.diag.DiagnosticException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a plain-text press release is read: the Posted time, title, lead, paragraphs, lists and quotations, and each way it can be malformed. */
class ReleaseParserTest {
    private static final ZoneId MINSK = ZoneId.of("Europe/Minsk");

    @Test
    void theSeedReleaseHasATitleALeadAndFiveParagraphs() throws Exception {
        String text = Files.readString(Path.of("src/test/resources/seed/meeting-report.txt"), StandardCharsets.UTF_8);
        Release release = ReleaseParser.parse("seed.txt", text, MINSK);

        assertThat(release.posted()).isEqualTo(OffsetDateTime.parse("2023-09-26T13:00:00+03:00"));
        assertThat(release.title()).isEqualTo("Lukashenko outlined promising areas of co-operation with Leningrad Region, and these include construction, energy, roads");
        assertThat(release.lead()).startsWith("Belarus and the Leningrad Region have many").endsWith("Aleksandar Drozdenko");
        assertThat(release.ownLead()).isTrue();
        assertThat(release.leadReason()).isEqualTo("the paragraph after the title");
        assertThat(release.body()).hasSize(5).allMatch(Block.Paragraph.class::isInstance);
        assertThat(release.body().get(0).texts().get(0)).startsWith("The Head of State thanked Mr. Drozdenko").endsWith("the Belarusian leader noted.");
    }

    @Test
    void listsQuotationsAndWrappedLinesAreKept() throws Exception {
        Release release = parse("""
                Posted: 1.2.2024 9:05

                Поставки техники
                в Ярославскую область

                Стороны подписали соглашение о поставках.

                В программу вошли:
                - тракторы «Беларус»;
                • комбайны
                  для уборки зерна;
                – грузовики.

                1) первый этап;
                2) второй этап.

                > Мы готовы к сотрудничеству.
                >
                > И к поставкам.

                «Это важный шаг», — сказал министр, а «работа продолжится».

                «Работа продолжится».
                """);

        assertThat(release.posted()).isEqualTo(OffsetDateTime.parse("2024-02-01T09:05:00+03:00"));
        assertThat(release.title()).isEqualTo("Поставки техники в Ярославскую область");
        assertThat(release.lead()).isEqualTo("Стороны подписали соглашение о поставках.");
        assertThat(release.body()).containsExactly(
                new Block.Paragraph("В программу вошли:"),
                new Block.Items(false, 1, List.of("тракторы «Беларус»;", "комбайны для уборки зерна;", "грузовики.")),
                new Block.Items(true, 1, List.of("первый этап;", "второй этап.")),
                new Block.Quotation(List.of("Мы готовы к сотрудничеству.", "И к поставкам.")),
                new Block.Paragraph("«Это важный шаг», — сказал министр, а «работа продолжится»."),
                new Block.Quotation(List.of("«Работа продолжится».")));
    }

    @Test
    void aLoneDashLineIsDirectSpeechNotAList() throws Exception {
        Release release = parse("Posted: 01.02.2024 09:00\n\nTitle\n\nLead.\n\n– Мы готовы, – сказал он.\n");

        assertThat(release.body()).containsExactly(new Block.Paragraph("– Мы готовы, – сказал он."));
    }

    @Test
    void aFirstParagraphOfSeveralSentencesIsTextAndItsFirstSentenceBecomesTheLead() throws Exception {
        Release release = parse("""
                Posted: 01.02.2024 09:00

                Energy forum opens

                The forum opened in Minsk on Monday with Mr. Ivanov as its host. Delegations from five regions attend it.

                Talks continue on Tuesday.
                """);

        assertThat(release.lead()).isEqualTo("The forum opened in Minsk on Monday with Mr. Ivanov as its host.");
        assertThat(release.ownLead()).isFalse();
        assertThat(release.leadReason()).isEqualTo(
                "none (the paragraph after the title has 2 sentences, so it is text); used the first sentence of the text: rewrite it as a summary");
        assertThat(release.body()).hasSize(2);
    }

    @Test
    void aTitleWithOneParagraphHasNoLead() throws Exception {
        Release release = parse("Posted: 01.02.2024 09:00\n\nTitle\n\nOnly one sentence here.\n");

        assertThat(release.lead()).isEqualTo("Only one sentence here.");
        assertThat(release.leadReason()).startsWith("none (the release has one block of text)");
        assertThat(release.body()).containsExactly(new Block.Paragraph("Only one sentence here."));
    }

    @Test
    void sentencesEndBeforeACapitalButNotAfterAnAbbreviation() {
        assertThat(ReleaseParser.sentences("Mr. Drozdenko arrived. “We are ready,” he said! Г. Минск ждёт… Да. 2024 год."))
                .containsExactly("Mr. Drozdenko arrived.", "“We are ready,” he said!", "Г. Минск ждёт…", "Да.", "2024 год.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty                | '\\n  \\n'                                          | release.txt:1: error [import.empty] the file is empty — a release starts with a line "Posted: dd.mm.yyyy hh:mm:ss", then the title, the lead and the text, separated by blank lines
            no Posted line       | '\\nTitle\\n\\nText.\\n'                           | release.txt:2: error [import.no-posted] the release does not start with a "Posted:" line — make the first line the time it was posted, e.g. Posted: 26.09.2023 13:00:00
            not a date           | 'Posted: yesterday\\n\\nTitle\\n\\nText.\\n'        | release.txt:1: error [import.date] "yesterday" is not a date and time — write it as dd.mm.yyyy hh:mm:ss, e.g. Posted: 26.09.2023 13:00:00 (Europe/Minsk time)
            no such day          | 'Posted: 31.02.2023 13:00:00\\n\\nTitle\\n\\nText.'| release.txt:1: error [import.date] "31.02.2023 13:00:00" is not a valid date and time — write it as dd.mm.yyyy hh:mm:ss, e.g. Posted: 26.09.2023 13:00:00 (Europe/Minsk time)
            no title             | 'Posted: 01.02.2024 09:00\\n\\n'                   | release.txt:1: error [import.no-title] the release has no title after the Posted line — write the title after a blank line, then the lead and the text
            no text              | 'Posted: 01.02.2024 09:00\\n\\nTitle\\n'           | release.txt:3: error [import.no-text] the release has a title but no text — write the lead and the text after the title, separated by blank lines
            """)
    void malformedReleasesAreRefusedAtTheirLine(String name, String text, String diagnostic) {
        assertThatThrownBy(() -> parse(text.replace("\\n", "\n"))).isInstanceOfSatisfying(DiagnosticException.class,
                e -> assertThat(e.diagnostic()).hasToString(diagnostic));
    }

    @Test
    void wholeQuotationsAreToldFromQuotesInsideAParagraph() {
        assertThat(ReleaseParser.isWhollyQuoted("“We will do it.”")).isTrue();
        assertThat(ReleaseParser.isWhollyQuoted("«Мы «это» сделаем».")).isTrue();
        assertThat(ReleaseParser.isWhollyQuoted("„Мы сделаем“")).isTrue();
        assertThat(ReleaseParser.isWhollyQuoted("\"Yes,\" he said, \"we will.\"")).isFalse();
        assertThat(ReleaseParser.isWhollyQuoted("“A” and “B”")).isFalse();
        assertThat(ReleaseParser.isWhollyQuoted("He said “yes”")).isFalse();
    }

    private static Release parse(String text) throws DiagnosticException, IOException {
        return ReleaseParser.parse("release.txt", text, MINSK);
    }
}
