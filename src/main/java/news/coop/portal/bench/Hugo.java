package news.coop.portal.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Hugo executable that answers {@code hugo version}, and its full builds of a site as a user runs
 * them by hand: {@code hugo --quiet -s SITE -d OUT} into an empty folder, a fresh process each time.
 * Its peak resident memory is taken by {@value #TIME} {@code -f %M} (the kernel's account of the
 * process, as {@code wait4} reports it) where that program exists, and otherwise by reading
 * {@code VmHWM} of {@code /proc/PID/status} every {@value #POLL_MS} ms while it runs (which can miss
 * growth in its last milliseconds). Immutable.
 */
public final class Hugo {
    static final String TIME = "/usr/bin/time";
    static final int POLL_MS = 5;
    private static final Pattern VERSION = Pattern.compile("^hugo v?\\d+\\.\\d+\\S*.*$", Pattern.MULTILINE);
    private static final int VERSION_TIMEOUT_SECONDS = 30;

    private final String executable;
    private final String version;

    private Hugo(String executable, String version) {
        this.executable = executable;
        this.version = version;
    }

    /** Why a given path cannot serve as Hugo; its message says what happened, to follow the path in a usage error. */
    public static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;

        Unusable(String message) {
            super(message);
        }
    }

    /**
     * The Hugo at {@code executable} (a path, or a name looked up on {@code PATH}), once it has answered
     * {@code version} with Hugo's version line within 30 s.
     *
     * @throws Unusable when it cannot be started, fails, takes too long or prints something else
     */
    public static Hugo at(String executable) throws Unusable, InterruptedException {
        if (executable.contains("/")) {
            Path file = Path.of(executable);
            if (!Files.exists(file)) {
                throw new Unusable("no such file");
            }
            if (Files.isDirectory(file) || !Files.isExecutable(file)) {
                throw new Unusable("not an executable file");
            }
        }
        Path output = null;
        try {
            output = Files.createTempFile("portal-bench-hugo", ".txt");
            Process process = new ProcessBuilder(executable, "version").redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(VERSION_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new Unusable("\"" + executable + " version\" did not answer in " + VERSION_TIMEOUT_SECONDS + " s");
            }
            String printed = Files.readString(output, StandardCharsets.UTF_8).strip();
            Matcher matcher = VERSION.matcher(printed);
            if (process.exitValue() != 0 || !matcher.find()) {
                throw new Unusable("\"" + executable + " version\" exited with " + process.exitValue() + " and printed "
                        + (printed.isEmpty() ? "nothing" : "\"" + printed.lines().findFirst().orElse("") + "\"") + ", not Hugo's version");
            }
            return new Hugo(executable, matcher.group());
        } catch (IOException e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage().replaceFirst("^.*error=\\d+, ", "");
            throw new Unusable("cannot run it (" + reason + ")");
        } finally {
            if (output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException e) {
                    // A leftover temporary file: harmless.
                }
            }
        }
    }

    /** What {@code hugo version} printed, e.g. {@code hugo v0.111.3+extended linux/amd64 BuildDate=…}. */
    public String version() {
        return version;
    }

    /** The executable as given. */
    public String executable() {
        return executable;
    }

    /** How {@link #build} measures peak memory, for the table's header. */
    static String memoryMethod() {
        return Files.isExecutable(Path.of(TIME)) ? TIME + " -f %M" : "VmHWM of /proc/PID/status, read every " + POLL_MS + " ms";
    }

    /** One full build: wall time, peak resident memory in MB (-1 where none can be read) and the HTML pages written. */
    record Built(double seconds, long peakMegabytes, long pages) {
    }

    /** Builds {@code site} into {@code out}, emptied first, in a fresh process. */
    Built build(Path site, Path out) throws IOException, InterruptedException {
        Benchmark.deleteTree(out);
        List<String> hugo = List.of(executable, "--quiet", "-s", site.toString(), "-d", out.toString());
        boolean time = Files.isExecutable(Path.of(TIME));
        Path printed = Files.createTempFile("portal-bench-hugo", ".txt");
        Path rss = Files.createTempFile("portal-bench-hugo-rss", ".txt");
        try {
            List<String> command = new ArrayList<>();
            if (time) {
                command.addAll(List.of(TIME, "-f", "%M", "-o", rss.toString()));
            }
            command.addAll(hugo);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(printed.toFile()).start();
            long start = System.nanoTime();
            long polled = -1;
            if (time) {
                process.waitFor();
            }
            while (!process.waitFor(POLL_MS, TimeUnit.MILLISECONDS)) {
                polled = Math.max(polled, Processes.peakKilobytes(process.pid()).orElse(-1));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (process.exitValue() != 0) {
                throw new IllegalStateException("Hugo failed (exit code " + process.exitValue() + "): " + String.join(" ", hugo) + "\n"
                        + Files.readString(printed, StandardCharsets.UTF_8));
            }
            long kilobytes = time ? lastNumber(Files.readString(rss, StandardCharsets.UTF_8)) : polled;
            return new Built(seconds, kilobytes < 0 ? -1 : kilobytes / 1024, htmlFiles(out));
        } finally {
            Files.deleteIfExists(printed);
            Files.deleteIfExists(rss);
        }
    }

    private static long lastNumber(String text) {
        List<String> lines = text.strip().lines().toList();
        return lines.isEmpty() || !lines.get(lines.size() - 1).matches("\\d+") ? -1 : Long.parseLong(lines.get(lines.size() - 1));
    }

    private static long htmlFiles(Path out) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(file -> file.toString().endsWith(".html")).count();
        }
    }
}
