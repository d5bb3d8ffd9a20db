package news.coop.portal.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's child processes: fresh JVMs started the way the launcher starts a build, and the
 * peak resident memory ({@code VmHWM}) of a process, where Linux tells it. Stateless.
 */
final class Processes {
    private static final Pattern HIGH_WATER = Pattern.compile("(?m)^VmHWM:\\s*(\\d+) kB");

    private Processes() {
    }

    /** A child's wall time (from its start to its end) and what it printed, stdout and stderr together. */
    record Ran(double seconds, String output) {
    }

    /**
     * Runs {@code main} in a fresh JVM ({@link #java}) and waits for it to end.
     *
     * @throws IllegalStateException if it exits with another code than 0; the message names {@code what} and holds its output
     */
    static Ran runJava(String what, String main, List<String> args) throws IOException, InterruptedException {
        return run(what, java(main, args));
    }

    /** Runs {@code command} and waits for it to end, as {@link #runJava} does. */
    static Ran run(String what, List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        long start = System.nanoTime();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (exit != 0) {
            throw new IllegalStateException(what + " failed (exit code " + exit + "):\n" + output);
        }
        return new Ran(seconds, output);
    }

    /**
     * A command that runs {@code main} in a fresh JVM with this JVM's class path, started the way the
     * launcher starts a build ({@code PORTAL_BUILD_JAVA_OPTIONS} and the class-data archive it sets),
     * or else with this JVM's own options.
     */
    static List<String> java(String main, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(buildOptions());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main);
        command.addAll(args);
        return command;
    }

    /** The JVM options of a fresh build: the launcher's, or this JVM's own. */
    static List<String> buildOptions() {
        String fromLauncher = System.getenv("PORTAL_BUILD_JAVA_OPTIONS");
        List<String> options = new ArrayList<>();
        if (fromLauncher != null && !fromLauncher.isBlank()) {
            options.addAll(List.of(fromLauncher.strip().split("\\s+")));
            String archive = System.getenv("PORTAL_CDS_ARCHIVE");
            if (archive != null && Files.isRegularFile(Path.of(archive))) {
                options.add("-XX:SharedArchiveFile=" + archive);
            }
            return options;
        }
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (option.startsWith("-XX:") || option.startsWith("-Xm") || option.startsWith("-Xs") || option.startsWith("-Xlog") || option.startsWith("-Dfile.encoding")) {
                options.add(option);
            }
        }
        return options;
    }

    /** This JVM's {@code -X} options, which the warm rebuilds run with. */
    static List<String> jvmOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(option -> option.startsWith("-X")).toList();
    }

    /** The peak resident memory so far of process {@code pid}, in KB ({@code VmHWM} of {@code /proc/PID/status}); empty where there is none. */
    static OptionalLong peakKilobytes(long pid) {
        try {
            Matcher matcher = HIGH_WATER.matcher(Files.readString(Path.of("/proc", Long.toString(pid), "status"), StandardCharsets.UTF_8));
            return matcher.find() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
        } catch (IOException | RuntimeException e) {
            // Not Linux, or the process is gone.
            return OptionalLong.empty();
        }
    }
}
