package news.coop.portal.cli;

import java.io.PrintWriter;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Progress on a terminal: one line, redrawn in place with a carriage return, that names the stage
 * under way, its count where it has one, and the time since the build started:
 * {@code portal: rendering pages, 3,456 of 14,000 (12.3 s)}. It appears once a build has run for
 * {@link #DELAY} (a quick rebuild shows nothing), is redrawn at most once per {@link #INTERVAL}, and
 * {@link #finish()} erases it (spaces over it, then a carriage return: no terminal codes), so the
 * diagnostics and the result print on a clean line.
 *
 * <p>Thread-safe. With a ticking
 * {@link Stderr}, a timer thread also redraws the line, so that the time goes on while a stage
 * counts nothing and a stage that started between two redraws is shown.
 */
final class RedrawnProgress extends PacedProgress {
    /** A build shows nothing before it has run this long. */
    static final long DELAY = TimeUnit.MILLISECONDS.toNanos(500);
    /** The line is redrawn at most once per this interval: ten times a second. */
    static final long INTERVAL = TimeUnit.MILLISECONDS.toNanos(100);

    private final boolean ticks;
    /** The line on the terminal, or "" when none is. Guarded by the lock. */
    private String shown = "";
    /** The timer that redraws the line while a build runs, when {@link #ticks}. Guarded by the lock. */
    private ScheduledExecutorService timer;

    RedrawnProgress(PrintWriter err, LongSupplier clock, boolean ticks, Set<String> hidden) {
        super(err, clock, hidden, DELAY, INTERVAL);
        this.ticks = ticks;
    }

    @Override
    void show(String line) {
        if (!line.equals(shown)) {
            // Spaces over what is left of a longer line; the cursor stays at the line's end.
            err.print("\r" + line + " ".repeat(Math.max(0, shown.length() - line.length())));
            err.flush();
            shown = line;
        }
    }

    @Override
    void buildStarted() {
        if (ticks) {
            timer = timer();
        }
    }

    @Override
    void buildEnded() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
        if (!shown.isEmpty()) {
            err.print("\r" + " ".repeat(shown.length()) + "\r");
            err.flush();
            shown = "";
        }
    }

    /** A daemon thread that redraws the line every {@link #INTERVAL} until the build is over. */
    private ScheduledExecutorService timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "portal-progress");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleAtFixedRate(() -> tick(clock.getAsLong()), INTERVAL, INTERVAL, TimeUnit.NANOSECONDS);
        return timer;
    }
}
