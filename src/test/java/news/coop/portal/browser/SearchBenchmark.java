package news.coop.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import news.coop.portal.bench.SyntheticArchive;
import news.coop.portal.pipeline.BuildOptions;
import news.coop.portal.pipeline.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The search benchmark (issue 7): on a generated archive of 10,000 items (override with
 * {@code -Dsearch.bench.items=N}), the size of each language's index, the bytes a query downloads
 * (compressed, as a host serving gzip sends them) and how long a query takes in Chromium, cold (a
 * fresh page with the browser's cache off) and warm (the same query again); then the same for
 * Pagefind, run with {@code npx pagefind} on the same built site, as a reference. Prints a table
 * and writes it to {@code target/search-bench/results.md}.
 *
 * <p>Not a test: it asserts only that every query found something. Run it with
 * {@code mvn verify -Psearch-bench}. Pagefind needs the npm registry (or npx's cache) the first time;
 * without {@code npx} its column is left out and the reason printed.
 */
@ExtendWith(BrowserCondition.class)
class SearchBenchmark {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path HOME = PROJECT.resolve("target/search-bench");
    private static final String PAGEFIND = "pagefind@1.6.0";
    private static final int WARM_RUNS = 7;

    /** The queries per language: single words in a form other than the text's, two words, a phrase, a filter. */
    private static final Map<String, List<Query>> QUERIES = Map.of(
            "ru", List.of(new Query("энергетики", ""), new Query("дороги", ""), new Query("строительство сотрудничество", ""),
                    new Query("\"рабочая группа\"", ""), new Query("завод", "energy")),
            "be", List.of(new Query("энергетыкі", ""), new Query("дарогі", ""), new Query("будаўніцтва супрацоўніцтва", ""),
                    new Query("\"рабочая група\"", ""), new Query("завод", "energy")),
            "en", List.of(new Query("energies", ""), new Query("road", ""), new Query("construction energy", ""),
                    new Query("\"working group\"", ""), new Query("plant", "energy")));

    record Query(String text, String area) {
    }

    /** One measured query. */
    record Result(String lang, Query query, long total, long indexBytes, int files, double coldMs, double warmMs) {
    }

    @Test
    void measure() throws Exception {
        int items = Integer.getInteger("search.bench.items", 10_000);
        Path archive = HOME.resolve("archive-" + items);
        if (!Files.isDirectory(archive.resolve("content"))) {
            SyntheticArchive.generate(PROJECT, archive, items, 42);
        }
        Path site = HOME.resolve("site-" + items);
        long started = System.nanoTime();
        try (Session session = new Session(new BuildOptions(archive, site, false, Instant.parse("2026-01-01T00:00:00Z")))) {
            session.build();
        }
        double buildSeconds = (System.nanoTime() - started) / 1e9;

        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "# Search benchmark: %,d items (built in %.1f s)%n%n", items, buildSeconds));
        report.append("## Index size\n\n| language | items | files | raw | gzip |\n|---|---|---|---|---|\n");
        for (String lang : List.of("ru", "be", "en")) {
            List<Path> files = indexFiles(site.resolve(lang + "/search"));
            long raw = 0;
            long compressed = 0;
            for (Path file : files) {
                raw += Files.size(file);
                compressed += gzipSize(file);
            }
            String meta = Files.readString(site.resolve(lang + "/search/meta.json"));
            report.append(String.format(Locale.ROOT, "| %s | %s | %,d | %s | %s |%n", lang, meta.replaceAll(".*\"docs\":(\\d+).*", "$1"), files.size(),
                    kb(raw), kb(compressed)));
        }

        String pagefind = pagefind(site, report);
        try (StaticSite server = new StaticSite(site)) {
            ChromeDriver chrome = Chromium.start(1280, 900, Map.of());
            try {
                chrome.executeCdpCommand("Network.enable", Map.of());
                chrome.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
                List<Result> ours = new ArrayList<>();
                List<Result> theirs = new ArrayList<>();
                for (String lang : List.of("ru", "be", "en")) {
                    for (Query query : QUERIES.get(lang)) {
                        ours.add(ours(chrome, server, site, lang, query));
                        if (pagefind == null && query.area().isEmpty()) {
                            theirs.add(pagefind(chrome, server, site, lang, query));
                        }
                    }
                }
                table(report, "Portal search", ours);
                if (pagefind == null) {
                    table(report, "Pagefind " + PAGEFIND.substring(PAGEFIND.indexOf('@') + 1) + " (same site, same queries, no filters)", theirs);
                }
                report.append(code(chrome, server, site, pagefind == null));
                ours.forEach(result -> assertThat(result.total()).as("results for %s", result.query()).isPositive());
            } finally {
                chrome.quit();
            }
        }
        Files.writeString(HOME.resolve("results.md"), report);
        System.out.println(report);
    }

    /** The portal's own search: a fresh page, one query, then the same query again. */
    private static Result ours(ChromeDriver chrome, StaticSite server, Path site, String lang, Query query) {
        chrome.get(server.url("/" + lang + "/search/"));
        waitFor(chrome, "return !!(window.portalSearch && window.portalSearch.search)");
        server.served();
        String run = """
                const done = arguments[arguments.length - 1];
                const options = arguments[1] ? {area: arguments[1]} : {};
                const started = performance.now();
                window.portalSearch.search(arguments[0], options).then(result => {
                  const ms = performance.now() - started;
                  done({ms: ms, total: result.total});
                }, error => done({error: String(error)}));
                """;
        Map<?, ?> cold = (Map<?, ?>) chrome.executeAsyncScript(run, query.text(), query.area());
        assertThat(cold.get("error")).as("search error").isNull();
        List<String> fetched = server.served().stream().filter(path -> path.startsWith("/" + lang + "/search/")).distinct().toList();
        double[] warm = new double[WARM_RUNS];
        for (int i = 0; i < WARM_RUNS; i++) {
            // Spaces make each run a new query to the engine (which keeps the last ranking), with the same words.
            warm[i] = ((Number) ((Map<?, ?>) chrome.executeAsyncScript(run, query.text() + " ".repeat(i + 1), query.area())).get("ms")).doubleValue();
        }
        long bytes = 0;
        for (String path : fetched) {
            bytes += gzipSize(site.resolve(path.substring(1)));
        }
        return new Result(lang, query, ((Number) cold.get("total")).longValue(), bytes, fetched.size(), ((Number) cold.get("ms")).doubleValue(), median(warm));
    }

    /** Pagefind's search API on the same page, as its own UI calls it: search, then the first 20 results' data. */
    private static Result pagefind(ChromeDriver chrome, StaticSite server, Path site, String lang, Query query) {
        chrome.get(server.url("/" + lang + "/search/"));
        server.served();
        String run = """
                const done = arguments[arguments.length - 1];
                (async () => {
                  const started = performance.now();
                  if (!window.pf) { window.pf = await import('/pagefind/pagefind.js'); await window.pf.init(); }
                  const search = await window.pf.search(arguments[0]);
                  await Promise.all(search.results.slice(0, 20).map(r => r.data()));
                  return {ms: performance.now() - started, total: search.results.length};
                })().then(done, error => done({error: String(error)}));
                """;
        Map<?, ?> cold = (Map<?, ?>) chrome.executeAsyncScript(run, query.text());
        assertThat(cold.get("error")).as("pagefind error").isNull();
        // Its index (entry, meta, index chunks and the 20 results' fragments), not its code (script and WebAssembly).
        List<String> fetched = server.served().stream().filter(path -> path.startsWith("/pagefind/"))
                .filter(path -> !path.endsWith(".js") && !path.startsWith("/pagefind/wasm.")).distinct().toList();
        double[] warm = new double[WARM_RUNS];
        for (int i = 0; i < WARM_RUNS; i++) {
            warm[i] = ((Number) ((Map<?, ?>) chrome.executeAsyncScript(run, query.text() + " ".repeat(i + 1))).get("ms")).doubleValue();
        }
        long bytes = 0;
        for (String path : fetched) {
            Path file = site.resolve(path.substring(1));
            // Pagefind's index files are gzip-compressed already; its JSON is not.
            bytes += path.endsWith(".json") ? gzipSize(file) : size(file);
        }
        return new Result(lang, query, ((Number) cold.get("total")).longValue(), bytes, fetched.size(), ((Number) cold.get("ms")).doubleValue(), median(warm));
    }

    /** The code each search downloads once per visit (then cached), compressed. */
    private static String code(ChromeDriver chrome, StaticSite server, Path site, boolean pagefind) {
        chrome.get(server.url("/en/search/"));
        long ours = server.served().stream().filter(path -> path.endsWith(".js")).mapToLong(path -> gzipSize(site.resolve(path.substring(1)))).sum();
        String line = String.format(Locale.ROOT, "%nCode, downloaded once per visit and then cached: the search page's scripts (stemmers, engine, interface) %s gzip", kb(ours));
        if (pagefind) {
            chrome.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    import('/pagefind/pagefind.js').then(pf => pf.init().then(() => pf.search('energy'))).then(() => done(true), () => done(false));
                    """);
            long theirs = server.served().stream().filter(path -> path.endsWith(".js") || path.startsWith("/pagefind/wasm."))
                    .mapToLong(path -> path.endsWith(".js") ? gzipSize(site.resolve(path.substring(1))) : size(site.resolve(path.substring(1)))).sum();
            line += String.format(Locale.ROOT, "; Pagefind's script and WebAssembly %s gzip", kb(theirs));
        }
        return line + ".\n";
    }

    private static void table(StringBuilder report, String title, List<Result> results) {
        report.append("\n## ").append(title).append("\n\n| lang | query | area | results | files | bytes loaded (gzip) | cold | warm (median of ")
                .append(WARM_RUNS).append(") |\n|---|---|---|---|---|---|---|---|\n");
        for (Result result : results) {
            report.append(String.format(Locale.ROOT, "| %s | %s | %s | %,d | %d | %s | %.0f ms | %.1f ms |%n", result.lang(),
                    result.query().text().replace("|", "\\|"), result.query().area(), result.total(), result.files(), kb(result.indexBytes()),
                    result.coldMs(), result.warmMs()));
        }
        long worst = results.stream().mapToLong(Result::indexBytes).max().orElse(0);
        double worstWarm = results.stream().mapToDouble(Result::warmMs).max().orElse(0);
        report.append(String.format(Locale.ROOT, "%nMost bytes for one query: %s; slowest warm query: %.1f ms.%n", kb(worst), worstWarm));
    }

    /** Runs Pagefind over the site into its {@code pagefind/} folder; null when it ran, else why not. */
    private static String pagefind(Path site, StringBuilder report) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("npx", "--yes", PAGEFIND, "--site", site.toString()).redirectErrorStream(true)
                    .redirectOutput(HOME.resolve("pagefind.log").toFile()).start();
        } catch (IOException e) {
            String why = "Pagefind not run: npx is not installed (" + e.getMessage() + ")";
            report.append("\n").append(why).append('\n');
            return why;
        }
        long started = System.nanoTime();
        if (!process.waitFor(20, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            String why = "Pagefind failed; see target/search-bench/pagefind.log";
            report.append("\n").append(why).append('\n');
            return why;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Path> files = indexFiles(site.resolve("pagefind"));
        long bytes = 0;
        for (Path file : files) {
            bytes += size(file);
        }
        report.append(String.format(Locale.ROOT, "%nPagefind (%s, via npx): indexed the whole built site in %.1f s (every HTML page, all languages): %,d files, %s on disk.%n",
                PAGEFIND, seconds, files.size(), kb(bytes)));
        return null;
    }

    private static List<Path> indexFiles(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().equals("index.html")).sorted().toList();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's size gzip-compressed at the default level, as a host compressing on the fly sends it. */
    private static long gzipSize(Path file) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                gzip.write(Files.readAllBytes(file));
            }
            return out.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }

    private static void waitFor(ChromeDriver chrome, String condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!Boolean.TRUE.equals(chrome.executeScript(condition))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + condition);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
