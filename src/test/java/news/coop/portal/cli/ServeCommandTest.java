package news.coop.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.coop.portal.TestSite;
import news.coop.portal.TestSite.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code portal serve} on the command line: its messages, exit codes, and a clean stop. */
class ServeCommandTest {
    private static final Duration DEADLINE = Duration.ofSeconds(10);
    /** A fresh JVM and a first build from nothing: the slowest step on a loaded machine. */
    private static final Duration STARTUP = Duration.ofSeconds(30);
    private static final String END = "\0end of stream";

    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.create(dir).standardPages().news("2023-09-26-roads", "Roads", "roads");
    }

    @Test
    void aBusyPortIsNamedWithAnotherToTry() throws IOException {
        TestSite site = site();
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            Run run = site.cli("serve", "--port", String.valueOf(port));

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).isEqualTo("portal: port " + port + " is already in use — stop the other preview or choose another port with --port "
                    + (port + 1) + "\n");
        }
    }

    @Test
    void withoutConfigurationThereIsNothingToPreview() {
        Run run = Run.of("serve", "--port", "0", "--project", dir.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("jbake.properties: error [config.missing] there is no jbake.properties in " + dir.toAbsolutePath().normalize()
                + " — run the command in the portal's folder, or pass --project DIR\n"
                + "portal: 1 error; nothing to preview — fix jbake.properties, then start again\n");
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        Run run = site().cli("serve", "--port", "70000");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("--port: 70000 is not a port; use 1 to 65535, or 0 for any free one\n");
    }

    @Test
    void helpNamesEveryOptionAndTheExitCodes() {
        Run run = Run.of("serve", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Previews the site while you write", "--port=PORT", "--host=HOST", "--drafts", "--now=DATE-TIME", "--project=DIR", "--debug",
                "Stop it with Ctrl-C.", "Exit codes: 1 the preview could not start");
        assertThat(Run.of("--help").out()).containsPattern("\n  serve +Previews the site on 127.0.0.1 and reloads open pages on every save.\n");
    }

    /** The real command in its own JVM: it prints as build does, and SIGTERM (what Ctrl-C amounts to) stops it cleanly. */
    @Test
    void itReportsEachRebuildAndAStopFreesThePort() throws Exception {
        TestSite site = site();
        Process process = serve(site);
        try {
            BlockingQueue<String> out = lines(process.getInputStream());
            BlockingQueue<String> err = lines(process.getErrorStream());
            assertThat(next(out, STARTUP)).matches("Baked 1 news items into \\d+ pages in \\d+\\.\\d s → target/preview");
            Matcher url = Pattern.compile("Previewing at (http://127\\.0\\.0\\.1:(\\d+)/en/) — press Ctrl-C to stop").matcher(next(out));
            assertThat(url.matches()).isTrue();
            int port = Integer.parseInt(url.group(2));
            HttpResponse<String> home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url.group(1))).timeout(DEADLINE).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).isEqualTo(200);

            site.news("2023-09-26-roads", "Roads", "enrgy");
            assertThat(next(err)).isEqualTo("content/news/2023/2023-09-26-roads.md:5:9: error [area.unknown] unknown area \"enrgy\""
                    + " — did you mean \"energy\"? (the list is in data/areas.yml)");
            assertThat(next(err)).isEqualTo("portal: 1 error; the browser shows the problems in place of the pages until they are fixed");
            site.news("2023-09-26-roads", "Roads", "roads");
            assertThat(next(out)).matches("rebuilt in \\d+ ms");

            long stopping = System.nanoTime();
            // SIGTERM, as Process.destroy() sends; but destroy() also closes our ends of the pipes, and the last line would be lost.
            assertThat(process.toHandle().destroy()).isTrue();
            assertThat(process.waitFor(DEADLINE.toMillis(), TimeUnit.MILLISECONDS)).as("stopped within " + DEADLINE).isTrue();
            System.out.println("portal serve: stopped " + Duration.ofNanos(System.nanoTime() - stopping).toMillis() + " ms after SIGTERM");
            assertThat(rest(out)).containsExactly("Stopped the preview.");
            assertThat(rest(err)).isEmpty();
            try (ServerSocket again = new ServerSocket(port, 50, InetAddress.getByName("127.0.0.1"))) {
                assertThat(again.getLocalPort()).as("the port is free again").isEqualTo(port);
            }
        } finally {
            process.destroyForcibly();
        }
    }

    /** Told to listen on every network, it says what that means, and still prints the address to open on this machine. */
    @Test
    void onEveryNetworkItWarnsThatAnyoneThereCanReadThePreviewAndItsDrafts() throws Exception {
        Process process = serve(site(), "--host", "0.0.0.0", "--drafts");
        try {
            BlockingQueue<String> out = lines(process.getInputStream());
            BlockingQueue<String> err = lines(process.getErrorStream());
            assertThat(next(out, STARTUP)).startsWith("Baked 1 news items into ");
            assertThat(next(err)).isEqualTo("portal: warning: serving on 0.0.0.0 — anyone on the network can read the preview, drafts included");
            assertThat(next(out)).matches("Previewing at http://127\\.0\\.0\\.1:\\d+/en/ — press Ctrl-C to stop");
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void aHostThatNamesNoAddressIsAUsageError() {
        Run run = site().cli("serve", "--port", "0", "--host", "no-such-host.invalid");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("--host: no-such-host.invalid names no address; use 127.0.0.1 (the default), 0.0.0.0 for every network,"
                + " or an address of this machine\n");
    }

    @Test
    void anAddressOfAnotherMachineIsNamedWithWhatToDo() {
        // 192.0.2.1: TEST-NET-1, documentation only, never this machine's.
        Run run = site().cli("serve", "--port", "8821", "--host", "192.0.2.1");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).matches("portal: cannot listen on 192\\.0\\.2\\.1:8821 \\([^)]+\\) — choose an address of this machine with --host,"
                + " or choose another port with --port 8822\n");
    }

    /** {@code portal serve ARGS} in a JVM of its own, on a free port, for the site. */
    private static Process serve(TestSite site, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "news.coop.portal.cli.Main",
                "serve", "--port", "0", "--project", site.root().toString(), "--now", TestSite.NOW.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }

    /** The lines of a stream, read on their own thread, then {@link #END}. */
    private static BlockingQueue<String> lines(InputStream stream) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // The process is gone.
            }
            lines.add(END);
        }, "test-process-output");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    private static String next(BlockingQueue<String> lines) throws InterruptedException {
        return next(lines, DEADLINE);
    }

    private static String next(BlockingQueue<String> lines, Duration deadline) throws InterruptedException {
        String line = lines.poll(deadline.toMillis(), TimeUnit.MILLISECONDS);
        if (line == null || line.equals(END)) {
            fail("no line within " + deadline + (line == null ? "" : ": the stream ended"));
        }
        return line;
    }

    /** The lines left until the stream ends. */
    private static List<String> rest(BlockingQueue<String> lines) throws InterruptedException {
        List<String> rest = new ArrayList<>();
        for (String line = lines.poll(DEADLINE.toMillis(), TimeUnit.MILLISECONDS); line != null && !line.equals(END);
                line = lines.poll(DEADLINE.toMillis(), TimeUnit.MILLISECONDS)) {
            rest.add(line);
        }
        return rest;
    }
}
