package news.coop.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The {@code portal} command in a JVM of its own, on this JVM's class path, for the tests that need a
 * real process: to kill it, to fill its disk, to load its server. What it prints goes to two files in
 * a folder the test names, so nothing is lost when the process is killed. The build's "now" and address
 * are never taken from the environment running the tests ({@code SOURCE_DATE_EPOCH} and
 * {@code PORTAL_BASE_URL} are removed).
 */
public final class ChildJvm {
    private final Process process;
    private final List<String> command;
    private final Path out;
    private final Path err;
    private final long started = System.nanoTime();

    private ChildJvm(Process process, List<String> command, Path out, Path err) {
        this.process = process;
        this.command = command;
        this.out = out;
        this.err = err;
    }

    /**
     * Starts {@code java JVM-OPTIONS -cp CLASSPATH news.coop.portal.cli.Main ARGS}.
     *
     * @param logs where its standard output and error go ({@code NAME.out}, {@code NAME.err}), replaced
     */
    public static ChildJvm start(Path logs, String name, List<String> jvmOptions, List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "news.coop.portal.cli.Main"));
        command.addAll(args);
        return start(logs, name, command);
    }

    /** Starts any command (a shell around the JVM, for instance) as {@link #start(Path, String, List, List)} starts the JVM. */
    public static ChildJvm start(Path logs, String name, List<String> command) {
        try {
            Files.createDirectories(logs);
            Path out = logs.resolve(name + ".out");
            Path err = logs.resolve(name + ".err");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().remove("SOURCE_DATE_EPOCH");
            builder.environment().remove("PORTAL_BASE_URL");
            return new ChildJvm(builder.start(), List.copyOf(command), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Process process() {
        return process;
    }

    /** How long since it started. */
    public Duration age() {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** Waits for it to end; kills it (and fails) after {@code timeout}. */
    public Finished await(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill();
                throw new AssertionError("still running after " + timeout + ", killed:\n" + new Finished(-1, out(), err(), age(), command).describe());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
            throw new AssertionError("interrupted", e);
        }
        return new Finished(process.exitValue(), out(), err(), age(), command);
    }

    /** SIGKILL on Unix ({@link Process#destroyForcibly()}): no shutdown hook, no finally block runs. Waits until it is gone. */
    public void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until its standard error holds {@code text}, for {@code timeout} at most; false if it ended or the time ran out first. */
    public boolean awaitErr(String text, Duration timeout) throws InterruptedException {
        return await(err, text, timeout);
    }

    /** Waits until its standard output holds {@code text}, as {@link #awaitErr} does. */
    public boolean awaitOut(String text, Duration timeout) throws InterruptedException {
        return await(out, text, timeout);
    }

    private boolean await(Path stream, String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (read(stream).contains(text)) {
                return true;
            }
            if (!process.isAlive()) {
                return read(stream).contains(text);
            }
            Thread.sleep(20);
        }
        return false;
    }

    /** Everything it printed to standard output so far. */
    public String out() {
        return read(out);
    }

    /** Everything it printed to standard error so far. */
    public String err() {
        return read(err);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A process that ended: its exit code, what it printed and how long it ran. */
    public record Finished(int exitCode, String out, String err, Duration took, List<String> command) {
        public String describe() {
            return String.join(" ", command) + "\nexit code " + exitCode + " after " + took.toMillis() + " ms\n--- standard output ---\n" + out
                    + "--- standard error ---\n" + err;
        }
    }
}
