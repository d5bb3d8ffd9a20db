package news.coop.portal.pipeline;

import static news.coop.portal.TestSite.hashes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import news.coop.portal.TestSite;
import news.coop.portal.cache.BuildCache;
import news.coop.portal.diag.BuildFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site built with the persistent build cache is byte for byte the site built without it, through a
 * run of the changes a press office makes; every build here is a new {@link Build}, with nothing of the
 * last one but the cache folder, as a new JVM on CI has. A cache that is damaged only costs time, and
 * the cache keeps what the last build used and nothing else.
 */
class BuildCacheSiteTest {
    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.create(dir.resolve("site")).standardPages()
                .news("2023-09-26-bridge", "Bridge over the river", "roads", "image: /img/news/plant.jpg", "image_alt: The plant")
                .news("2023-10-02-grid", "Grid of the region", "energy")
                .news("2023-11-15-school", "School of builders", "construction, energy")
                .picture("assets/img/news/plant.jpg", 1700, 1000);
    }

    /** Builds the site with its cache, then without one into a second folder, and checks both give the same files. */
    private static BuildCache.Report sameWithAndWithoutCache(TestSite site, Path plain) throws BuildFailure {
        BuildResult cached = site.build();
        BuildResult uncached = site.build(site.options().withCache(null).withOutput(plain));

        assertThat(uncached.cache()).isEqualTo(new BuildCache.Report(0, 0, 0, 0));
        assertThat(hashes(site.output())).isEqualTo(hashes(plain)).hasSizeGreaterThan(40);
        return cached.cache();
    }

    @Test
    void everyChangeGivesTheSameSiteWithTheCacheAsWithout() throws Exception {
        TestSite site = site();
        Path plain = dir.resolve("plain");
        BuildCache.Report first = sameWithAndWithoutCache(site, plain);
        assertThat(first.hits()).isZero();
        assertThat(first.misses()).isGreaterThan(40);
        assertThat(entries(site, "search")).as("every news item's search terms are kept").hasSize(3);

        BuildCache.Report unchanged = sameWithAndWithoutCache(site, plain);
        assertThat(unchanged.misses()).as("nothing changed: every entry is found").isZero();
        assertThat(unchanged.hits()).isEqualTo(first.misses());

        List<Step> steps = List.of(
                new Step("an added item", s -> s.news("2023-12-01-port", "Port of the city", "roads")),
                new Step("an edited item", s -> s.news("2023-10-02-grid", "Grid of the whole region", "energy")),
                new Step("a removed item", s -> s.delete("content/news/2023/2023-11-15-school.md")),
                new Step("a changed template", s -> s.file("templates/layout.ftlh",
                        read(s.root().resolve("templates/layout.ftlh")).replace("<footer class=\"site-footer\">",
                                "<footer class=\"site-footer\"><p>Changed footer</p>"))),
                new Step("a changed vocabulary", s -> s.file("data/areas.yml",
                        read(s.root().resolve("data/areas.yml")).replace("Energy", "Power"))),
                new Step("a changed jbake.properties key", s -> s.configure("portal.page_size=2")));
        for (Step step : steps) {
            Map<String, String> before = hashes(site.output());
            step.change().accept(site);
            BuildCache.Report report = sameWithAndWithoutCache(site, plain);

            assertThat(hashes(site.output())).as(step.name() + " changes the site").isNotEqualTo(before);
            assertThat(report.hits()).as(step.name() + ": what it did not touch is found").isPositive();
            assertThat(report.misses()).as(step.name() + ": what it touched is made").isPositive();
            assertThat(report.damaged()).isZero();
        }
        assertThat(site.text("/en/")).contains("Changed footer").contains("Power").doesNotContain("School of builders");
    }

    private record Step(String name, Consumer<TestSite> change) {
    }

    @Test
    void truncatedDamagedAndForeignEntriesAreMadeAgainAndTheSiteIsRight() throws Exception {
        TestSite site = site();
        Path plain = dir.resolve("plain");
        site.build(site.options().withCache(null).withOutput(plain));
        site.build();
        List<Path> pages = entries(site, "page");
        assertThat(pages).hasSizeGreaterThan(3);
        Files.write(pages.get(0), new byte[] {'P', 'O', 'R'});
        byte[] damaged = Files.readAllBytes(pages.get(1));
        damaged[damaged.length - 10] ^= 0x55;
        Files.write(pages.get(1), damaged);
        Files.copy(pages.get(3), pages.get(2), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        BuildResult result = site.build();

        assertThat(result.cache().damaged()).isEqualTo(3);
        assertThat(result.cache().misses()).isEqualTo(3);
        assertThat(result.warnings()).isEmpty();
        assertThat(hashes(site.output())).isEqualTo(hashes(plain));
        assertThat(site.build().cache()).as("the entries were made again").isEqualTo(new BuildCache.Report(result.cache().hits() + 3, 0, 0, 0));
    }

    @Test
    void theCacheKeepsWhatTheLastBuildUsedAndNothingElse() throws Exception {
        TestSite site = site();
        site.build();
        assertThat(cacheHolds(site, "School of builders")).isTrue();
        Path leftover = entries(site, "page").get(0).resolveSibling(".0123.tmp");
        Files.writeString(leftover, "an interrupted write");

        site.delete("content/news/2023/2023-11-15-school.md").build();

        assertThat(cacheHolds(site, "School of builders")).as("the removed item's entries are pruned").isFalse();
        assertThat(cacheHolds(site, "Grid of the region")).isTrue();
        assertThat(leftover).doesNotExist();
        int files = entries(site, "").size();
        BuildCache.Report again = site.build().cache();
        assertThat(again.misses()).isZero();
        assertThat(entries(site, "")).hasSize(files);
    }

    @Test
    void aFailedBuildKeepsTheCache() throws Exception {
        TestSite site = site();
        site.build();
        int files = entries(site, "").size();
        site.file("content/news/2023/2023-12-01-bad.md", "---\ntitle: Bad\n---\nNo date.\n");

        try {
            site.build();
        } catch (BuildFailure expected) {
            // The bad item stops the build.
        }

        assertThat(entries(site, "").size()).isGreaterThanOrEqualTo(files);
        site.delete("content/news/2023/2023-12-01-bad.md");
        assertThat(site.build().cache().misses()).isZero();
    }

    private static List<Path> entries(TestSite site, String kind) {
        Path folder = site.root().resolve("target/portal-cache").resolve(BuildCache.LAYOUT).resolve(kind);
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean cacheHolds(TestSite site, String text) {
        byte[] wanted = text.getBytes(StandardCharsets.UTF_8);
        return entries(site, "").stream().anyMatch(file -> {
            try {
                byte[] bytes = Files.readAllBytes(file);
                for (int i = 0; i + wanted.length <= bytes.length; i++) {
                    if (java.util.Arrays.equals(bytes, i, i + wanted.length, wanted, 0, wanted.length)) {
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
