package news.coop.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import news.coop.portal.TestSite;
import news.coop.portal.cache.BuildCache;
import news.coop.portal.TestSite.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --cache DIR} and {@code --no-cache} as a user gives them, and what the build says of its cache. */
class CacheOptionTest {
    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.create(dir.resolve("site")).standardPages().news("2023-09-26-one", "One", "energy").news("2023-09-27-two", "Two", "roads");
    }

    private static long files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void theCacheIsInTargetUnlessCacheNamesAnotherFolder() throws IOException {
        TestSite site = site();
        Path elsewhere = dir.resolve("ci-cache");

        Run run = site.cli("build", "--cache", elsewhere.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(files(elsewhere.resolve(BuildCache.LAYOUT))).isGreaterThan(20);
        assertThat(site.root().resolve("target/portal-cache")).doesNotExist();
        assertThat(site.output()).isDirectory();
        assertThat(files(site.output().resolve(BuildCache.LAYOUT))).as("nothing of the cache in the site").isZero();

        assertThat(site.cli("build").exitCode()).isZero();
        assertThat(files(site.root().resolve("target/portal-cache").resolve(BuildCache.LAYOUT))).isGreaterThan(20);
    }

    @Test
    void noCacheNeitherReadsNorWritesIt() throws IOException {
        TestSite site = site();

        Run run = site.cli("build", "--no-cache", "--timings");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(site.root().resolve("target/portal-cache")).doesNotExist();
        assertThat(run.err()).doesNotContain("build cache");
        assertThat(site.exists("/en/news/2023/09/one/")).isTrue();
    }

    @Test
    void timingsSayHowMuchTheCacheGave() {
        TestSite site = site();
        Run first = site.cli("build", "--timings");
        Run second = site.cli("build", "--timings");

        assertThat(first.err()).containsPattern("\\n  build cache 0 entries found, [1-9][0-9,]* made\\n");
        assertThat(second.err()).containsPattern("\\n  build cache [1-9][0-9,]* entries found, 0 made\\n");
    }

    @Test
    void cacheAndNoCacheTogetherAreAUsageError() {
        Run run = site().cli("build", "--cache", dir.resolve("c").toString(), "--no-cache");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("--cache and --no-cache cannot be given together: choose one\n");
    }

    @Test
    void aDamagedCacheGivesOneWarningAndTheBuildSucceeds() throws IOException {
        TestSite site = site();
        assertThat(site.cli("build").exitCode()).isZero();
        try (Stream<Path> walk = Files.walk(site.root().resolve("target/portal-cache").resolve(BuildCache.LAYOUT).resolve("page"))) {
            for (Path entry : walk.filter(Files::isRegularFile).limit(2).toList()) {
                Files.write(entry, new byte[] {0, 1, 2});
            }
        }

        Run run = site.cli("build");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEqualTo("portal: warning: the build cache in target/portal-cache had 2 unreadable entries (truncated, damaged"
                + " or from another tool), made again: the site is right, the next build may be slower\n");
        assertThat(site.cli("build").err()).as("made again, the entries are whole").isEmpty();
    }

    @Test
    void checkReadsTheCacheButLeavesItAsItWas() throws IOException {
        TestSite site = site();
        assertThat(site.cli("build").exitCode()).isZero();
        Path cache = site.root().resolve("target/portal-cache");
        List<String> before = listing(cache);
        site.news("2023-09-28-three", "Three", "energy");

        Run check = site.cli("check");

        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(listing(cache)).as("no entry made for the new item, none pruned").isEqualTo(before);
    }

    /** Every file of a folder with its size, sorted. */
    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(file -> folder.relativize(file) + " " + file.toFile().length()).sorted().toList();
        }
    }

    @Test
    void checkAndServeTakeTheSameOptions() {
        TestSite site = site();

        Run check = site.cli("check", "--no-cache");

        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(site.root().resolve("target/portal-cache")).doesNotExist();
        assertThat(site.cli("serve", "--help").out()).contains("--cache=DIR").contains("--no-cache");
    }
}
