package news.coop.portal.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import news.coop.portal.ChildJvm;
import news.coop.portal.TestSite;
import news.coop.portal.bench.SyntheticArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code portal serve} under a bounded load, as a newsroom might put on it: {@value #CLIENTS} clients at
 * once for {@value #SECONDS} s against 127.0.0.1, asking for pages, stylesheets, scripts, pictures,
 * feeds and search shards that exist and addresses that do not, while a writer saves a news item every
 * half second (a template every twentieth time, which rebuilds the whole preview and swaps it in, and
 * a news item comes and goes every fourth time), so that rebuilds run all the time.
 *
 * <p>Every answer is 200 or 404, never 5xx, never a connection dropped, never part of a file: its
 * length is its {@code Content-Length}, a page is a whole document, and a file that does not change
 * (stylesheets, scripts, pictures) is byte for byte the file. The server runs in a JVM of its own with
 * a fixed heap ({@value #HEAP}); it must stay alive, never run out of memory, and its resident memory
 * stays under {@value #RSS_BOUND_MB} MB. The figures (requests per second, latency percentiles, memory)
 * go to stdout and {@code target/load/results.md}.
 *
 * <p>Not in the default {@code mvn verify}: the profile {@code load} adds it, and {@code .ci/run}
 * enables that profile. Alone: {@code mvn verify -Pload -Dtest=NoSuchTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ServeLoadIT}.
 */
class ServeLoadIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final int ITEMS = 200;
    private static final int CLIENTS = 50;
    private static final int SECONDS = 20;
    private static final String HEAP = "-Xmx256m";
    private static final int RSS_BOUND_MB = 640;
    private static final Duration EDIT_EVERY = Duration.ofMillis(500);
    private static final Duration STARTUP = Duration.ofMinutes(4);
    private static final Pattern PREVIEWING = Pattern.compile("Previewing at (http://127\\.0\\.0\\.1:\\d+)/[a-z]+/");
    /** Files that no edit changes: an answer of 200 must be exactly these bytes. */
    private static final Pattern FIXED = Pattern.compile(".*\\.(css|js|png|jpe?g|webp|svg|woff2?)$");

    @TempDir
    Path dir;

    /** What the clients saw. */
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger failureCount = new AtomicInteger();
    private final AtomicInteger missingKnown = new AtomicInteger();

    @Test
    void fiftyClientsForTwentySecondsWhileRebuildsRunGetOnly200And404AndWholeFiles() throws Exception {
        Path project = dir.resolve("project");
        SyntheticArchive.Summary archive = SyntheticArchive.generate(PROJECT, project, ITEMS, 3);
        Edits edits = new Edits(project, archive);

        ChildJvm serve = ChildJvm.start(dir.resolve("logs"), "serve", List.of(HEAP, "-XX:+ExitOnOutOfMemoryError"),
                List.of("serve", "--port", "0", "--project", project.toString(), "--now", TestSite.NOW.toString()));
        try {
            assertThat(serve.awaitOut("Previewing at", STARTUP)).as("serve started; stderr:\n%s", serve.err()).isTrue();
            Matcher previewing = PREVIEWING.matcher(serve.out());
            assertThat(previewing.find()).as(serve.out()).isTrue();
            URI base = URI.create(previewing.group(1));
            Path site = project.resolve("target/preview");
            List<Target> targets = targets(site);
            // The item that comes and goes: its page is there half the time, and goes while clients ask for it.
            for (int i = 0; i < 20; i++) {
                targets.add(new Target(edits.addedPage(), null));
                targets.add(new Target(edits.addedPage() + "index.html", null));
            }
            System.out.printf("ServeLoadIT: %d items, %d files to ask for; %s%n", archive.items(), targets.size(), serve.out().lines().findFirst().orElse(""));

            Memory memory = new Memory(serve.process().pid());
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 2);
            long start = System.nanoTime();
            long end = start + TimeUnit.SECONDS.toNanos(SECONDS);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            List<Future<long[]>> clients = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                long seed = client;
                clients.add(pool.submit(() -> client(http, base, targets, new Random(seed), end)));
            }
            Future<Integer> writer = pool.submit(() -> edits.run(end));
            Future<?> sampler = pool.submit(() -> memory.sample(end));
            List<Long> latencies = new ArrayList<>();
            for (Future<long[]> client : clients) {
                Arrays.stream(client.get()).forEach(latencies::add);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            int saves = writer.get();
            sampler.get();
            pool.shutdown();

            // The last save is rebuilt and served: rebuilds ran to the end.
            assertThat(awaitServed(http, base, edits)).as("the last edit, served after its rebuild; stdout:\n%s\nstderr:\n%s", serve.out(), serve.err()).isTrue();
            assertThat(serve.process().isAlive()).as("serve is still running; stderr:\n%s", serve.err()).isTrue();
            String heap = memory.heap();
            Collections.sort(latencies);
            long rebuilds = serve.out().lines().filter(line -> line.startsWith("rebuilt in ")).count();
            String results = results(latencies, seconds, saves, rebuilds, memory, heap, targets.size());
            System.out.print(results);
            Path report = PROJECT.resolve("target/load/results.md");
            Files.createDirectories(report.getParent());
            Files.writeString(report, results, StandardCharsets.UTF_8);

            assertThat(failures).as("%d answers that were not 200 or 404, not whole, or no answer at all (first ones listed); serve's stderr:%n%s",
                    failureCount.get(), serve.err()).isEmpty();
            assertThat(serve.err()).as("serve's stderr").doesNotContain("OutOfMemoryError", "Exception", "error [");
            assertThat(memory.peakMegabytes()).as("peak resident memory of serve, MB").isLessThan(RSS_BOUND_MB);
            assertThat(rebuilds).as("rebuilds while the clients asked").isGreaterThanOrEqualTo(5);
            assertThat(latencies.size() / seconds).as("requests per second").isGreaterThan(50);
        } finally {
            serve.kill();
        }
    }

    /** One file of the preview to ask for: its address, and its bytes when they never change. */
    private record Target(String path, byte[] fixed) {
    }

    /** Every file of the built preview (pages by their folder's address too), and as many addresses that do not exist. */
    private static List<Target> targets(Path site) throws IOException {
        List<Target> targets = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String path = "/" + site.relativize(file).toString().replace('\\', '/');
                if (path.contains("/.")) {
                    continue;
                }
                targets.add(new Target(path, FIXED.matcher(path).matches() ? Files.readAllBytes(file) : null));
                if (path.endsWith("/index.html")) {
                    targets.add(new Target(path.substring(0, path.length() - "index.html".length()), null));
                }
            }
        }
        int existing = targets.size();
        for (int i = 0; i < existing / 4; i++) {
            String[] missing = {"/en/news/2024/01/no-such-item-" + i + "/", "/css/no-such-" + i + ".css", "/img/no-such-" + i + ".png", "/ru/search/no-such-" + i + ".json"};
            targets.add(new Target(missing[i % missing.length], null));
        }
        return targets;
    }

    /** A client: asks for random files until {@code end}; returns how long each request took, in nanoseconds. */
    private long[] client(HttpClient http, URI base, List<Target> targets, Random random, long end) {
        List<Long> took = new ArrayList<>();
        while (System.nanoTime() < end) {
            Target target = targets.get(random.nextInt(targets.size()));
            long start = System.nanoTime();
            try {
                HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(base.resolve(target.path())).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                took.add(System.nanoTime() - start);
                statuses.computeIfAbsent(response.statusCode(), status -> new AtomicInteger()).incrementAndGet();
                check(target, response);
            } catch (IOException e) {
                took.add(System.nanoTime() - start);
                fail(target, "no answer: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return took.stream().mapToLong(Long::longValue).toArray();
    }

    private void check(Target target, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        byte[] body = response.body();
        if (status == 404) {
            if (!target.path().contains("no-such-")) {
                missingKnown.incrementAndGet();
            }
            return;
        }
        if (status != 200) {
            fail(target, "status " + status + ": " + new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8));
            return;
        }
        long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (length != body.length) {
            fail(target, "Content-Length " + length + ", " + body.length + " bytes");
        } else if (target.fixed() != null && !Arrays.equals(target.fixed(), body)) {
            fail(target, body.length + " bytes, not the file's " + target.fixed().length);
        } else if (target.path().endsWith("/") || target.path().endsWith(".html")) {
            String html = new String(body, StandardCharsets.UTF_8).strip();
            if (!html.toLowerCase(Locale.ROOT).startsWith("<!doctype html>") || !html.endsWith("</html>")) {
                fail(target, "not a whole page: " + html.substring(0, Math.min(html.length(), 80)) + " … " + html.substring(Math.max(0, html.length() - 80)));
            }
        } else if (target.path().endsWith(".json") && !new String(body, StandardCharsets.UTF_8).strip().matches("(?s)[\\[{].*[]}]")) {
            fail(target, "not whole JSON");
        } else if (target.path().endsWith(".xml") && !new String(body, StandardCharsets.UTF_8).strip().endsWith(">")) {
            fail(target, "not whole XML");
        }
    }

    private void fail(Target target, String what) {
        if (failureCount.incrementAndGet() <= 20) {
            failures.add(target.path() + ": " + what);
        }
    }

    /** Waits until the page of the edited item shows the last save. */
    private static boolean awaitServed(HttpClient http, URI base, Edits edits) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(base.resolve(edits.page())).build(), HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() == 200 && page.body().contains(edits.lastMark())) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    private String results(List<Long> latencies, double seconds, int saves, long rebuilds, Memory memory, String heap, int targets) {
        int requests = latencies.size();
        Map<Integer, Integer> counted = new TreeMap<>();
        statuses.forEach((status, count) -> counted.put(status, count.get()));
        return String.format(Locale.ROOT, """
                # portal serve under load

                %s, %d processors, Java %s; `mvn verify -Pload` (ServeLoadIT).

                %d clients for %.1f s against 127.0.0.1, on a synthetic archive of %d items (%d addresses, a fifth of them missing);
                %d saves meanwhile (a news item every %d ms, a template every twentieth time, an item added or removed every fourth time), %d rebuilds.
                serve ran with %s.

                | figure | value |
                |---|---|
                | requests | %d |
                | requests per second | %.0f |
                | latency p50 | %.1f ms |
                | latency p90 | %.1f ms |
                | latency p99 | %.1f ms |
                | latency max | %.1f ms |
                | answers | %s |
                | 404 for a file that is there at times (the item that comes and goes, a file asked for during a swap) | %d |
                | failures (not 200/404, not whole, no answer) | %d |
                | peak resident memory of serve | %d MB |
                | heap of serve after the load | %s |
                """, Instant.now().toString().substring(0, 10), Runtime.getRuntime().availableProcessors(), Runtime.version(),
                CLIENTS, seconds, ITEMS, targets, saves, EDIT_EVERY.toMillis(), rebuilds, HEAP,
                requests, requests / seconds, percentile(latencies, 50), percentile(latencies, 90), percentile(latencies, 99), percentile(latencies, 100),
                counted, missingKnown.get(), failureCount.get(), memory.peakMegabytes(), heap);
    }

    private static double percentile(List<Long> sorted, double percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }

    /**
     * The writer: saves a news item every {@link #EDIT_EVERY}, a template every twentieth time, and adds or
     * removes an item every fourth time. Each file is written beside the project and renamed into place, as
     * editors that save atomically do, so that no build reads half a file.
     */
    private static final class Edits {
        private final Path project;
        private final Path item;
        private final String text;
        private final Path template;
        private final String templateText;
        private final Path added;
        private final byte[] addedText;
        private final Path scratch;
        private final String page;
        private final String addedPage;
        private volatile String lastMark = "";

        Edits(Path project, SyntheticArchive.Summary archive) throws IOException {
            this.project = project;
            this.item = project.resolve(archive.newsPaths().get(archive.items() / 2));
            this.text = Files.readString(item, StandardCharsets.UTF_8);
            this.template = project.resolve("templates/news.ftlh");
            this.templateText = Files.readString(template, StandardCharsets.UTF_8);
            String addedPath = SyntheticArchive.addItem(project, archive.items() + 1, 3);
            this.added = project.resolve(addedPath);
            this.addedText = Files.readAllBytes(added);
            Files.delete(added);
            this.scratch = Files.createDirectories(project.resolveSibling("scratch"));
            this.page = page(item, text);
            this.addedPage = page(added, new String(addedText, StandardCharsets.UTF_8));
        }

        /** An item's page: /{lang}/news/{yyyy}/{mm}/{slug}/, the slug being the file name after the date. */
        private static String page(Path item, String text) {
            Matcher lang = Pattern.compile("(?m)^lang: *([a-z]+)").matcher(text);
            Matcher date = Pattern.compile("(\\d{4})-(\\d{2})-\\d{2}-(.+)\\.md$").matcher(item.getFileName().toString());
            if (!lang.find() || !date.find()) {
                throw new IllegalStateException("not a synthetic news item: " + item);
            }
            return "/" + lang.group(1) + "/news/" + date.group(1) + "/" + date.group(2) + "/" + date.group(3) + "/";
        }

        String page() {
            return page;
        }

        String addedPage() {
            return addedPage;
        }

        String lastMark() {
            return lastMark;
        }

        int run(long end) throws IOException, InterruptedException {
            int saves = 0;
            while (System.nanoTime() < end) {
                saves++;
                String mark = "Load test edit " + saves + ".";
                save(item, (text + "\n" + mark + "\n").getBytes(StandardCharsets.UTF_8));
                lastMark = mark;
                if (saves % 20 == 0) {
                    save(template, (templateText + "<#-- load test edit " + saves + " -->\n").getBytes(StandardCharsets.UTF_8));
                }
                if (saves % 4 == 0) {
                    if (Files.exists(added)) {
                        Files.delete(added);
                    } else {
                        save(added, addedText);
                    }
                }
                Thread.sleep(EDIT_EVERY.toMillis());
            }
            return saves;
        }

        private void save(Path file, byte[] bytes) throws IOException {
            Path temporary = scratch.resolve(file.getFileName() + ".tmp");
            Files.write(temporary, bytes);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The resident memory of serve, sampled from {@code /proc} (Linux; elsewhere no figure), and its heap as {@code jcmd} tells it. */
    private static final class Memory {
        private final long pid;
        private final AtomicLong peakKilobytes = new AtomicLong();

        Memory(long pid) {
            this.pid = pid;
        }

        Void sample(long end) throws InterruptedException {
            while (System.nanoTime() < end) {
                try {
                    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                        if (line.startsWith("VmRSS:")) {
                            peakKilobytes.accumulateAndGet(Long.parseLong(line.replaceAll("[^0-9]", "")), Math::max);
                        }
                    }
                } catch (IOException e) {
                    return null;
                }
                Thread.sleep(250);
            }
            return null;
        }

        long peakMegabytes() {
            return peakKilobytes.get() / 1024;
        }

        /** {@code jcmd PID GC.heap_info}'s first line of figures, or why there is none. */
        String heap() {
            try {
                Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), String.valueOf(pid), "GC.heap_info")
                        .redirectErrorStream(true).start();
                String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                jcmd.waitFor(30, TimeUnit.SECONDS);
                return output.lines().map(String::strip).filter(line -> line.contains("total") && line.contains("used")).findFirst()
                        .orElse("(jcmd: " + output.strip().replace('\n', ' ') + ")");
            } catch (IOException e) {
                return "(no jcmd: " + e.getMessage() + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "(interrupted)";
            }
        }
    }
}
