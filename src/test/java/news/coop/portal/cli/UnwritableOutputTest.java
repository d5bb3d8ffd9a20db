package news.coop.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import news.coop.portal.TestSite;
import news.coop.portal.TestSite.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code portal build} into a folder it may not write: one line that names the file, the system's reason
 * and what to do, exit code 1, no stack trace; and once the folder is writable, the next build succeeds.
 * A full disk is {@code FullDiskIT}'s.
 */
class UnwritableOutputTest {
    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.create(dir.resolve("project")).standardPages().news("2023-09-26-roads", "Roads", "roads");
    }

    @Test
    void aFileWhereTheOutputsFolderMustBeIsOneLineAndTheNextBuildSucceedsOnceItIsGone() throws IOException {
        TestSite site = site();
        Path blocker = Files.writeString(dir.resolve("public"), "a file, not a folder");
        String output = blocker.resolve("site").toString();

        Run run = site.cli("build", "--output", output);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(blocker + ": error [write.failed] cannot write the site: a file is in the way, where a folder must be"
                + " — move that file away, or publish into another folder (build --output DIR)\n"
                + "portal: 1 error; nothing was published, the previous site is unchanged\n");

        Files.delete(blocker);
        Run again = site.cli("build", "--output", output);
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(blocker.resolve("site/en/index.html")).isRegularFile();
    }

    @Test
    void aFolderWithoutWritePermissionIsOneLine() throws IOException {
        TestSite site = site();
        Path readOnly = Files.createDirectories(dir.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Path probe = readOnly.resolve("probe");
            boolean writableAnyway = probe.toFile().mkdir();
            // As root (in CI containers), permissions stop nothing: FullDiskIT's read-only file system stands in.
            assumeFalse(writableAnyway, "running as root: folder permissions do not stop its writes (FullDiskIT mounts a read-only file system instead)");

            Run run = site.cli("build", "--output", readOnly.resolve("site").toString());

            assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
            assertThat(run.err()).isEqualTo(readOnly.resolve(".site.staging") + ": error [write.failed] cannot write the site: permission denied"
                    + " — make the folder writable, or publish into another folder (build --output DIR)\n"
                    + "portal: 1 error; nothing was published, the previous site is unchanged\n");
        } finally {
            Files.deleteIfExists(readOnly.resolve("probe"));
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
