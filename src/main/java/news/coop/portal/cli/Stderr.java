package news.coop.portal.cli;

import java.util.function.LongSupplier;

/**
 * What the portal's standard error is, which decides how a build's progress is shown: the one place
 * that decides it. {@link #ofThisProcess()} asks the JVM ({@link System#console()} is not null only
 * when the process runs in a terminal); a test says it outright ({@link #terminal}, {@link #log}),
 * with the clock that progress reads. With {@code NO_COLOR} set, a terminal is shown plain lines as a
 * log is ({@link ShownProgress#of}).
 *
 * <p>Immutable.
 */
public final class Stderr {
    /** What standard error is. */
    enum Kind {
        /** A terminal: progress is one line redrawn in place. */
        TERMINAL,
        /** A file, a pipe, a CI log: progress is a plain line per stage. */
        LOG,
        /** The caller's own stream (a test's, or a program that runs the command line in itself): no progress. */
        CAPTURED
    }

    /** Standard error that belongs to the caller: no progress is shown on it. */
    public static final Stderr CAPTURED = new Stderr(Kind.CAPTURED, System::nanoTime, false);

    private final Kind kind;
    private final LongSupplier clock;
    private final boolean ticks;

    private Stderr(Kind kind, LongSupplier clock, boolean ticks) {
        this.kind = kind;
        this.clock = clock;
        this.ticks = ticks;
    }

    /** This process's standard error: a terminal when {@link System#console()} says the process runs in one, else a log. */
    public static Stderr ofThisProcess() {
        return System.console() != null ? new Stderr(Kind.TERMINAL, System::nanoTime, true) : new Stderr(Kind.LOG, System::nanoTime, false);
    }

    /**
     * A terminal whose progress reads {@code clock} (nanoseconds, as {@link System#nanoTime()}) and is
     * redrawn only when the build reports something, never by a timer: what it shows then depends on
     * the build and the clock alone, as a test needs.
     */
    public static Stderr terminal(LongSupplier clock) {
        return new Stderr(Kind.TERMINAL, clock, false);
    }

    /** A log (not a terminal) whose progress lines read {@code clock} (nanoseconds). */
    public static Stderr log(LongSupplier clock) {
        return new Stderr(Kind.LOG, clock, false);
    }

    Kind kind() {
        return kind;
    }

    /** The clock progress reads, in nanoseconds. */
    LongSupplier clock() {
        return clock;
    }

    /** Whether a timer also redraws the terminal's line, so that the time goes on while a stage counts nothing. */
    boolean ticks() {
        return ticks;
    }
}
