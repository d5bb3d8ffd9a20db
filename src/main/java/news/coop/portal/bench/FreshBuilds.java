package news.coop.portal.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rows of builds in fresh JVMs, as CI runs {@code portal build}: a cold build with no cache into
 * an empty output folder, then four with the persistent build cache, each as the next CI run of a
 * fresh clone that restored only the cache folder finds things: nothing changed, one item added, one
 * item edited, one template changed. Each of those rows starts with an untimed build that fills the
 * cache (the previous CI run); before every build the output folder ({@code target/} but the cache)
 * is emptied.
 *
 * <p>The cache's options are passed only as far as this tool's {@code portal build} accepts them
 * ({@link CacheOptions}); without them the rows still run, and measure builds without a cache. Every
 * fresh build's command line comes from {@link #arguments}.
 * Not thread-safe: one instance per benchmark, which changes its archive.
 */
final class FreshBuilds {
    /** The cache folder of the archive's builds: {@code portal build}'s default, beside the site. */
    static final String CACHE = "target/portal-cache";
    private static final String MAIN = "news.coop.portal.cli.Main";
    private static final Pattern RSS = Pattern.compile("peak memory (\\d+) MB");
    private static final Pattern PAGES = Pattern.compile("into (\\d+) pages");
    /** The first line of the comment {@link #changeTemplate} puts at the top of the layout. */
    private static final String TEMPLATE_MARK = "<#-- portal bench: template change";

    private final Path archive;
    private final Corpus corpus;
    private final long seed;
    private final int runs;
    private final CacheOptions cache;

    FreshBuilds(Path archive, Corpus corpus, long seed, int runs, CacheOptions cache) {
        this.archive = archive;
        this.corpus = corpus;
        this.seed = seed;
        this.runs = Math.max(1, runs);
        this.cache = cache;
    }

    /** The options of {@code portal build}'s persistent cache that this tool accepts, read from {@code portal build --help} in a fresh JVM. */
    record CacheOptions(boolean noCache, boolean folder) {
        private static final Pattern NO_CACHE = Pattern.compile("(?m)^\\s+(-\\w, )?--no-cache\\b");
        private static final Pattern FOLDER = Pattern.compile("(?m)^\\s+(-\\w, )?--cache[= ]");

        static CacheOptions probe() throws IOException, InterruptedException {
            return of(Processes.runJava("portal build --help", MAIN, List.of("build", "--help")).output());
        }

        /** The options that {@code help}, what {@code portal build --help} printed, lists (as picocli lists an option: indented, at the start of a line). */
        static CacheOptions of(String help) {
            return new CacheOptions(NO_CACHE.matcher(help).find(), FOLDER.matcher(help).find());
        }

        /** A line for the table's header. */
        String describe() {
            if (!noCache && !folder) {
                return "build cache: portal build has no --cache or --no-cache yet, so the cache rows build without a cache";
            }
            return "build cache: " + CACHE + (folder ? " (--cache)" : " (the default)") + "; the cold row builds "
                    + (noCache ? "with --no-cache" : "with it emptied");
        }
    }

    /** A change made before a timed build: {@code run} counts from 0. */
    private interface Change {
        void make(int run) throws IOException;
    }

    /** A fresh build's wall time, pages and peak memory. */
    private record Child(double seconds, int pages, long peakMegabytes) {
    }

    /** Row 1: cold full builds, no cache, output folder empty. */
    Row cold() throws IOException, InterruptedException {
        List<Child> children = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Benchmark.deleteTree(archive.resolve("target"));
            children.add(build(true));
        }
        Row row = row("cold full build, fresh JVM, empty cache and output folder", children, "");
        return new Row(row.work(), row.seconds(), row.runs(), row.peakMegabytes(),
                String.format(Locale.ROOT, "%,d pages, %,.0f pages/s", children.get(0).pages(), children.get(0).pages() / row.seconds()));
    }

    /** Rows 2 to 5: fresh builds with the cache a previous build filled. */
    List<Row> cached() throws IOException, InterruptedException {
        List<Row> rows = new ArrayList<>();
        rows.add(cached("fresh JVM, cache filled, nothing changed", run -> { }));
        rows.add(cached("fresh JVM, cache filled, one item added", run -> corpus.addItem(archive, Benchmark.newsPaths(archive).size(), seed)));
        List<String> news = Benchmark.newsPaths(archive);
        String edited = news.get(news.size() / 2);
        rows.add(cached("fresh JVM, cache filled, one item edited", run -> corpus.editItem(archive, edited, 200 + run)));
        rows.add(cached("fresh JVM, cache filled, one template changed", run -> changeTemplate(archive, run)));
        return rows;
    }

    private Row cached(String work, Change change) throws IOException, InterruptedException {
        emptyOutput();
        build(false);
        List<Child> children = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            change.make(run);
            emptyOutput();
            children.add(build(false));
        }
        return row(work, children, children.get(0).pages() + " pages");
    }

    /**
     * The arguments of {@code portal build} in every fresh JVM of the table, the one place that knows
     * the cache's options: the cold row's build passes {@code --no-cache} (or, with only
     * {@code --cache}, the cache folder, which it has emptied), the others {@code --cache} with the
     * archive's cache folder; without either option, neither.
     */
    static List<String> arguments(Path archive, CacheOptions cache, boolean cold) {
        List<String> args = new ArrayList<>(List.of("build", "--project", archive.toString(), "--now", Benchmark.NOW.toString(), "--timings"));
        if (cold && cache.noCache()) {
            args.add("--no-cache");
        } else if (cache.folder()) {
            args.addAll(List.of("--cache", archive.resolve(CACHE).toString()));
        }
        return args;
    }

    /** Deletes what a fresh clone has not: {@code target/}, but for the cache folder. */
    private void emptyOutput() throws IOException {
        Path target = archive.resolve("target");
        if (!Files.isDirectory(target)) {
            return;
        }
        try (Stream<Path> entries = Files.list(target)) {
            for (Path entry : entries.filter(entry -> !entry.equals(archive.resolve(CACHE))).toList()) {
                Benchmark.deleteTree(entry);
            }
        }
    }

    private Child build(boolean cold) throws IOException, InterruptedException {
        Processes.Ran ran = Processes.runJava("the build", MAIN, arguments(archive, cache, cold));
        return new Child(ran.seconds(), number(PAGES, ran.output()), number(RSS, ran.output()));
    }

    private static Row row(String work, List<Child> children, String note) {
        return Row.of(work, children.stream().map(Child::seconds).toList(), children.stream().map(Child::peakMegabytes).filter(mb -> mb > 0).toList(), note);
    }

    /**
     * Puts a comment, different on every call (it holds the run and the moment), at the top of the
     * archive's {@code templates/layout.ftlh}, in place of the one the previous call put there: the
     * template's bytes change, so no cache can hold the result, and the pages do not.
     */
    static void changeTemplate(Path archive, int run) throws IOException {
        Path layout = archive.resolve("templates/layout.ftlh");
        String text = Files.readString(layout, StandardCharsets.UTF_8);
        String kept = text.startsWith(TEMPLATE_MARK) ? text.substring(text.indexOf('\n') + 1) : text;
        SyntheticArchive.write(layout, (TEMPLATE_MARK + " " + run + " at " + Instant.now() + " -->\n" + kept).getBytes(StandardCharsets.UTF_8));
    }

    private static int number(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }
}
