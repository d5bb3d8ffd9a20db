package news.coop.portal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
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

    /**
     * This process's standard error: a terminal when {@link System#console()} says the process runs in
     * one and standard error itself is one, else a log. The JVM's console looks at standard input and
     * output only, so {@code portal build 2> build.log} typed in a terminal has one too: where the
     * system shows it ({@code /proc/self/fd/2} on Linux), standard error must also lead to a terminal
     * device; elsewhere the console is all there is to go by.
     */
    public static Stderr ofThisProcess() {
        return System.console() != null && stderrIsATerminal() ? new Stderr(Kind.TERMINAL, System::nanoTime, true)
                : new Stderr(Kind.LOG, System::nanoTime, false);
    }

    private static boolean stderrIsATerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        if (!Files.exists(fd, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try {
            String device = Files.readSymbolicLink(fd).toString();
            return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return true;
        }
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
