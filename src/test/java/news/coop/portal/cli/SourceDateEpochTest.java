package news.coop.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import news.coop.portal.TestSite;
import news.coop.portal.TestSite.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code SOURCE_DATE_EPOCH} (reproducible-builds.org) is the default "now" of build, check and serve:
 * it decides what is embargoed; {@code --now} still wins; a bad value is a usage error.
 */
class SourceDateEpochTest {
    /** Between the two items' dates: the spring item is published, the summer item embargoed. */
    private static final String MAY = String.valueOf(Instant.parse("2025-05-01T00:00:00Z").getEpochSecond());
    private static final String AUGUST = String.valueOf(Instant.parse("2025-08-01T00:00:00Z").getEpochSecond());

    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.create(dir).standardPages()
                .news("2025-03-01-spring", "Spring item", "energy")
                .news("2025-06-01-summer", "Summer item", "roads");
    }

    @Test
    void sourceDateEpochDecidesWhatIsEmbargoed() {
        TestSite site = site();
        Run may = site.cli(Map.of("SOURCE_DATE_EPOCH", MAY), "build");

        assertThat(may.exitCode()).as(may.err()).isZero();
        assertThat(site.exists("/en/news/2025/03/spring/")).isTrue();
        assertThat(site.exists("/en/news/2025/06/summer/")).isFalse();
        assertThat(site.text("/en/feed.xml")).doesNotContain("Summer item");

        Run august = site.cli(Map.of("SOURCE_DATE_EPOCH", AUGUST), "build");

        assertThat(august.exitCode()).as(august.err()).isZero();
        assertThat(site.exists("/en/news/2025/06/summer/")).isTrue();
    }

    @Test
    void anExplicitNowWinsOverSourceDateEpoch() {
        TestSite site = site();
        Run run = site.cli(Map.of("SOURCE_DATE_EPOCH", MAY), "build", "--now", "2025-08-01T00:00:00Z");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(site.exists("/en/news/2025/06/summer/")).isTrue();
    }

    @Test
    void checkTakesSourceDateEpochAsItsNow() {
        // A link to the embargoed item is broken as of May, and fine as of August.
        TestSite site = site().file("content/news/2025/2025-04-01-link.md",
                "---\ntitle: Link\ndate: 2025-04-01T10:00:00+03:00\nlead: A link.\nareas: [energy]\nlang: en\n---\nSee [summer](2025-06-01-summer.md).\n");

        assertThat(site.cli(Map.of("SOURCE_DATE_EPOCH", MAY), "check").exitCode()).isEqualTo(1);
        Run august = site.cli(Map.of("SOURCE_DATE_EPOCH", AUGUST), "check");
        assertThat(august.exitCode()).as(august.err()).isZero();
    }

    @Test
    void anEmptySourceDateEpochIsUnset() {
        TestSite site = site();
        Run run = site.cli(Map.of("SOURCE_DATE_EPOCH", ""), "build");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(site.exists("/en/news/2025/06/summer/")).isTrue();
    }

    @Test
    void aSourceDateEpochThatIsNotSecondsIsAUsageError() {
        for (String bad : new String[] {"yesterday", "1.5", "-1", "2025-01-01T00:00:00Z"}) {
            for (String command : new String[] {"build", "check", "serve"}) {
                Run run = site().cli(Map.of("SOURCE_DATE_EPOCH", bad), command);

                assertThat(run.exitCode()).as(command + " " + bad).isEqualTo(2);
                assertThat(run.err()).startsWith("SOURCE_DATE_EPOCH: error [env.source-date-epoch] \"" + bad
                        + "\" is not a number of seconds since 1970-01-01T00:00:00Z — set it to a whole number such as the last commit's time,"
                        + " SOURCE_DATE_EPOCH=$(git log -1 --format=%ct), or unset it\n");
                assertThat(run.out()).isEmpty();
            }
        }
    }
}
