package news.coop.portal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import news.coop.portal.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code portal bench} runs end to end on a small archive: it generates it, builds it cold in fresh
 * JVMs and warm in-process, and prints every row of its table. (The figures themselves are never
 * asserted: timing belongs to the benchmark, not to tests.)
 */
class BenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void measuresASmallArchiveAndPrintsTheTable() {
        TestSite.Run run = TestSite.Run.of("bench", "--items", "15", "--runs", "1", "--keep", dir.resolve("archive").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Generating 15 items",
                "| cold full build, fresh JVM, empty output folder |",
                "| cold full build, fresh JVM, previous site in place |",
                "| rebuild, nothing changed (warm, as serve) |",
                "| rebuild, one item edited (warm, as serve) |",
                "| rebuild, one item added (warm, as serve) |",
                "| peak RSS of a cold build |");
        assertThat(dir.resolve("archive/target/site/en/index.html")).exists();
    }
}
