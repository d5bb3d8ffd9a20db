package news.coop.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import news.coop.portal.TestSite.Run;
import news.coop.portal.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's contract: exit codes 0, 1 and 2, results on stdout, diagnostics on stderr. */
class CliTest {
    @TempDir
    Path dir;

    @Test
    void aGoodBuildPrintsOneSummaryLineAndExitsZero() {
        TestSite site = TestSite.create(dir).standardPages().news("2023-09-26-one", "One", "energy").news("2023-09-27-two", "Two", "roads");
        Run run = site.cli("build");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).matches("Baked 2 news items into \\d+ pages in \\d+\\.\\d s → target/site\\n");
        assertThat(site.exists("/en/news/2023/09/one/")).isTrue();
    }

    @Test
    void warningsArePrintedButDoNotFailTheBuild() {
        TestSite site = TestSite.create(dir).standardPages()
                .file("content/news/2023/2023-09-26-html.md", "---\ntitle: Html\ndate: 2023-09-26T10:00:00+03:00\nlead: L.\nareas: [energy]\nlang: en\n---\n"
                        + "Text <b onclick=\"x()\">bold</b>.\n");
        Run run = site.cli("build");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEqualTo("content/news/2023/2023-09-26-html.md:8:9: warning [html.event-attribute] the event attribute \"onclick\" is removed"
                + " from <b> — a page runs only the portal's own scripts; delete the attribute\n");
        assertThat(site.page("/en/news/2023/09/html/").selectFirst(".prose").html()).isEqualTo("<p>Text <b>bold</b>.</p>");
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitCodeTwo() {
        Run run = Run.of("build", "--colour");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Unknown option: '--colour'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aBadNowIsAUsageError() {
        Run run = Run.of("build", "--now", "yesterday");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("--now: \"yesterday\" is not an ISO-8601 date-time; write it as 2024-01-01T00:00:00+03:00");
    }

    @Test
    void noCommandIsAUsageError() {
        Run run = Run.of();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("name a command, e.g. \"portal build\"");
    }

    @Test
    void aFolderWithoutConfigurationIsReportedNotCrashedOn() {
        Run run = Run.of("build", "--project", dir.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("jbake.properties: error [config.missing] there is no jbake.properties in " + dir.toAbsolutePath().normalize());
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    void anInvalidTimeZoneInTheConfigurationPointsAtItsLine() {
        TestSite site = TestSite.create(dir).standardPages();
        site.file("jbake.properties", "site.host=https://news.example.org\nportal.languages=en,ru,be\nportal.timezone=Europe/Minks\n");
        Run run = site.cli("build");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("jbake.properties:3:17: error [config.timezone] \"Europe/Minks\" is not a time zone — use a zone id such as Europe/Minsk\n");
    }

    @Test
    void helpListsEveryCommandInTheOrderAnAuthorUsesThem() {
        Run run = Run.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).endsWith("""
                Commands:
                  new     Starts a news item with valid front matter and prints its path.
                  serve   Previews the site on 127.0.0.1 and reloads open pages on every save.
                  check   Checks every source and page as a build would; writes nothing.
                  build   Bakes content/ into target/site, the folder any static host serves.
                  verify  Verifies the built site: links, HTML, feeds, sitemap, leaks, hreflang.
                  import  Turns plain-text press releases into news items.
                  bench   Measures build speed and memory on a generated news archive.
                  help    Display help information about the specified command.
                """);
    }
}
