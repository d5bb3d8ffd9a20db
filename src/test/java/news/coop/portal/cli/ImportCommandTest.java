package news.coop.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import news.coop.portal.TestSite;
import news.coop.portal.TestSite.Run;
import news.coop.portal.pipeline.BuildResult;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code portal import}: what it prints and writes for the seed release and for edge cases, that the
 * page built from an imported item holds every paragraph of the release, and that one bad release
 * means nothing is written.
 */
class ImportCommandTest {
    private static final Path SEED = Path.of("src/test/resources/seed/meeting-report.txt").toAbsolutePath();
    private static final String SEED_ITEM = "content/news/2023/2023-09-26-lukashenko-outlined-promising-areas-of-co-operation.md";
    private static final String SEED_NOTES = SEED + """

              language: en (Latin ×2319; no Cyrillic)
              lead: the paragraph after the title
              areas: construction (in the title; construct ×8, built ×1, residential ×1, cement ×1, prefabricated ×1, wall material ×1), energy (in the title; energy ×2, heat ×1, boiler ×1, fuel ×1), roads (in the title; road ×3, bitumen ×1); also matched: industry (plant ×1, enterprise ×1, equipment ×1, production facilit ×1), trade (export ×2, supply of ×1, deliver ×1), housing-and-utilities (water treatment ×1, heat supply ×1, municipal ×1), finance-and-investment (financ ×1, credit ×1, bank ×1), education (school ×1, pupil ×1), science-and-technology (technolog ×2)
              regions: leningrad-region ("Leningrad Region" ×5)
            """;

    @TempDir
    Path dir;
    @TempDir
    Path releases;

    private static final String SEED_WARNINGS = """
            content/news/2023/2023-09-26-lukashenko-outlined-promising-areas-of-co-operation.md:2:8: warning [title.long] the title is 120 characters long; \
            keep it to 110 or fewer — listings and search engines cut longer titles off; move details to the lead
            content/news/2023/2023-09-26-lukashenko-outlined-promising-areas-of-co-operation.md:4:7: warning [lead.long] the lead is 247 characters long; \
            keep it to 200 or fewer — the lead is one sentence that sums up the story; move the rest into the text
            """;

    private TestSite site;

    @BeforeEach
    void site() throws IOException {
        // The real vocabularies: their keywords and labels are what suggests areas and regions.
        site = TestSite.create(dir).standardPages()
                .file("data/areas.yml", Files.readString(Path.of("data/areas.yml"), StandardCharsets.UTF_8))
                .file("data/regions.yml", Files.readString(Path.of("data/regions.yml"), StandardCharsets.UTF_8));
    }

    @Test
    void aDryRunPrintsTheItemItWouldWriteAndWritesNothing() throws Exception {
        Run dry = site.cli("import", SEED.toString(), "--dry-run");

        // The release's own wording is long for a title and a lead: the author is told, and the item is made.
        assertThat(dry.err()).isEqualTo(SEED_WARNINGS);
        assertThat(dry.exitCode()).isZero();
        assertThat(dry.out()).startsWith(SEED_NOTES + "Would create " + SEED_ITEM + ":\n---\ntitle: \"Lukashenko outlined promising areas")
                .endsWith("the Head of State concluded.\n\nDry run: nothing was written.\n");
        assertThat(site.root().resolve(SEED_ITEM)).doesNotExist();

        Run real = site.cli("import", SEED.toString());
        assertThat(real.exitCode()).as(real.err()).isZero();
        assertThat(real.err()).isEqualTo(SEED_WARNINGS);
        assertThat(real.out()).isEqualTo(SEED_NOTES + "Created " + SEED_ITEM + "\n"
                + "Imported 1 release. Next: read each item, correct its lead, areas and regions if needed, and preview with ./portal serve.\n");
        String written = read(SEED_ITEM);
        assertThat(dry.out()).isEqualTo(SEED_NOTES + "Would create " + SEED_ITEM + ":\n" + written + "\nDry run: nothing was written.\n");
        assertThat(written).startsWith("""
                ---
                title: "Lukashenko outlined promising areas of co-operation with Leningrad Region, and these include construction, energy, roads"
                date: 2023-09-26T13:00:00+03:00
                lead: "Belarus and the Leningrad Region have many promising areas of mutually beneficial co-operation – as noted by the President of Belarus, Aleksandr Lukashenko, during his today’s meeting with the Governor of the Leningrad Region, Aleksandar Drozdenko"
                areas: [construction, energy, roads]
                regions: [leningrad-region]
                lang: en
                ---
                The Head of State thanked Mr. Drozdenko""");
    }

    @Test
    void theImportedSeedsPageHoldsEveryParagraphOfTheRelease() throws Exception {
        Run run = site.cli("import", SEED.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        BuildResult result = site.build();

        assertThat(result.warnings()).extracting(Object::toString).containsExactlyElementsOf(SEED_WARNINGS.lines().toList());
        List<String> blocks = Arrays.stream(Files.readString(SEED, StandardCharsets.UTF_8).split("\n\\s*\n")).map(ImportCommandTest::normalise).toList();
        Document page = site.page("/en/news/2023/09/lukashenko-outlined-promising-areas-of-co-operation/");
        assertThat(normalise(page.select("h1").text())).isEqualTo(blocks.get(1));
        assertThat(normalise(page.select("main .lead").text())).isEqualTo(blocks.get(2));
        assertThat(page.select(".prose > *")).extracting(element -> normalise(element.text())).containsExactlyElementsOf(blocks.subList(3, blocks.size()));
        assertThat(page.select(".prose > *")).extracting(Element::tagName).containsOnly("p");
        // The release's own curly quotes are kept; its straight ones get the site's typography.
        assertThat(page.select(".prose p").get(0).text()).contains("“I am reported that you have prepared");
        assertThat(page.select(".prose p").get(4).text()).contains("“We should look very carefully", "we have outlined,” the Head of State");
    }

    @Test
    void aRussianReleaseWithoutALeadKeepsItsListsQuotationsAndMarkupAsText() throws Exception {
        Path release = release("ru.txt", """
                Posted: 14.05.2024 10:30:00

                Поставки дорожной техники в Ленинградскую область

                Белорусские предприятия поставят дорожную технику & асфальтоукладчики в Ленинградскую область. Контракт подписан в Минске.

                В программу поставок вошли:
                - катки <b>и</b> грейдеры;
                - *битум* и [щебень](http://example.com);
                - 2024. год — тоже текст

                «Мы готовы к ремонту дорог и мостов региона».

                Министр отметил: «Это «важный» шаг», — и добавил, что работа продолжится.
                """);
        Run run = site.cli("import", release.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(release + """

                  language: ru (и ×26, щ ×1, no ъ; no ў, і, ’)
                  lead: none (the paragraph after the title has 2 sentences, so it is text); used the first sentence of the text: rewrite it as a summary
                  areas: roads (in the title; дорожн ×2, дорог ×1, мост ×1, асфальт ×1, битум ×1), industry (in the title; техник ×2, предприят ×1), trade (in the title; поставк ×1, контракт ×1)
                  regions: leningrad-region ("Ленинградская область" ×2)
                Created content/news/2024/2024-05-14-postavki-dorozhnoy-tekhniki-v-leningradskuyu-oblast.md
                Imported 1 release. Next: read each item, correct its lead, areas and regions if needed, and preview with ./portal serve.
                """);
        // The lead is the text's first sentence, as the notes say: the build asks for a summary of its own.
        BuildResult result = site.build();
        assertThat(result.warnings()).extracting(Object::toString).containsExactly("content/news/2024/2024-05-14-postavki-dorozhnoy-tekhniki-v-leningradskuyu-oblast.md"
                + ":9:1: warning [body.repeats-lead] the first paragraph repeats the lead — the page shows the lead above the text already; start the text with what comes next");
        Document page = site.page("/ru/news/2024/05/postavki-dorozhnoy-tekhniki-v-leningradskuyu-oblast/");
        assertThat(page.select("main .lead").text()).isEqualTo("Белорусские предприятия поставят дорожную технику & асфальтоукладчики в Ленинградскую область.");
        assertThat(page.select(".prose > *")).extracting(Element::tagName).containsExactly("p", "p", "ul", "blockquote", "p");
        assertThat(page.select(".prose ul li")).extracting(Element::text).containsExactly("катки <b>и</b> грейдеры;", "*битум* и [щебень](http://example.com);",
                "2024. год — тоже текст");
        assertThat(page.select(".prose blockquote").text()).isEqualTo("«Мы готовы к ремонту дорог и мостов региона».");
        assertThat(page.select(".prose > p").last().text()).isEqualTo("Министр отметил: «Это «важный» шаг», — и добавил, что работа продолжится.");
        assertThat(page.select(".prose b, .prose em, .prose strong, .prose code")).isEmpty();
        assertThat(page.select(".prose a")).extracting(Element::text).as("only the address is a link, as in any text").containsExactly("http://example.com");
    }

    @Test
    void aBelarusianReleaseIsDetectedAndItsRegionFoundInflected() throws Exception {
        Path release = release("be.txt", """
                Posted: 08.04.2025 12:00

                Медыцынскае супрацоўніцтва з Санкт-Пецярбургам пашыраецца

                Урачы Мінска і Санкт-Пецярбурга правядуць сумесныя даследаванні.

                Бакі дамовіліся аб абмене медыкамі і аб лячэнні пацыентаў у клініках абодвух гарадоў.
                """);
        Run run = site.cli("import", release.toString(), "--dry-run");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("""
                  language: be (ў ×3, і ×12, no ’; no и, щ, ъ)
                  lead: the paragraph after the title
                  areas: healthcare (in the title; медыцын ×1, медык ×1, клінік ×1, урач ×1, пацыент ×1, лячэнн ×1); also matched: science-and-technology (даследаван ×1)
                  regions: saint-petersburg ("Санкт-Пецярбург" ×2)
                Would create content/news/2025/2025-04-08-miedycynskaje-supracounictva-z-sankt-pieciarburham.md:
                """);
    }

    @Test
    void aStoryAlreadyInTheContentUnderAnotherSlugIsPointedOut() throws Exception {
        String title = "Lukashenko outlined promising areas of co-operation with Leningrad Region, and these include construction, energy, roads";
        site.news("2023-09-26-leningrad-region", "x", "energy", "title: \"" + title + "\"", "lead: Lead.");
        Run run = site.cli("import", SEED.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).startsWith(SEED + ": warning [import.same-story] content/news/2023/2023-09-26-leningrad-region.md has the same title"
                + " on the same day — if it is this story, keep one of the two items and delete the other\n");
        assertThat(site.root().resolve(SEED_ITEM)).exists();
    }

    @Test
    void oneMalformedReleaseMeansNothingIsImported() throws Exception {
        Path bad = release("bad.txt", "Posted: 31.02.2023 13:00:00\n\nTitle\n\nText.\n");
        Path empty = release("empty.txt", "\n\n");
        Path latin1 = releases.resolve("latin1.txt");
        Files.write(latin1, "Posted: 01.02.2024 09:00\n\nCaf\u00e9\n\nText.\n".getBytes(StandardCharsets.ISO_8859_1));
        Run run = site.cli("import", SEED.toString(), bad.toString(), empty.toString(), latin1.toString(), releases.resolve("missing.txt").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(String.join("\n",
                bad + ":1: error [import.date] \"31.02.2023 13:00:00\" is not a valid date and time — write it as dd.mm.yyyy hh:mm:ss, e.g. Posted: 26.09.2023 13:00:00 (Europe/Minsk time)",
                empty + ":1: error [import.empty] the file is empty — a release starts with a line \"Posted: dd.mm.yyyy hh:mm:ss\", then the title, the lead and the text, separated by blank lines",
                latin1 + ":3:4: error [import.encoding] the file is not valid UTF-8 text — save it as UTF-8 (in Notepad: File › Save as › Encoding: UTF-8)",
                releases.resolve("missing.txt") + ": error [import.not-found] there is no such file — check the path; a relative path is read from the folder you ran the command in",
                "portal: 4 errors; nothing was imported", ""));
        assertThat(site.root().resolve("content/news/2023")).doesNotExist();
    }

    @Test
    void aReleaseWithNoSuggestableAreaAsksForOneAndAnExistingItemIsKept() throws Exception {
        Path vague = release("vague.txt", "Posted: 01.02.2024 09:00\n\nA meeting took place\n\nThe parties met in Minsk.\n\nThey talked about the weather.\n");
        Run noArea = site.cli("import", vague.toString());

        assertThat(noArea.exitCode()).isEqualTo(1);
        assertThat(noArea.err()).startsWith(vague + ": error [import.no-area] no area could be suggested: no keyword of data/areas.yml is in the text"
                + " — pass --area with one or more of: construction, energy, roads, housing-and-utilities, ");

        Run given = site.cli("import", vague.toString(), "--area", "trade", "--region", "tatarstan", "--lang", "en");
        assertThat(given.exitCode()).as(given.err()).isZero();
        assertThat(given.out()).contains("  language: en (from --lang)\n", "  areas: trade (from --area)\n", "  regions: tatarstan (from --region)\n");

        Run again = site.cli("import", vague.toString(), "--area", "trade");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).isEqualTo(vague + ": error [import.exists] content/news/2024/2024-02-01-a-meeting-took-place.md already exists"
                + " — it was imported before: delete it to import the release again, or change the release's title or Posted time\n"
                + "portal: 1 error; nothing was imported\n");
    }

    @Test
    void unknownOptionsAreUsageErrors() {
        Run run = site.cli("import", SEED.toString(), "--area", "enrgy", "--lang", "de");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("""
                --area enrgy: error [area.unknown] unknown area "enrgy" — did you mean "energy"? (the list is in data/areas.yml)
                --lang de: error [lang.unknown] "de" is not a language of this site — did you mean "be"?
                """);
    }

    @Test
    void relativeFilesAreReadFromTheFolderTheLauncherWasRunIn() {
        assertThat(ImportCommand.resolve(Path.of("../shared/seed/a.txt"), "/srv/portal")).isEqualTo(Path.of("/srv/shared/seed/a.txt").toAbsolutePath());
        assertThat(ImportCommand.resolve(Path.of("/tmp/a.txt"), "/srv/portal")).isEqualTo(Path.of("/tmp/a.txt").toAbsolutePath());
        assertThat(ImportCommand.resolve(Path.of("a.txt"), null)).isEqualTo(Path.of("a.txt").toAbsolutePath());
    }

    @Test
    void aReleaseInsideTheProjectIsShownRelativeToIt() throws Exception {
        site.file("inbox/release.txt", "Posted: 01.02.2024 09:00\n\nEnergy talks\n\nThe energy ministers met.\n\nThey discussed heat and power supply.\n");
        Run run = site.cli("import", site.root().resolve("inbox/release.txt").toString(), "--dry-run");

        assertThat(run.out()).startsWith("inbox/release.txt\n  language: en");
    }

    @Test
    void helpDescribesTheFormatAndTheExitCodes() {
        Run run = Run.of("import", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: portal import", "FILE...", "--dry-run", "Posted: dd.mm.yyyy hh:mm:ss", "All or nothing",
                "Exit codes: 0 imported, 1 a release could not be imported");
    }

    private Path release(String name, String text) throws IOException {
        Path file = releases.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private String read(String path) throws IOException {
        return Files.readString(site.root().resolve(path), StandardCharsets.UTF_8);
    }

    /** White space folded, and the site's typography undone, as {@code MarkdownTextTest} compares texts. */
    private static String normalise(String text) {
        return news.coop.portal.author.MarkdownTextTest.typography(text);
    }
}
