package news.coop.portal.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What a build prints when the system will not let it write: one line, the file, the system's reason and what to do. */
class OutputFailureTest {
    private static final Path ROOT = Path.of("/home/press/portal");

    @Test
    void aFullDiskNamesTheFileInsideTheProjectAndSaysToFreeSpace() {
        OutputFailure failure = new OutputFailure(ROOT.resolve("target/.site.staging/en/index.html"), new IOException("No space left on device"));

        assertThat(failure.diagnostic(ROOT)).hasToString("target/.site.staging/en/index.html: error [write.failed] cannot write the site: "
                + "no space left on device — free space on that disk, then build again");
    }

    @Test
    void aFolderWithoutWritePermissionOutsideTheProjectIsNamedInFull() {
        OutputFailure failure = new OutputFailure(Path.of("/srv/www/.site.staging"), new AccessDeniedException("/srv/www/.site.staging"));

        assertThat(failure.diagnostic(ROOT)).hasToString("/srv/www/.site.staging: error [write.failed] cannot write the site: permission denied"
                + " — make the folder writable, or publish into another folder (build --output DIR)");
    }

    @Test
    void aFileWhereAFolderMustBeIsNamedAsTheSystemNamesIt() {
        OutputFailure failure = new OutputFailure(ROOT.resolve("target/.site.staging"), new FileAlreadyExistsException(ROOT.resolve("target").toString()));

        assertThat(failure.diagnostic(ROOT)).hasToString("target: error [write.failed] cannot write the site: a file is in the way, where a folder"
                + " must be — move that file away, or publish into another folder (build --output DIR)");
    }

    @Test
    void aCopyThatFailedOnTheTargetsSideIsAnOutputFailureAndOneThatFailedReadingIsNot() {
        Path staging = ROOT.resolve("target/.site.staging");
        FileSystemException full = new FileSystemException(ROOT.resolve("assets/css/site.css").toString(), staging.resolve("css/site.css").toString(),
                "No space left on device");
        FileSystemException unreadable = new AccessDeniedException(ROOT.resolve("assets/css/site.css").toString());

        assertThat(OutputFailure.into(staging, full)).hasValueSatisfying(failure -> assertThat(failure.diagnostic(ROOT)).hasToString(
                "target/.site.staging/css/site.css: error [write.failed] cannot write the site: no space left on device"
                        + " — free space on that disk, then build again"));
        assertThat(OutputFailure.into(staging, unreadable)).isEmpty();
        assertThat(OutputFailure.into(staging, new IllegalStateException("no"))).isEmpty();
    }
}
