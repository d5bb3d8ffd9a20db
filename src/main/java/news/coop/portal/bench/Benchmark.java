package news.coop.portal.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import news.coop.portal.diag.BuildFailure;

/**
 * {@code portal bench}: generates a synthetic archive ({@link Corpus}) and measures the portal on
 * it, the way CI and an author meet it. Each row is the median wall time of {@code runs} and the peak
 * resident memory of its processes:
 * <ol>
 *   <li>builds in fresh JVMs started like the launcher starts them, start-up included
 *       ({@link FreshBuilds}): cold, with no cache into an empty output folder; then with the
 *       persistent build cache, nothing changed, one item added, one edited, one template changed;
 *   <li>rebuilds in one process, as {@code serve} runs them ({@link WarmRebuilds});
 *   <li>optionally Hugo's full build of the same items ({@link Hugo}, on the reference corpus's Hugo
 *       form), and every row's ratio to it;
 *   <li>optionally stock JBake 2.7.0 on the same archive, converted to its format, in a fresh JVM
 *       too. Stock JBake and its OrientDB store are not part of the tool: only a tool built with
 *       {@value #STOCK_JBAKE_BUILD} holds them ({@link #hasStockJBake}).
 * </ol>
 * Nothing here is asserted: the figures are for people.
 */
public final class Benchmark {
    /** The moment every build of the archive is made at, so that embargoes do not depend on the clock. */
    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    /**
     * The baseline's entry point, {@code main(portal project, work folder)}, which converts, bakes and
     * prints {@code converted in N ms}. It is reached by name only: it is built from
     * {@code src/stock-jbake}, outside the tool's sources.
     */
    static final String STOCK_JBAKE = "news.coop.portal.stockjbake.StockJBake";
    /** The command that builds the tool with stock JBake. */
    public static final String STOCK_JBAKE_BUILD = "mvn -q -Pstock-jbake -DskipTests package";
    private static final Pattern CONVERTED = Pattern.compile("converted in (\\d+) ms");

    private final PrintWriter out;
    private final Corpus corpus;
    private final int items;
    private final long seed;
    private final int runs;

    public Benchmark(PrintWriter out, Corpus corpus, int items, long seed, int runs) {
        this.out = out;
        this.corpus = corpus;
        this.items = items;
        this.seed = seed;
        this.runs = runs;
    }

    /**
     * Whether this tool was built with stock JBake ({@value #STOCK_JBAKE_BUILD}): whether its class is
     * on the class path that the baseline's JVM is started with, which is this JVM's.
     */
    public static boolean hasStockJBake() {
        return Benchmark.class.getClassLoader().getResource(STOCK_JBAKE.replace('.', '/') + ".class") != null;
    }

    /**
     * Runs the benchmark on an archive in {@code archive} (generated there unless it already holds
     * one) and prints the table; with {@code hugo} (or null), Hugo builds the archive's Hugo form,
     * which it must have ({@link Corpus#hasHugoForm}).
     */
    public void run(Path project, Path archive, boolean compareJBake, Hugo hugo) throws IOException, BuildFailure, InterruptedException {
        if (!Files.exists(archive.resolve("jbake.properties"))) {
            out.printf(Locale.ROOT, "Generating %,d items (%s corpus, seed %d) into %s …%n", items, name(corpus), seed, archive);
            SyntheticArchive.Summary summary = corpus.generate(project, archive, items, seed);
            out.printf(Locale.ROOT, "  %,d words; %s%n", summary.words(), summary.perLanguage());
        } else {
            out.printf(Locale.ROOT, "Reusing the archive in %s (%s corpus)%n", archive, name(corpus));
        }
        out.flush();
        FreshBuilds.CacheOptions cache = FreshBuilds.CacheOptions.probe();
        FreshBuilds fresh = new FreshBuilds(archive, corpus, seed, runs, cache);
        List<Row> rows = new ArrayList<>();
        Row cold = fresh.cold();
        rows.add(cold);
        Row hugoRow = hugo == null ? null : hugo(hugo, archive);
        rows.addAll(fresh.cached());
        rows.addAll(new WarmRebuilds(archive, corpus, seed, runs).rows());
        if (compareJBake) {
            double stock = stockJBake(archive);
            rows.add(new Row("stock JBake 2.7.0, fresh JVM, same archive", stock, 1, -1,
                    String.format(Locale.ROOT, "portal is %.1f× faster", stock / cold.seconds())));
        }
        if (hugoRow != null) {
            rows.add(0, hugoRow);
        }
        print(rows, cache, hugo, hugoRow);
    }

    private static String name(Corpus corpus) {
        return corpus.name().toLowerCase(Locale.ROOT);
    }

    /** Hugo's full builds of the archive's Hugo form, each into an empty folder. */
    private Row hugo(Hugo hugo, Path archive) throws IOException, InterruptedException {
        Path out = archive.resolve("target/hugo-public");
        List<Double> seconds = new ArrayList<>();
        List<Long> peaks = new ArrayList<>();
        long pages = 0;
        for (int run = 0; run < Math.max(1, runs); run++) {
            Hugo.Built built = hugo.build(archive.resolve(ReferenceArchive.HUGO), out);
            seconds.add(built.seconds());
            if (built.peakMegabytes() >= 0) {
                peaks.add(built.peakMegabytes());
            }
            pages = built.pages();
        }
        deleteTree(out);
        return Row.of("Hugo, full build, fresh process, empty output folder", seconds, peaks, String.format(Locale.ROOT, "%,d pages", pages));
    }

    /**
     * Stock JBake's time on the archive, as the cold builds are timed: a fresh JVM, start-up included,
     * but not the conversion to its format, which the baseline's JVM reports and which is taken off.
     */
    private double stockJBake(Path archive) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("portal-bench-jbake");
        try {
            Processes.Ran ran = Processes.runJava("stock JBake", STOCK_JBAKE, List.of(archive.toString(), work.toString()));
            Matcher converted = CONVERTED.matcher(ran.output());
            return ran.seconds() - (converted.find() ? Integer.parseInt(converted.group(1)) / 1e3 : 0);
        } finally {
            deleteTree(work);
        }
    }

    private void print(List<Row> rows, FreshBuilds.CacheOptions cache, Hugo hugo, Row hugoRow) {
        out.printf(Locale.ROOT, "%n%,d items (%s corpus), seed %d, %d processors, Java %s%n", items, name(corpus), seed,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        out.printf(Locale.ROOT, "fresh JVMs: %s%nwarm rebuilds: %s%n%s%n", String.join(" ", Processes.buildOptions()),
                String.join(" ", Processes.jvmOptions()), cache.describe());
        if (hugo != null) {
            out.printf(Locale.ROOT, "Hugo: %s (%s); its peak RSS by %s%n", hugo.version(), hugo.executable(), Hugo.memoryMethod());
        }
        out.println();
        Row.print(out, rows, hugoRow == null ? null : hugoRow.seconds());
    }

    /** The archive's news items, as paths inside it, sorted. */
    static List<String> newsPaths(Path archive) throws IOException {
        try (Stream<Path> walk = Files.walk(archive.resolve("content/news"))) {
            return walk.filter(file -> file.toString().endsWith(".md")).map(file -> archive.relativize(file).toString().replace('\\', '/')).sorted().toList();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
