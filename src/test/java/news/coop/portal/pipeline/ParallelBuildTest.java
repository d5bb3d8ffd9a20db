package news.coop.portal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import news.coop.portal.TestSite;
import news.coop.portal.bench.SyntheticArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages are loaded, rendered, checked and written on several threads; the site must not depend on
 * how many: a build on one thread and a build on four give byte-identical trees.
 */
class ParallelBuildTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void oneThreadAndFourThreadsPublishTheSameBytes() throws Exception {
        Path archive = dir.resolve("archive");
        SyntheticArchive.generate(Path.of("").toAbsolutePath(), archive, 150, 11);

        BuildResult sequential = new Build(new BuildOptions(archive, dir.resolve("one"), false, NOW, 1)).run();
        BuildResult parallel = new Build(new BuildOptions(archive, dir.resolve("four"), false, NOW, 4)).run();

        Map<String, String> one = TestSite.hashes(dir.resolve("one"));
        assertThat(one).hasSizeGreaterThan(150);
        assertThat(TestSite.hashes(dir.resolve("four"))).isEqualTo(one);
        assertThat(parallel.pages()).isEqualTo(sequential.pages());
    }

    @Test
    void theRealContentIsTheSameOnOneThreadAndOnFour() throws Exception {
        Path project = Path.of("").toAbsolutePath();
        new Build(new BuildOptions(project, dir.resolve("one"), false, NOW, 1)).run();
        new Build(new BuildOptions(project, dir.resolve("four"), false, NOW, 4)).run();

        assertThat(TestSite.hashes(dir.resolve("four"))).isEqualTo(TestSite.hashes(dir.resolve("one")));
    }
}
