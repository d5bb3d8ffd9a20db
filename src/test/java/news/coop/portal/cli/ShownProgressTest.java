package news.coop.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** What each kind of standard error is shown of a build, event by event, on a clock the test moves. */
class ShownProgressTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000_000L);
    private final StringWriter written = new StringWriter();
    private final PrintWriter err = new PrintWriter(written, true);

    private ShownProgress shown(Stderr stderr, boolean noColor, boolean quiet, ShownProgress.Use use) {
        return ShownProgress.of(stderr, noColor, quiet, err, use);
    }

    private void later(long millis) {
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    /** A small build: settings for 0.6 s, three sources, three pages, links; the clock moves 50 ms for each page. */
    private void build(ShownProgress progress) {
        progress.started("configure");
        later(600);
        progress.ended("configure");
        progress.started("load");
        for (int source = 0; source < 3; source++) {
            later(40);
            progress.advanced(3);
        }
        progress.ended("load");
        progress.started("render");
        for (int page = 0; page < 3; page++) {
            later(50);
            progress.advanced(3);
        }
        progress.ended("render");
        progress.started("links");
        later(1_200);
        progress.ended("links");
        progress.started("write");
        later(100);
        progress.ended("write");
    }

    @Test
    void aTerminalShowsOneLineRedrawnAtMostTenTimesASecondThenErasesIt() {
        ShownProgress progress = shown(Stderr.terminal(now::get), false, false, ShownProgress.Use.BUILD);
        build(progress);
        progress.finish();

        // Nothing in the first half second; then a redraw at least 100 ms after the last, when something happens (links started
        // 50 ms after the last one: a terminal's timer would show it 50 ms later; this one has none), spaces over a longer line's end.
        assertThat(written.toString()).isEqualTo("\rportal: reading sources (0.6 s)"
                + "\rportal: reading sources, 3 of 3 (0.7 s)"
                + "\rportal: rendering pages, 2 of 3 (0.8 s)"
                + "\rportal: putting the site in place (2.1 s)"
                + "\r" + " ".repeat(41) + "\r");
    }

    @Test
    void aTerminalShowsNothingOfAQuickBuild() {
        ShownProgress progress = shown(Stderr.terminal(now::get), false, false, ShownProgress.Use.BUILD);
        progress.started("configure");
        later(100);
        progress.ended("configure");
        progress.started("render");
        later(300);
        progress.advanced(1);
        progress.ended("render");
        progress.finish();

        assertThat(written.toString()).isEmpty();
    }

    @Test
    void theNextBuildStartsFromNothing() {
        ShownProgress progress = shown(Stderr.terminal(now::get), false, false, ShownProgress.Use.BUILD);
        build(progress);
        progress.finish();
        written.getBuffer().setLength(0);
        progress.started("load");
        later(500);
        progress.advanced(1);
        progress.finish();

        assertThat(written.toString()).isEqualTo("\rportal: reading sources, 1 of 1 (0.5 s)\r" + " ".repeat(39) + "\r");
    }

    /** A long build: settings for 2 s, 12,000 sources and 14,000 pages at 1 ms each, links for 15 s, then the site put in place. */
    private void longBuild(ShownProgress progress) {
        progress.started("configure");
        later(2_000);
        progress.ended("configure");
        progress.started("load");
        for (int source = 0; source < 12_000; source++) {
            later(1);
            progress.advanced(12_000);
        }
        progress.ended("load");
        progress.started("render");
        for (int page = 0; page < 14_000; page++) {
            later(1);
            progress.advanced(14_000);
        }
        progress.ended("render");
        progress.started("links");
        later(15_000);
        progress.ended("links");
        progress.started("write");
        later(100);
        progress.ended("write");
    }

    private static final String LOGGED = """
            portal: reading sources, 8,000 of 12,000 (10.0 s)
            portal: rendering pages, 6,000 of 14,000 (20.0 s)
            portal: putting the site in place (43.0 s)
            """;

    @Test
    void aLogGetsAPlainLineEveryTenSecondsOfALongBuildNotOnePerPage() {
        ShownProgress progress = shown(Stderr.log(now::get), false, false, ShownProgress.Use.BUILD);
        longBuild(progress);
        progress.finish();

        // Nothing in the first ten seconds; links ran 15 s without a line, since a log has no timer.
        assertThat(written.toString()).isEqualTo(LOGGED);
    }

    @Test
    void aLogShowsNothingOfAQuickBuild() {
        ShownProgress progress = shown(Stderr.log(now::get), false, false, ShownProgress.Use.BUILD);
        build(progress);
        progress.finish();
        longBuild(progress);
        progress.finish();
        written.getBuffer().setLength(0);
        build(progress);
        progress.finish();

        assertThat(written.toString()).isEmpty();
    }

    @Test
    void noColorOnATerminalGetsTheLogsLines() {
        ShownProgress progress = shown(Stderr.terminal(now::get), true, false, ShownProgress.Use.BUILD);
        longBuild(progress);
        progress.finish();

        assertThat(written.toString()).isEqualTo(LOGGED).doesNotContain("\r", "\u001B");
    }

    @Test
    void aCheckShowsNoPublishingStages() {
        ShownProgress progress = shown(Stderr.log(now::get), false, false, ShownProgress.Use.CHECK);
        longBuild(progress);

        assertThat(written.toString()).isEqualTo(LOGGED.substring(0, LOGGED.indexOf("portal: putting")));
    }

    @Test
    void quietAndACapturedStreamShowNothing() {
        for (ShownProgress progress : new ShownProgress[] {shown(Stderr.terminal(now::get), false, true, ShownProgress.Use.BUILD),
                shown(Stderr.log(now::get), false, true, ShownProgress.Use.BUILD), shown(Stderr.CAPTURED, false, false, ShownProgress.Use.BUILD)}) {
            build(progress);
            progress.finish();
        }

        assertThat(written.toString()).isEmpty();
    }
}
