package news.coop.portal.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import news.coop.portal.diag.BuildFailure;
import news.coop.portal.pipeline.BuildOptions;
import news.coop.portal.pipeline.BuildResult;
import news.coop.portal.pipeline.Session;

/**
 * The rows of rebuilds in this process, as {@code serve} runs them: nothing changed, one item
 * edited, one item added, after a warm-up that gives the compiler time to do its work. Their peak
 * memory is this JVM's ({@code VmHWM}) after the row. Not thread-safe: it changes its archive.
 */
final class WarmRebuilds {
    /** Rebuilds run before the warm figures are taken: this many, or as many as fit in the limit. */
    private static final int WARM_UP = 20;
    private static final Duration WARM_UP_LIMIT = Duration.ofSeconds(60);

    private final Path archive;
    private final Corpus corpus;
    private final long seed;
    private final int runs;

    WarmRebuilds(Path archive, Corpus corpus, long seed, int runs) {
        this.archive = archive;
        this.corpus = corpus;
        this.seed = seed;
        this.runs = Math.max(5, runs);
    }

    List<Row> rows() throws IOException, BuildFailure {
        List<Row> rows = new ArrayList<>();
        BuildOptions options = new BuildOptions(archive, archive.resolve("target/site"), false, Benchmark.NOW);
        try (Session session = new Session(options)) {
            session.build();
            List<String> news = Benchmark.newsPaths(archive);
            String edited = news.get(news.size() / 2);
            long warmUpEnd = System.nanoTime() + WARM_UP_LIMIT.toNanos();
            for (int i = 0; i < WARM_UP && System.nanoTime() < warmUpEnd; i++) {
                corpus.editItem(archive, edited, 100 + i);
                session.build();
            }
            List<Double> nothing = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                nothing.add(timed(session).seconds());
            }
            rows.add(row("rebuild, nothing changed (warm, as serve)", nothing, "0 pages rendered"));

            List<Double> edits = new ArrayList<>();
            int rendered = 0;
            for (int i = 0; i < runs; i++) {
                corpus.editItem(archive, edited, i);
                Timed timed = timed(session);
                edits.add(timed.seconds());
                rendered = timed.result().rendered();
            }
            rows.add(row("rebuild, one item edited (warm, as serve)", edits, rendered + " pages rendered"));

            List<Double> additions = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                corpus.addItem(archive, Benchmark.newsPaths(archive).size(), seed);
                Timed timed = timed(session);
                additions.add(timed.seconds());
                rendered = timed.result().rendered();
            }
            rows.add(row("rebuild, one item added (warm, as serve)", additions, rendered + " pages rendered"));
        }
        return rows;
    }

    private static Row row(String work, List<Double> seconds, String note) {
        long peak = Processes.peakKilobytes(ProcessHandle.current().pid()).orElse(-1);
        return Row.of(work, seconds, peak < 0 ? List.of() : List.of(peak / 1024), note);
    }

    private record Timed(double seconds, BuildResult result) {
    }

    private static Timed timed(Session session) throws BuildFailure {
        long start = System.nanoTime();
        BuildResult result = session.build();
        return new Timed((System.nanoTime() - start) / 1e9, result);
    }
}
