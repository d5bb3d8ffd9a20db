package news.coop.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import news.coop.portal.TestSite;
import news.coop.portal.TestSite.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a real build shows of its progress on each kind of standard error, on a clock that moves three
 * seconds each time it is read, so that the small build runs "long": progress only on stderr, plain
 * lines in a log and with {@code NO_COLOR}, a line redrawn with {@code \r} on a terminal.
 */
class ProgressOutputTest {
    /** A progress line in a log: the stage, maybe its count, the time into the build. */
    private static final String LOGGED = "portal: [a-z ]+(, [\\d,]+ of [\\d,]+)? \\(\\d+\\.\\d s\\)";

    @TempDir
    Path dir;

    private final AtomicLong now = new AtomicLong();

    private long tick() {
        return now.addAndGet(TimeUnit.SECONDS.toNanos(3));
    }

    private TestSite site() {
        return TestSite.create(dir).standardPages().news("2023-09-26-one", "One", "energy").news("2023-09-27-two", "Two", "roads");
    }

    @Test
    void aLogGetsAFewPlainLinesOnStderrAndStdoutIsUnchanged() {
        Run run = site().cli(Map.of(), Stderr.log(this::tick), "build");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).matches("Baked 2 news items into \\d+ pages in \\d+\\.\\d s → target/site\\n");
        assertThat(run.err()).doesNotContain("\r", "\u001B").isNotEmpty();
        assertThat(run.err().lines()).allMatch(line -> line.matches(LOGGED));
        // The first line ten seconds into the build, the next ones ten seconds or more apart: never one a page.
        List<Double> times = run.err().lines().map(line -> Double.parseDouble(line.substring(line.lastIndexOf('(') + 1, line.length() - 3))).toList();
        assertThat(times.get(0)).isGreaterThanOrEqualTo(10);
        IntStream.range(1, times.size()).forEach(index -> assertThat(times.get(index) - times.get(index - 1)).isGreaterThanOrEqualTo(10));
    }

    @Test
    void noColorOnATerminalGetsPlainLines() {
        Run run = site().cli(Map.of("NO_COLOR", "1"), Stderr.terminal(this::tick), "build");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("\r", "\u001B").isNotEmpty();
        assertThat(run.err().lines()).allMatch(line -> line.matches(LOGGED));
    }

    @Test
    void aTerminalRedrawsOneLineOnStderrAndErasesItBeforeTheResult() {
        Run run = site().cli(Map.of(), Stderr.terminal(this::tick), "check");

        assertThat(run.out()).isEqualTo("Checked 11 sources: no problems\n");
        assertThat(run.err()).startsWith("\rportal: ").endsWith("\r").doesNotContain("\n", "\u001B");
        assertThat(run.err().substring(run.err().lastIndexOf('\r', run.err().length() - 2))).matches("\\r +\\r");
    }

    @Test
    void quietShowsNoProgress() {
        Run run = site().cli(Map.of(), Stderr.terminal(this::tick), "build", "--quiet");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
    }
}
