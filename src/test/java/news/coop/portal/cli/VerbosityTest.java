package news.coop.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import news.coop.portal.TestSite;
import news.coop.portal.TestSite.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How much of the diagnostics the commands print: a warning code on many files as one line, every
 * warning with {@code --verbose}, only errors with {@code --quiet}; errors always in full, machine
 * formats always complete.
 */
class VerbosityTest {
    /** A title of 120 characters: {@code title.long} on every item that has it. */
    private static final String LONG = "Long ".repeat(24).strip() + " title";
    private static final String HINT = " — listings and search engines cut longer titles off; move details to the lead";
    private static final String REPEATS = "content/news/2023/2023-09-30-repeats.md:7:7: warning [lead.repeats-title] the lead repeats the title"
            + " — write one sentence that tells the reader what happened, beyond the title";

    @TempDir
    Path dir;

    private static String item(int day) {
        return "content/news/2023/2023-09-%02d-long%d.md".formatted(day, day);
    }

    private static String longTitle(int day) {
        return item(day) + ":2:8: warning [title.long] the title is " + LONG.length() + " characters long; keep it to 110 or fewer" + HINT;
    }

    /** Six items with a long title, one whose lead repeats its title. */
    private TestSite site() {
        TestSite site = TestSite.create(dir).standardPages();
        IntStream.rangeClosed(1, 6).forEach(day -> site.news("2023-09-%02d-long%d".formatted(day, day), LONG, "energy"));
        return site.news("2023-09-30-repeats", "Roads agreed", "roads", "lead: Roads agreed.");
    }

    /** {@code --verbose}, and what a build printed before it: every warning on its own line. */
    private static String everyWarning() {
        return IntStream.rangeClosed(1, 6).mapToObj(day -> longTitle(day) + "\n").collect(Collectors.joining()) + REPEATS + "\n";
    }

    private static final String DIGEST = longTitle(1) + " (this warning on 6 files in all, also " + item(2) + ":2:8, " + item(3)
            + ":2:8, …; run with --verbose to see every one)\n" + REPEATS + "\n";

    /** Adds five items of an unknown area to {@code site}: the error lines they give, in order. */
    private static List<String> areaErrors(TestSite site) {
        return IntStream.rangeClosed(10, 14).mapToObj(day -> {
            site.news("2023-09-%02d-area".formatted(day), "Area " + day, "enrgy");
            return "content/news/2023/2023-09-%02d-area.md:5:9: error [area.unknown] unknown area \"enrgy\"".formatted(day)
                    + " — did you mean \"energy\"? (the list is in data/areas.yml)\n";
        }).toList();
    }

    @Test
    void aWarningOnManyFilesIsOneLineAndAFewKeepTheirs() {
        Run run = site().cli("build");

        assertThat(run.err()).isEqualTo(DIGEST);
        assertThat(run.out()).startsWith("Baked 7 news items into ");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void verbosePrintsEveryWarning() {
        TestSite site = site();

        assertThat(site.cli("build", "--verbose").err()).isEqualTo(everyWarning());
        assertThat(site.cli("check", "-v").err()).isEqualTo(everyWarning());
    }

    @Test
    void checkDigestsItsTextAndKeepsItsMachineFormatsComplete() {
        TestSite site = site();

        Run text = site.cli("check");
        assertThat(text.err()).isEqualTo(DIGEST);
        assertThat(text.out()).isEqualTo("Checked 16 sources: 7 warnings\n");

        Run json = site.cli("check", "--format", "json");
        assertThat(json.out()).contains("\"warnings\" : 7").contains(IntStream.rangeClosed(1, 6)
                .mapToObj(day -> "\"text\" : \"" + longTitle(day) + "\"").toList().toArray(String[]::new));
        Run junit = site.cli("check", "--format", "junit", "--quiet");
        assertThat(junit.out().split("<system-out>", -1)).hasSize(8);
        assertThat(junit.err()).isEqualTo("Checked 16 sources: 7 warnings\n");
    }

    @Test
    void quietPrintsOnlyTheResult() {
        TestSite site = site();

        Run build = site.cli("build", "--quiet");
        assertThat(build.err()).isEmpty();
        assertThat(build.out()).startsWith("Baked 7 news items into ");
        Run check = site.cli("check", "-q");
        assertThat(check.err()).isEmpty();
        assertThat(check.out()).isEqualTo("Checked 16 sources: 7 warnings\n");
    }

    @Test
    void quietPrintsEveryErrorAndNoWarning() {
        TestSite site = site();
        List<String> errors = areaErrors(site);

        Run run = site.cli("build", "--quiet");

        assertThat(run.err()).isEqualTo(String.join("", errors) + "portal: 5 errors; nothing was published, the previous site is unchanged\n");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void errorsAreNeverDigestedWarningsAroundThemAre() {
        TestSite site = site();
        List<String> errors = areaErrors(site);

        Run run = site.cli("check");

        assertThat(run.err()).isEqualTo(DIGEST.substring(0, DIGEST.indexOf('\n') + 1) + String.join("", errors) + REPEATS + "\n");
        assertThat(run.out()).isEqualTo("Checked 21 sources: 5 errors, 7 warnings\n");
        assertThat(site.cli("check", "--strict").err().lines()).hasSize(12);
    }

    @Test
    void quietAndVerboseTogetherAreAUsageError() {
        for (List<String> command : List.of(List.of("build"), List.of("check"), List.of("serve"), List.of("verify"), List.of("new", "Title"),
                List.of("import", "release.txt"))) {
            List<String> args = new ArrayList<>(command);
            args.addAll(List.of("--quiet", "--verbose"));
            Run run = Run.of(args.toArray(String[]::new));

            assertThat(run.exitCode()).as(String.join(" ", command)).isEqualTo(2);
            assertThat(run.err()).as(String.join(" ", command)).startsWith("Error: --quiet, --verbose are mutually exclusive (specify only one)\n");
            assertThat(run.out()).as(String.join(" ", command)).isEmpty();
        }
    }
}
