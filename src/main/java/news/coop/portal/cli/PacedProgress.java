package news.coop.portal.cli;

import java.io.PrintWriter;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * What the terminal's and the log's progress share: counting a build's stages and items, and
 * {@linkplain #show showing} its line ({@link ShownProgress#line}) once the build is {@code delay}
 * old, then at most once per {@code interval}, when a stage starts, an item is done, or {@link #tick}
 * is called.
 *
 * <p>Thread-safe and cheap for the workers: {@link #advanced} counts, reads the clock and compares it
 * with the next moment a line is due; only then does it take the lock.
 */
abstract class PacedProgress extends ShownProgress {
    final PrintWriter err;
    final LongSupplier clock;
    private final Set<String> hidden;
    private final long delay;
    private final long interval;
    private final Object lock = new Object();
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;
    private volatile String stage;
    /** The clock's value before which no line is due; {@link Long#MAX_VALUE} between builds. */
    private volatile long next = Long.MAX_VALUE;
    /** When the build started on the clock, or {@code null} between builds. Guarded by {@link #lock}. */
    private Long start;

    /**
     * @param hidden   stages not shown
     * @param delay    nanoseconds of a build without a line
     * @param interval the least nanoseconds between two lines
     */
    PacedProgress(PrintWriter err, LongSupplier clock, Set<String> hidden, long delay, long interval) {
        this.err = err;
        this.clock = clock;
        this.hidden = hidden;
        this.delay = delay;
        this.interval = interval;
    }

    @Override
    public final void started(String stage) {
        if (hidden.contains(stage)) {
            return;
        }
        long now = clock.getAsLong();
        synchronized (lock) {
            if (start == null) {
                start = now;
                next = now + delay;
                buildStarted();
            }
            done.set(0);
            total = 0;
            this.stage = stage;
        }
        tick(now);
    }

    @Override
    public final void advanced(int total) {
        if (this.total != total) {
            this.total = total;
        }
        done.incrementAndGet();
        long now = clock.getAsLong();
        if (now - next >= 0) {
            tick(now);
        }
    }

    /** Shows the line as of {@code now} if one is due. */
    final void tick(long now) {
        synchronized (lock) {
            if (start == null || now - next < 0) {
                return;
            }
            show(line(stage, done.get(), total, now - start));
            next = now + interval;
        }
    }

    @Override
    final void finish() {
        synchronized (lock) {
            if (start != null) {
                buildEnded();
            }
            start = null;
            stage = null;
            next = Long.MAX_VALUE;
        }
    }

    /** Shows {@code line} on {@link #err}. Called under the lock. */
    abstract void show(String line);

    /** A build starts: its first stage. Called under the lock. */
    void buildStarted() {
    }

    /** The build that started is over, before the next starts. Called under the lock. */
    void buildEnded() {
    }
}
