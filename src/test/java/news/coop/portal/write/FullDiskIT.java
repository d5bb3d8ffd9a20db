package news.coop.portal.write;

import static news.coop.portal.TestSite.hashes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import news.coop.portal.ChildJvm;
import news.coop.portal.TestSite;
import news.coop.portal.TestSite.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build whose disk fills up part-way, or whose output folder is on a read-only file system: exit
 * code 1, one line naming the file, the system's reason and what to do (no stack trace), the published
 * site byte for byte as it was, nothing half-written swapped in; and once there is space again, the
 * next build succeeds and publishes the same bytes as a build from nothing.
 *
 * <p>The full disk is real where the test may mount a small tmpfs (as root); elsewhere that test is
 * skipped, saying why, and the injected full disk ({@link SiteWriter#DISK_SPACE}, in a build process of
 * its own) always runs.
 */
class FullDiskIT {
    private static final String FULL = ": error [write.failed] cannot write the site: no space left on device — free space on that disk, then build again";
    private static final String KEPT = "portal: 1 error; nothing was published, the previous site is unchanged";

    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.create(dir.resolve("project")).standardPages()
                .news("2023-09-26-roads", "Roads", "roads")
                .news("2023-09-27-energy", "Energy", "energy")
                .news("2023-09-28-plant", "Plant", "construction", "image: /img/news/plant.jpg", "image_alt: The plant")
                .picture("assets/img/news/plant.jpg", 1700, 1000);
    }

    @Test
    void aDiskThatFillsUpPartWayKeepsThePublishedSiteAndTheNextBuildSucceeds() throws Exception {
        TestSite site = site();
        assertThat(site.cli("build").exitCode()).isZero();
        Map<String, String> published = hashes(site.output());
        site.news("2023-09-29-bridge", "Bridge", "roads");

        ChildJvm.Finished full = ChildJvm.start(dir.resolve("logs"), "full", List.of("-D" + SiteWriter.DISK_SPACE + "=40000"),
                List.of("build", "--project", site.root().toString(), "--now", TestSite.NOW.toString())).await(Duration.ofMinutes(2));

        assertThat(full.exitCode()).as(full::describe).isEqualTo(1);
        assertThat(full.out()).as(full::describe).isEmpty();
        assertThat(full.err()).as(full::describe).matches("target/\\.site\\.staging/\\S+" + Pattern.quote(FULL) + "\n"
                + Pattern.quote(KEPT) + "\n");
        assertThat(hashes(site.output())).as("the published site").isEqualTo(published);
        assertThat(site.root().resolve("target/.site.staging")).as("the staging folder, set aside as the next build's").doesNotExist();

        assertThat(site.cli("build").exitCode()).isZero();
        assertThat(hashes(site.output())).as("the next build, with space again").isEqualTo(builtFromNothing(site));
    }

    @Test
    void aFullTmpfsKeepsThePublishedSiteAndTheNextBuildSucceedsOnceThereIsSpace() throws Exception {
        TestSite site = site();
        Path disk = Files.createDirectories(dir.resolve("disk"));
        mountOrSkip(disk);
        try {
            String output = disk.resolve("site").toString();
            Run first = site.cli("build", "--output", output);
            assertThat(first.exitCode()).as(first.err()).isZero();
            Map<String, String> published = hashes(disk.resolve("site"));
            // Room for one site and a half: the next build's staging folder, a second site, cannot fit.
            FileStore store = Files.getFileStore(disk);
            long used = store.getTotalSpace() - store.getUsableSpace();
            mount(disk, "remount,size=" + (used * 3 / 2 / 1024 + 4) + "k");
            site.news("2023-09-29-bridge", "Bridge", "roads");

            Run full = site.cli("build", "--output", output);

            System.out.printf("FullDiskIT: a site of %d kB on a tmpfs of %d kB: %s", used / 1024, store.getTotalSpace() / 1024, full.err());
            assertThat(full.exitCode()).as(full.err()).isEqualTo(1);
            assertThat(full.err()).matches(Pattern.quote(disk.toString()) + "/\\.site\\.\\S+" + Pattern.quote(FULL) + "\n"
                    + Pattern.quote(KEPT) + "\n");
            assertThat(hashes(disk.resolve("site"))).as("the published site").isEqualTo(published);

            mount(disk, "remount,size=64m");
            Run again = site.cli("build", "--output", output);
            assertThat(again.exitCode()).as(again.err()).isZero();
            assertThat(hashes(disk.resolve("site"))).as("the next build, with space again").isEqualTo(builtFromNothing(site));

            mount(disk, "remount,ro");
            site.news("2023-09-30-dam", "Dam", "energy");
            Run readOnly = site.cli("build", "--output", output);
            assertThat(readOnly.exitCode()).as(readOnly.err()).isEqualTo(1);
            assertThat(readOnly.err()).matches(Pattern.quote(disk.toString()) + "/\\S+: error \\[write\\.failed\\] cannot write the site: "
                    + "read-only file system — make the folder writable, or publish into another folder \\(build --output DIR\\)\n"
                    + Pattern.quote(KEPT) + "\n");
        } finally {
            command("umount", disk.toString());
        }
    }

    /** The site the sources give when built into an empty folder. */
    private Map<String, String> builtFromNothing(TestSite site) {
        Path fresh = dir.resolve("fresh-" + System.nanoTime()).resolve("site");
        Run run = site.cli("build", "--output", fresh.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return hashes(fresh);
    }

    /** Mounts a 64 MB tmpfs on {@code folder}, or skips the test, saying why, where this machine does not allow it. */
    private static void mountOrSkip(Path folder) throws Exception {
        String refused = command("mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", folder.toString());
        if (!refused.isEmpty()) {
            System.out.println("FullDiskIT: SKIPPED the full tmpfs: " + refused.strip());
        }
        assumeTrue(refused.isEmpty(), () -> "cannot mount a small tmpfs here, so no real full disk (the injected one still runs): " + refused.strip());
    }

    private static void mount(Path folder, String options) throws Exception {
        String refused = command("mount", "-o", options, folder.toString());
        assertThat(refused).as("mount -o " + options).isEmpty();
    }

    /** Runs a system command; returns "" when it succeeded, else why not. */
    private static String command(String... command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return String.join(" ", command) + ": no answer within 30 s";
            }
            return process.exitValue() == 0 ? "" : String.join(" ", command) + ": exit code " + process.exitValue() + ": " + output;
        } catch (IOException e) {
            return String.join(" ", command) + ": " + e.getMessage();
        }
    }
}
