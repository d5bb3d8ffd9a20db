package news.coop.portal.write;

import static news.coop.portal.TestSite.hashes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Stream;
import news.coop.portal.ChildJvm;
import news.coop.portal.TestSite;
import news.coop.portal.bench.SyntheticArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code portal build} killed with SIGKILL ({@link Process#destroyForcibly()}) at random moments of a
 * real build process: the published {@code site} folder is at every moment one complete site, the
 * last good one or the new one, byte for byte; and the next build succeeds and publishes the sources
 * as they are. A kill that lands between the swap's two renames leaves no {@code site} at all, the
 * old one intact as {@code .site.old}, and the next build puts it back before anything else: that
 * moment lasts microseconds, so one test stops a build there on purpose ({@link SiteWriter#SWAP_PAUSE}).
 *
 * <p>The sources switch between two versions (one item edited) before each killed build, so that a
 * site that is half the old one and half the new one cannot pass for either. The delays are drawn
 * from a seeded generator, spread over the time a whole build takes (JVM start, load, render and
 * write, swap); the seed is printed, and {@code -Dkill.seed=S} runs the same delays again.
 */
class BuildKillIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final int ITEMS = 50;
    private static final int KILLS = 6;
    private static final Duration TIMEOUT = Duration.ofMinutes(4);
    private static final String NOW = TestSite.NOW.toString();

    @TempDir
    static Path dir;
    private static Path project;
    private static Path site;
    private static Path edited;
    /** The two versions of the edited item, and the site each version of the sources builds. */
    private static final List<byte[]> versions = new ArrayList<>();
    private static final List<Map<String, String>> sites = new ArrayList<>();
    /** The version the published site was last built from. */
    private static int current;
    /** The last whole build: how long it took, and how long after its start the staging folder was there (the write phase began). */
    private static long buildTime;
    private static long writeStart;
    private static int runs;

    @BeforeAll
    static void buildBothVersions() throws Exception {
        project = dir.resolve("project");
        site = project.resolve("target/site");
        SyntheticArchive.Summary archive = SyntheticArchive.generate(PROJECT, project, ITEMS, 9);
        edited = project.resolve(archive.newsPaths().get(ITEMS / 2));
        versions.add(Files.readAllBytes(edited));
        SyntheticArchive.editItem(project, archive.newsPaths().get(ITEMS / 2), 1);
        versions.add(Files.readAllBytes(edited));
        for (int version = 0; version < 2; version++) {
            current = version;
            Files.write(edited, versions.get(version));
            wholeBuild();
            sites.add(hashes(site));
        }
        assertThat(sites.get(0)).hasSizeGreaterThan(200).isNotEqualTo(sites.get(1));
        System.out.printf("BuildKillIT: %d items, a whole build takes %d ms in a new JVM, writing from %d ms%n", ITEMS, buildTime, writeStart);
    }

    @Test
    void aBuildKilledAtRandomMomentsLeavesOneCompleteSiteAndTheNextBuildSucceeds() throws Exception {
        long seed = Long.getLong("kill.seed", System.nanoTime());
        System.out.println("BuildKillIT: seed " + seed + " (run the same delays again with -Dkill.seed=" + seed + ")");
        Random random = new Random(seed);
        for (int kill = 1; kill <= KILLS; kill++) {
            int before = current;
            int after = switchSources();
            // Odd kills land anywhere in the time the last whole build took; even ones in its write phase
            // (from the moment the staging folder is there to the end), where the published site changes.
            // Builds on a loaded machine vary in speed, so the times are those of the last build.
            boolean inWrite = kill % 2 == 0;
            long delay = inWrite ? random.nextLong(Math.max(1, buildTime - writeStart)) : random.nextLong(buildTime);
            ChildJvm killed = build(List.of());
            if (inWrite) {
                awaitStaging(killed);
            }
            long waited = killed.age().toMillis();
            Thread.sleep(delay);
            boolean wasAlive = killed.process().isAlive();
            killed.kill();
            String moment = onDisk();
            System.out.printf("BuildKillIT: kill %d after %d ms%s (the last build took %d ms, writing from %d ms)%s: %s%n", kill, waited + delay,
                    inWrite ? ", " + delay + " ms into the write phase" : "", buildTime, writeStart, wasAlive ? "" : ", but the build had already ended",
                    moment);

            String described = "kill " + kill + " after " + delay + " ms (seed " + seed + "), " + moment + "\n" + killed.err();
            if (Files.exists(site)) {
                assertThat(which(hashes(site))).as("the published site after %s", described).isIn(before, after);
            } else {
                assertThat(which(hashes(previous()))).as("the site set aside as .site.old after %s", described).isIn(before, after);
            }
            recover(after);
        }
    }

    @Test
    void aBuildKilledBetweenTheSwapsTwoRenamesIsRepairedByTheNextBuild() throws Exception {
        int before = current;
        int after = switchSources();
        ChildJvm killed = build(List.of("-D" + SiteWriter.SWAP_PAUSE + "=600000"));
        try {
            assertThat(killed.awaitErr("paused between the swap's two renames", TIMEOUT)).as("the hook's line; stderr:\n%s", killed.err()).isTrue();
        } finally {
            killed.kill();
        }
        System.out.println("BuildKillIT: killed between the renames: " + onDisk());

        assertThat(site).as("the site is renamed away, the new one not yet renamed in").doesNotExist();
        assertThat(which(hashes(previous()))).as("the old site, set aside whole").isEqualTo(before);
        assertThat(which(hashes(staging()))).as("the new site, complete in staging").isEqualTo(after);
        recover(after);
    }

    /** Runs a build to the end: it succeeds and publishes exactly the site of the sources' version. */
    private static void recover(int version) throws InterruptedException {
        ChildJvm.Finished next = wholeBuild();
        assertThat(which(hashes(site))).as("the site the next build published; %s", next.describe()).isEqualTo(version);
        current = version;
    }

    /** Runs a build to the end, which must succeed, and notes how long it took and when its write phase began. */
    private static ChildJvm.Finished wholeBuild() throws InterruptedException {
        // A killed build may have left its staging folder: then when this one begins writing cannot be seen.
        boolean leftover = Files.isDirectory(staging());
        ChildJvm running = build(List.of());
        awaitStaging(running);
        long staged = running.age().toMillis();
        ChildJvm.Finished finished = running.await(TIMEOUT);
        assertThat(finished.exitCode()).as(finished::describe).isZero();
        assertThat(finished.err()).as(finished::describe).doesNotContain(": error [", "Exception");
        buildTime = finished.took().toMillis();
        if (!leftover) {
            writeStart = Math.min(staged, buildTime);
        }
        return finished;
    }

    /** Waits until the build has its staging folder (its write phase began), or has ended. */
    private static void awaitStaging(ChildJvm build) throws InterruptedException {
        while (build.process().isAlive() && !Files.isDirectory(staging())) {
            Thread.sleep(5);
        }
    }

    /** Puts the other version of the edited item in place; returns its number. */
    private static int switchSources() throws IOException {
        int other = 1 - current;
        Files.write(edited, versions.get(other));
        return other;
    }

    /** Which version's site {@code published} is, byte for byte: 0 or 1; otherwise -1, after printing how it differs from both. */
    private static int which(Map<String, String> published) {
        int found = sites.indexOf(published);
        if (found < 0) {
            for (int version = 0; version < 2; version++) {
                Map<String, String> expected = sites.get(version);
                List<String> differ = Stream.concat(expected.keySet().stream(), published.keySet().stream()).distinct()
                        .filter(file -> !Objects.equals(expected.get(file), published.get(file))).sorted().limit(20).toList();
                System.out.println("BuildKillIT: differs from the site of version " + version + " in " + differ);
            }
        }
        return found;
    }

    /** What the folders beside the site hold after a kill, for the log. */
    private static String onDisk() throws IOException {
        List<String> parts = new ArrayList<>();
        for (Path folder : List.of(site, staging(), previous())) {
            parts.add(folder.getFileName() + (Files.isDirectory(folder) ? " (" + count(folder) + " files)" : " absent"));
        }
        return String.join(", ", parts);
    }

    private static long count(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    private static Path staging() {
        return site.resolveSibling(".site.staging");
    }

    private static Path previous() {
        return site.resolveSibling(".site.old");
    }

    /** A build as {@code ./portal build} runs it (the launcher's options for a short run), with {@code jvmOptions} added. */
    private static ChildJvm build(List<String> jvmOptions) {
        List<String> options = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        options.addAll(jvmOptions);
        return ChildJvm.start(dir.resolve("logs"), "build-" + ++runs, options, List.of("build", "--project", project.toString(), "--now", NOW));
    }
}
