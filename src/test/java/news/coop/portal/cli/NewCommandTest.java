package news.coop.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import news.coop.portal.TestSite;
import news.coop.portal.TestSite.Run;
import news.coop.portal.pipeline.BuildOptions;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code portal new}: the file it writes, what it prints, and each way it refuses. */
class NewCommandTest {
    @TempDir
    Path dir;

    @Test
    void aRussianItemBuildsAtOnceAndAppearsOnItsAreaPage() throws Exception {
        TestSite site = TestSite.create(dir).standardPages();
        Run run = site.cli("new", "Энергетический форум", "--area", "energy", "--lang", "ru", "--date", "2025-06-01T10:00");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("""
                Created content/news/2025/2025-06-01-energeticheskiy-forum.md
                Next steps:
                  1. Write the text below the front matter, and a lead of your own in place of the title's copy.
                  2. Preview it: ./portal serve, then open /ru/news/2025/06/energeticheskiy-forum/
                  3. Once built, it appears on /ru/ and /ru/areas/energy/.
                """);
        assertThat(read(site, "content/news/2025/2025-06-01-energeticheskiy-forum.md")).isEqualTo("""
                ---
                title: "Энергетический форум"
                date: 2025-06-01T10:00:00+03:00
                lead: "Энергетический форум"
                areas: [energy]  # any of: construction, energy, roads
                regions: []  # any of: leningrad-region, tatarstan
                lang: ru
                ---

                """);

        site.build();
        Document area = site.page("/ru/areas/energy/");
        assertThat(area.select("main a[href$=/ru/news/2025/06/energeticheskiy-forum/]")).isNotEmpty()
                .allSatisfy(link -> assertThat(link.text()).contains("Энергетический форум"));
        assertThat(site.page("/ru/news/2025/06/energeticheskiy-forum/").select("h1").text()).isEqualTo("Энергетический форум");
    }

    @Test
    void adviceOnTheTitleIsPrintedButTheBlanksTheAuthorIsToFillAreNot() throws Exception {
        TestSite site = TestSite.create(dir).standardPages();
        String title = "Belarus and the Leningrad Region agree on road works, bridge repairs and supplies of machinery for the next five years";
        Run run = site.cli("new", title, "--area", "roads", "--date", "2025-06-01T10:00");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Created content/news/2025/2025-06-01-");
        assertThat(run.err()).matches("content/news/2025/2025-06-01-[a-z-]+\\.md:2:8: warning \\[title\\.long\\] the title is 118 characters long; keep it to 110 or fewer"
                + " — listings and search engines cut longer titles off; move details to the lead\n");

        Run check = site.cli("check");
        assertThat(check.err()).contains("warning [lead.repeats-title]", "warning [body.empty]");
        assertThat(check.exitCode()).isZero();
    }

    @Test
    void theLanguageIsToldFromTheTitleAndADraftSaysHowToPublishIt() throws Exception {
        TestSite site = TestSite.create(dir);
        Run run = site.cli("new", "Мінскі энергетычны форум", "--area", "energy", "--region", "tatarstan", "--region", "leningrad-region",
                "--date", "2025-06-01", "--draft", "--lead", "Форум адкрыўся ў Мінску.");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("""
                Created content/news/2025/2025-06-01-minski-enierhietycny-forum.md
                Language: be, told from the title (і ×2, no ў, ’; no и, щ, ъ); pass --lang to choose another.
                Next steps:
                  1. Write the text below the front matter.
                  2. Preview it: ./portal serve, then open /be/news/2025/06/minski-enierhietycny-forum/
                  3. It is a draft: delete the line "status: draft" to publish it; then it appears on /be/, /be/areas/energy/, /be/regions/tatarstan/ and /be/regions/leningrad-region/.
                """);
        assertThat(read(site, "content/news/2025/2025-06-01-minski-enierhietycny-forum.md")).contains(
                "date: 2025-06-01T00:00:00+03:00\nlead: \"Форум адкрыўся ў Мінску.\"\n", "regions: [tatarstan, leningrad-region]", "lang: be\nstatus: draft\n");
    }

    @Test
    void aTitleFullOfSyntaxReadsBackAsTyped() throws Exception {
        TestSite site = TestSite.create(dir).standardPages();
        String title = "Talks: \"phase #2\" - today's [agenda] & <b>more</b> \\ 50%";
        Run run = site.cli("new", title, "--area", "roads", "--lang", "en", "--date", "2025-06-01T10:00:00+03:00", "--lead", "- A lead: # with 'quotes'");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Created content/news/2025/2025-06-01-talks-phase-2-todays-agenda-b-more-b-50.md\n");
        site.build(new BuildOptions(site.root(), site.output(), true, TestSite.NOW));
        Document page = site.page("/en/news/2025/06/talks-phase-2-todays-agenda-b-more-b-50/");
        assertThat(page.select("h1").text()).isEqualTo(title);
        assertThat(page.select("main .lead").text()).isEqualTo("- A lead: # with 'quotes'");
    }

    @Test
    void withoutADateTheItemIsDatedNowToTheMinuteInTheSiteZone() throws Exception {
        TestSite site = TestSite.create(dir);
        Run run = site.cli("new", "Road works", "--area", "roads");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String path = run.out().lines().findFirst().orElseThrow().substring("Created ".length());
        OffsetDateTime date = OffsetDateTime.parse(read(site, path).lines().filter(line -> line.startsWith("date: ")).findFirst().orElseThrow().substring(6));
        assertThat(date.getOffset()).isEqualTo(ZoneOffset.ofHours(3));
        assertThat(date.getSecond()).isZero();
        assertThat(Duration.between(date, OffsetDateTime.now()).abs()).isLessThan(Duration.ofMinutes(2));
        assertThat(path).isEqualTo("content/news/" + date.getYear() + "/" + date.toLocalDate() + "-road-works.md");
    }

    @Test
    void unknownAreasRegionsAndLanguagesAreUsageErrorsWithTheBuildsHints() {
        TestSite site = TestSite.create(dir);
        Run run = site.cli("new", "Forum", "--area", "enrgy", "--area", "roads", "--region", "tatarstn", "--lang", "by");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("""
                --area enrgy: error [area.unknown] unknown area "enrgy" — did you mean "energy"? (the list is in data/areas.yml)
                --region tatarstn: error [region.unknown] unknown region "tatarstn" — did you mean "tatarstan"? (the list is in data/regions.yml)
                --lang by: error [lang.unknown] "by" is not a language of this site — did you mean "be"?
                """);
        assertThat(dir.resolve("content/news")).isEmptyDirectory();
    }

    @Test
    void anItemWithoutAnAreaIsRefusedBecauseTheBuildWouldRejectIt() {
        Run run = TestSite.create(dir).cli("new", "Forum", "--lang", "en", "--date", "2025-06-01");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("--area: error [area.missing] a news item needs at least one area, or the build rejects it"
                + " — add --area with one of: construction, energy, roads (the list is in data/areas.yml)\n");
    }

    @Test
    void aBadDateAndAnUndecidableTitleAreUsageErrors() {
        Run run = TestSite.create(dir).cli("new", "Новая дорога", "--area", "roads", "--date", "yesterday");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("""
                --date yesterday: error [date.invalid] "yesterday" is not a date — write it as 2026-03-02, 2026-03-02T10:00 (Europe/Minsk time) or 2026-03-02T10:00:00+03:00
                --lang: error [lang.missing] the title's letters do not tell its language (Cyrillic, but no ў, і, ’, и, щ or ъ to tell Russian from Belarusian) — pass --lang with one of: en, ru, be
                """);
    }

    @Test
    void anEmptyLeadIsAUsageError() {
        Run run = TestSite.create(dir).cli("new", "Forum", "--area", "energy", "--lead", "  ");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("--lead: error [lead.empty] the lead is empty — write one sentence that sums up the story, or leave --lead out\n");
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws Exception {
        TestSite site = TestSite.create(dir);
        site.file("content/news/2025/2025-06-01-forum.md", "mine\n");
        Run run = site.cli("new", "Forum", "--area", "energy", "--date", "2025-06-01T12:00");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("content/news/2025/2025-06-01-forum.md: error [new.exists] the file already exists"
                + " — edit it, or start another item with another --date or a different title\n");
        assertThat(read(site, "content/news/2025/2025-06-01-forum.md")).isEqualTo("mine\n");
    }

    @Test
    void helpDescribesTheCommandAndItsExitCodes() {
        Run run = Run.of("new", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: portal new", "--area=ID", "--draft", "--lead=TEXT", "Exit codes: 0 written, 1 the file exists");
    }

    private static String read(TestSite site, String path) throws Exception {
        return Files.readString(site.root().resolve(path), StandardCharsets.UTF_8);
    }
}
