package news.coop.portal.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.coop.portal.pipeline.BuildOptions;
import news.coop.portal.pipeline.BuildResult;
import news.coop.portal.pipeline.Session;
import news.coop.portal.diag.BuildFailure;

/**
 * {@code portal bench}: generates a synthetic archive ({@link SyntheticArchive}) and measures the
 * portal on it, the way an author and CI meet it:
 * <ol>
 *   <li>cold full builds, each in a fresh JVM started like the launcher starts it (start-up
 *       included): the first into an empty output folder, the others over the site the previous
 *       build left (the double-buffered staging folder);
 *   <li>warm rebuilds in one process, as {@code serve} runs them: nothing changed, one item edited,
 *       one item added;
 *   <li>peak resident memory of the cold build (the child's {@code VmHWM});
 *   <li>optionally stock JBake 2.7.0 on the same archive, converted to its format, in a fresh JVM
 *       too. Stock JBake and its OrientDB store are not part of the tool: only a tool built with
 *       {@value #STOCK_JBAKE_BUILD} holds them ({@link #hasStockJBake}).
 * </ol>
 * Figures are medians of {@code runs}. Nothing here is asserted: the figures are for people.
 */
public final class Benchmark {
    /** The moment every build of the archive is made at, so that embargoes do not depend on the clock. */
    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final Pattern RSS = Pattern.compile("peak memory (\\d+) MB");
    /** Rebuilds run before the warm figures are taken: this many, or as many as fit in the limit. */
    private static final int WARM_UP = 20;
    private static final java.time.Duration WARM_UP_LIMIT = java.time.Duration.ofSeconds(60);
    private static final Pattern PAGES = Pattern.compile("into (\\d+) pages");
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
    private final int items;
    private final long seed;
    private final int runs;

    public Benchmark(PrintWriter out, int items, long seed, int runs) {
        this.out = out;
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

    /** One measured figure: a median of seconds, with what it refers to. */
    record Row(String work, double seconds, int count, String note) {
    }

    /**
     * Runs the benchmark on an archive in {@code archive} (generated there unless it already holds
     * one) and prints the table.
     */
    public void run(Path project, Path archive, boolean compareJBake) throws IOException, BuildFailure, InterruptedException {
        if (!Files.exists(archive.resolve("jbake.properties"))) {
            out.printf(Locale.ROOT, "Generating %,d items into %s …%n", items, archive);
            SyntheticArchive.Summary summary = SyntheticArchive.generate(project, archive, items, seed);
            out.printf(Locale.ROOT, "  %,d words; %s%n", summary.words(), summary.perLanguage());
            out.flush();
        } else {
            out.printf(Locale.ROOT, "Reusing the archive in %s%n", archive);
        }
        List<Row> rows = new ArrayList<>();
        // The first build publishes into an empty folder; the next ones find the site it left.
        deleteTree(archive.resolve("target"));
        Child first = cold(archive);
        rows.add(new Row("cold full build, fresh JVM, empty output folder", first.seconds(), 1, first.pages() + " pages"));
        List<Child> colds = new ArrayList<>();
        for (int i = 0; i < Math.max(1, runs); i++) {
            colds.add(cold(archive));
        }
        double cold = median(colds.stream().map(Child::seconds).toList());
        rows.add(new Row("cold full build, fresh JVM, previous site in place", cold, colds.size(),
                String.format(Locale.ROOT, "%,.0f pages/s", first.pages() / cold)));
        long rss = Collections.max(colds.stream().map(Child::peakMegabytes).toList());
        warm(archive, rows);
        if (compareJBake) {
            double stock = stockJBake(archive);
            rows.add(new Row("stock JBake 2.7.0, fresh JVM, same archive", stock, 1,
                    String.format(Locale.ROOT, "portal is %.1f× faster", stock / cold)));
        }
        print(rows, rss);
    }

    /** A cold build's wall time, pages and peak memory. */
    record Child(double seconds, int pages, long peakMegabytes) {
    }

    private Child cold(Path archive) throws IOException, InterruptedException {
        Ran ran = runJava("the build", "news.coop.portal.cli.Main", "build", "--project", archive.toString(), "--now", NOW.toString(), "--timings");
        return new Child(ran.seconds(), number(PAGES, ran.output()), number(RSS, ran.output()));
    }

    /** A child JVM's wall time (from its start to its end) and what it printed, stdout and stderr together. */
    private record Ran(double seconds, String output) {
    }

    /**
     * Runs {@code main} in a fresh JVM ({@link #java}) and waits for it to end.
     *
     * @throws IllegalStateException if it exits with another code than 0; the message names {@code what} and holds its output
     */
    private static Ran runJava(String what, String main, String... args) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(java(main, args)).redirectErrorStream(true).start();
        long start = System.nanoTime();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (exit != 0) {
            throw new IllegalStateException(what + " failed:\n" + output);
        }
        return new Ran(seconds, output);
    }

    private void warm(Path archive, List<Row> rows) throws IOException, BuildFailure {
        BuildOptions options = new BuildOptions(archive, archive.resolve("target/site"), false, NOW);
        try (Session session = new Session(options)) {
            session.build();
            List<String> news = newsPaths(archive);
            String edited = news.get(news.size() / 2);
            // Warm, as a preview server is after a while of editing: its compiler has done its work.
            long warmUpEnd = System.nanoTime() + WARM_UP_LIMIT.toNanos();
            for (int i = 0; i < WARM_UP && System.nanoTime() < warmUpEnd; i++) {
                SyntheticArchive.editItem(archive, edited, 100 + i);
                session.build();
            }
            List<Double> nothing = new ArrayList<>();
            for (int i = 0; i < Math.max(5, runs); i++) {
                nothing.add(timed(session).seconds());
            }
            rows.add(new Row("rebuild, nothing changed (warm, as serve)", median(nothing), nothing.size(), "0 pages rendered"));

            List<Double> edits = new ArrayList<>();
            int rendered = 0;
            for (int i = 0; i < Math.max(5, runs); i++) {
                SyntheticArchive.editItem(archive, edited, i);
                Timed timed = timed(session);
                edits.add(timed.seconds());
                rendered = timed.result().rendered();
            }
            rows.add(new Row("rebuild, one item edited (warm, as serve)", median(edits), edits.size(), rendered + " pages rendered"));

            List<Double> additions = new ArrayList<>();
            int existing = news.size();
            for (int i = 0; i < Math.max(5, runs); i++) {
                SyntheticArchive.addItem(archive, existing + i + 1, seed);
                Timed timed = timed(session);
                additions.add(timed.seconds());
                rendered = timed.result().rendered();
            }
            rows.add(new Row("rebuild, one item added (warm, as serve)", median(additions), additions.size(), rendered + " pages rendered"));
        }
    }

    /** The archive's news items, as paths inside it, sorted. */
    private static List<String> newsPaths(Path archive) throws IOException {
        try (java.util.stream.Stream<Path> walk = Files.walk(archive.resolve("content/news"))) {
            return walk.filter(file -> file.toString().endsWith(".md")).map(file -> archive.relativize(file).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private record Timed(double seconds, BuildResult result) {
    }

    private static Timed timed(Session session) throws BuildFailure {
        long start = System.nanoTime();
        BuildResult result = session.build();
        return new Timed((System.nanoTime() - start) / 1e9, result);
    }

    /**
     * Stock JBake's time on the archive, as the cold builds are timed: a fresh JVM, start-up included,
     * but not the conversion to its format, which the baseline's JVM reports and which is taken off.
     */
    private double stockJBake(Path archive) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("portal-bench-jbake");
        try {
            Ran ran = runJava("stock JBake", STOCK_JBAKE, archive.toString(), work.toString());
            return ran.seconds() - number(CONVERTED, ran.output()) / 1e3;
        } finally {
            deleteTree(work);
        }
    }

    /**
     * A command that runs {@code main} in a fresh JVM with this JVM's class path, started the way the
     * launcher starts a build ({@code PORTAL_BUILD_JAVA_OPTIONS} and the class-data archive it sets),
     * or else with this JVM's own options.
     */
    private static List<String> java(String main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(buildOptions());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main);
        command.addAll(List.of(args));
        return command;
    }

    private void print(List<Row> rows, long rssMegabytes) {
        out.printf(Locale.ROOT, "%n%,d items, seed %d, %d processors, Java %s%n", items, seed, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        out.printf(Locale.ROOT, "cold builds: %s%nwarm rebuilds: %s%n%n", String.join(" ", buildOptions()), String.join(" ", jvmOptions()));
        out.println("| work | median | runs | |");
        out.println("|---|---|---|---|");
        for (Row row : rows) {
            out.printf(Locale.ROOT, "| %s | %.2f s | %d | %s |%n", row.work(), row.seconds(), row.count(), row.note());
        }
        out.printf(Locale.ROOT, "| peak RSS of a cold build | %,d MB | | |%n", rssMegabytes);
    }

    private static List<String> buildOptions() {
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

    private static List<String> jvmOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(option -> option.startsWith("-X")).toList();
    }

    private static int number(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
