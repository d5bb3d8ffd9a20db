package news.coop.portal.cli;

import java.io.PrintWriter;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Progress as plain lines, for a log (CI, a pipe, a file) and for {@code NO_COLOR}: nothing during the
 * first {@link #DELAY} of a build, so that a quick build (every test's, most previews') prints exactly
 * what it printed before; then a line at most once per {@link #INTERVAL}, in the terminal's words,
 * and never a carriage return or a terminal code:
 *
 * <pre>
 * portal: rendering pages, 3,456 of 14,000 (10.2 s)
 * portal: checking links (20.4 s)
 * </pre>
 *
 * A build of a minute prints about six lines, whatever its number of pages. A line is printed when a
 * stage starts or a page is done (no timer), so a stage that counts nothing for a long time prints
 * nothing meanwhile. Thread-safe.
 */
final class LoggedProgress extends PacedProgress {
    /** A build prints nothing before it has run this long. */
    static final long DELAY = TimeUnit.SECONDS.toNanos(10);
    /** Two lines are at least this far apart. */
    static final long INTERVAL = TimeUnit.SECONDS.toNanos(10);

    LoggedProgress(PrintWriter err, LongSupplier clock, Set<String> hidden) {
        super(err, clock, hidden, DELAY, INTERVAL);
    }

    @Override
    void show(String line) {
        err.println(line);
    }
}
