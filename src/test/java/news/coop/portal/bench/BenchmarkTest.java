package news.coop.portal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import news.coop.portal.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code portal bench} runs end to end on a small archive: it generates it, builds it in fresh JVMs
 * (cold, then with the build cache after each kind of change) and warm in-process, and prints every
 * row of its table. (The figures themselves are never asserted: timing belongs to the benchmark, not
 * to tests.) {@code CompareHugoIT} runs it beside Hugo.
 */
class BenchmarkTest {
    private static final String USE_HUGO = " — give the path of the hugo executable, e.g. /usr/bin/hugo (Debian: apt-get install hugo)\n";

    @TempDir
    Path dir;

    @Test
    void measuresASmallArchiveAndPrintsTheTable() throws Exception {
        TestSite.Run run = TestSite.Run.of("bench", "--items", "20", "--runs", "1", "--keep", dir.resolve("archive").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Generating 20 items (multilingual corpus, seed 42)", "\nbuild cache: ",
                "\n| work | median | runs | peak RSS | |\n",
                "\n| cold full build, fresh JVM, empty cache and output folder | ",
                "\n| fresh JVM, cache filled, nothing changed | ",
                "\n| fresh JVM, cache filled, one item added | ",
                "\n| fresh JVM, cache filled, one item edited | ",
                "\n| fresh JVM, cache filled, one template changed | ",
                "\n| rebuild, nothing changed (warm, as serve) | ",
                "\n| rebuild, one item edited (warm, as serve) | ",
                "\n| rebuild, one item added (warm, as serve) | ").doesNotContain("Hugo");
        assertThat(run.out()).containsPattern("\\| cold full build, fresh JVM, empty cache and output folder \\| \\d+\\.\\d\\d s \\| 1 \\| [\\d,]+ MB \\| \\d+ pages");
        assertThat(dir.resolve("archive/target/site/en/index.html")).exists();
        assertThat(Files.readString(dir.resolve("archive/templates/layout.ftlh"), StandardCharsets.UTF_8)).startsWith("<#-- portal bench: template change 0 at ");
        // One item added by the cache rows, five by the warm ones.
        assertThat(Benchmark.newsPaths(dir.resolve("archive"))).hasSize(26);
    }

    @Test
    void compareHugoWithAPathWhereNoHugoIsIsAUsageErrorThatNamesThePath() {
        TestSite.Run run = TestSite.Run.of("bench", "--items", "2", "--compare-hugo", "/nonexistent", "--keep", dir.resolve("archive").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("--compare-hugo /nonexistent: no such file" + USE_HUGO);
        assertThat(dir.resolve("archive")).doesNotExist();
    }

    @Test
    void compareHugoWithAProgramThatIsNotHugoIsAUsageError() {
        TestSite.Run run = TestSite.Run.of("bench", "--items", "2", "--compare-hugo", "/bin/true", "--keep", dir.resolve("archive").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("--compare-hugo /bin/true: \"/bin/true version\" exited with 0 and printed nothing, not Hugo's version" + USE_HUGO);
    }

    @Test
    void compareHugoOnTheMultilingualCorpusIsAUsageError() {
        TestSite.Run run = TestSite.Run.of("bench", "--items", "2", "--corpus", "multilingual", "--compare-hugo", "/nonexistent");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("--compare-hugo builds the reference corpus, the same items in the portal's form and in Hugo's:"
                + " drop --corpus multilingual\n");
    }

    @Test
    void theCacheRowsPassOnlyTheCacheOptionsPortalBuildLists() {
        String without = """
                Usage: portal build [-hV] [--debug] [--drafts] [--strict] [--timings]
                      --timings        Print the time each stage took.
                """;
        String with = """
                Usage: portal build [-hV] [--debug] [--no-cache] [--cache=DIR]
                      --cache=DIR      Where the build cache lives. Default: target/portal-cache.
                      --no-cache       Neither read nor write the cache (see --cache).
                """;

        assertThat(FreshBuilds.CacheOptions.of(without)).isEqualTo(new FreshBuilds.CacheOptions(false, false));
        assertThat(FreshBuilds.CacheOptions.of(with)).isEqualTo(new FreshBuilds.CacheOptions(true, true));
        assertThat(FreshBuilds.CacheOptions.of("      --no-cache       Build as if there were no cache (--cache=DIR names it).\n"))
                .isEqualTo(new FreshBuilds.CacheOptions(true, false));
    }

    @Test
    void theTableGivesEachRowsMedianRunsPeakMemoryAndRatioToHugosFullBuild() {
        List<Row> rows = List.of(
                new Row("Hugo, full build, fresh process, empty output folder", 0.5, 3, 81, "61 pages"),
                new Row("cold full build, fresh JVM, empty cache and output folder", 3.25, 3, 1234, "1,070 pages, 329 pages/s"),
                new Row("rebuild, nothing changed (warm, as serve)", 0.07, 5, -1, "0 pages rendered"));

        assertThat(table(rows, 0.5)).isEqualTo("""
                | work | median | runs | peak RSS | vs Hugo | |
                |---|---|---|---|---|---|
                | Hugo, full build, fresh process, empty output folder | 0.50 s | 3 | 81 MB | 1.00 × Hugo | 61 pages |
                | cold full build, fresh JVM, empty cache and output folder | 3.25 s | 3 | 1,234 MB | 6.50 × Hugo | 1,070 pages, 329 pages/s |
                | rebuild, nothing changed (warm, as serve) | 0.07 s | 5 | — | 0.14 × Hugo | 0 pages rendered |
                """);
        assertThat(table(rows.subList(1, 3), null)).isEqualTo("""
                | work | median | runs | peak RSS | |
                |---|---|---|---|---|
                | cold full build, fresh JVM, empty cache and output folder | 3.25 s | 3 | 1,234 MB | 1,070 pages, 329 pages/s |
                | rebuild, nothing changed (warm, as serve) | 0.07 s | 5 | — | 0 pages rendered |
                """);
    }

    @Test
    void aRowIsTheMedianOfItsRunsAndTheHighestOfTheirPeaks() {
        assertThat(Row.of("w", List.of(3.0, 1.0, 2.0), List.of(100L, 300L, 200L), "n")).isEqualTo(new Row("w", 2.0, 3, 300, "n"));
        assertThat(Row.of("w", List.of(4.0, 1.0), List.of(), "n")).isEqualTo(new Row("w", 2.5, 2, -1, "n"));
    }

    @Test
    void theColdRowBuildsWithoutTheCacheAndTheOthersWithTheArchivesCacheFolder() {
        Path archive = Path.of("/tmp/a");
        List<String> build = List.of("build", "--project", "/tmp/a", "--now", "2026-01-01T00:00:00Z", "--timings");
        FreshBuilds.CacheOptions both = new FreshBuilds.CacheOptions(true, true);
        FreshBuilds.CacheOptions folderOnly = new FreshBuilds.CacheOptions(false, true);
        FreshBuilds.CacheOptions none = new FreshBuilds.CacheOptions(false, false);

        assertThat(FreshBuilds.arguments(archive, both, true)).isEqualTo(with(build, "--no-cache"));
        assertThat(FreshBuilds.arguments(archive, both, false)).isEqualTo(with(build, "--cache", "/tmp/a/target/portal-cache"));
        assertThat(FreshBuilds.arguments(archive, folderOnly, true)).isEqualTo(with(build, "--cache", "/tmp/a/target/portal-cache"));
        assertThat(FreshBuilds.arguments(archive, none, true)).isEqualTo(build);
        assertThat(FreshBuilds.arguments(archive, none, false)).isEqualTo(build);
        assertThat(both.describe()).isEqualTo("build cache: target/portal-cache (--cache); the cold row builds with --no-cache");
        assertThat(none.describe()).isEqualTo("build cache: portal build has no --cache or --no-cache yet, so the cache rows build without a cache");
    }

    private static List<String> with(List<String> start, String... more) {
        return Stream.concat(start.stream(), Stream.of(more)).toList();
    }

    private static String table(List<Row> rows, Double hugoSeconds) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            Row.print(out, rows, hugoSeconds);
        }
        return text.toString().replace(System.lineSeparator(), "\n");
    }
}
