package news.coop.portal.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins the publishing guarantee: a site is built in a staging folder beside the output and only a
 * complete one replaces the published site; a failed build leaves the published site byte for byte
 * as it was; a build killed in the middle of the swap is repaired by the next one; nothing is written
 * outside the site. Staging reuses the site the last build replaced (double buffering), and a
 * leftover file never reaches the published site.
 */
class SiteWriterTest {
    @TempDir
    Path dir;

    private Path output;
    private Path staging;
    private Path old;

    @BeforeEach
    void paths() {
        output = dir.resolve("target/site");
        staging = dir.resolve("target/.site.staging");
        old = dir.resolve("target/.site.old");
    }

    @Test
    void prepareStartsAnEmptyStagingFolderBesideTheOutput() throws IOException {
        Path prepared = new SiteWriter(output).prepare();

        assertThat(prepared).isEqualTo(staging.toAbsolutePath().normalize());
        assertThat(prepared).isEmptyDirectory();
        assertThat(output).doesNotExist();
    }

    @Test
    void leftoversOfAKilledBuildNeverReachThePublishedSite() throws IOException {
        write(output.resolve("en/index.html"), "published");
        write(staging.resolve("en/half-written.html"), "<html><bo");
        write(staging.resolve("en/about/index.html"), "<html><bo");
        write(old.resolve("en/index.html"), "older");

        SiteWriter writer = new SiteWriter(output);
        writer.prepare();
        assertThat(old).doesNotExist();
        assertThat(snapshot(output)).containsOnlyKeys("en/index.html");
        writer.write("en/index.html", "new home");
        writer.commit();

        assertThat(snapshot(output)).containsOnlyKeys("en/index.html");
        assertThat(output.resolve("en/index.html")).hasContent("new home");
        assertThat(output.resolve("en/about")).doesNotExist();
    }

    @Test
    void theReplacedSiteBecomesTheNextStagingAndUnchangedFilesAreNotRewritten() throws IOException {
        SiteWriter first = new SiteWriter(output);
        first.prepare();
        first.write("en/index.html", "home");
        first.write("en/a/index.html", "a");
        first.commit();
        SiteWriter second = new SiteWriter(output);
        second.prepare();
        second.write("en/index.html", "home");
        second.write("en/b/index.html", "b");
        second.commit();
        SiteWriter third = new SiteWriter(output);
        Path staging = third.prepare();
        Files.setLastModifiedTime(staging.resolve("en/index.html"), java.nio.file.attribute.FileTime.fromMillis(0));

        third.write("en/index.html", "home");
        third.write("en/b/index.html", "b, changed");
        third.commit();

        assertThat(snapshot(output)).containsOnlyKeys("en/index.html", "en/b/index.html");
        assertThat(output.resolve("en/b/index.html")).hasContent("b, changed");
        // Same bytes: the recycled file was left as it was, not written again.
        assertThat(Files.getLastModifiedTime(output.resolve("en/index.html")).toMillis()).isZero();
        assertThat(snapshot(old)).containsOnlyKeys("en/index.html", "en/b/index.html");
    }

    @Test
    void commitSwapsTheCompleteSiteInAndKeepsTheOldOneAside() throws IOException {
        write(output.resolve("en/removed-item/index.html"), "old item");
        write(output.resolve("en/index.html"), "old home");
        SiteWriter writer = new SiteWriter(output);
        writer.prepare();
        writer.write("en/index.html", "new home — новая");
        writer.write("css/site.css", "body{}");

        assertThat(writer.stagedFiles()).containsExactly("css/site.css", "en/index.html");
        writer.commit();

        assertThat(snapshot(output)).containsOnlyKeys("css/site.css", "en/index.html");
        assertThat(output.resolve("en/index.html")).hasContent("new home — новая");
        assertThat(staging).doesNotExist();
        assertThat(snapshot(old)).containsOnlyKeys("en/removed-item/index.html", "en/index.html");
    }

    @Test
    void theFirstCommitNeedsNoPreviousSite() {
        SiteWriter writer = new SiteWriter(output);
        writer.prepare();
        writer.write("index.html", "first");

        writer.commit();

        assertThat(output.resolve("index.html")).hasContent("first");
    }

    @Test
    void abortLeavesThePublishedSiteByteForByteUnchanged() throws IOException {
        write(output.resolve("en/index.html"), "published home");
        Files.write(output.resolve("en/logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xFF});
        Map<String, String> before = snapshot(output);
        SiteWriter writer = new SiteWriter(output);
        writer.prepare();
        writer.write("en/index.html", "broken build");
        writer.write("en/new/index.html", "new page");

        writer.abort();

        assertThat(snapshot(output)).isEqualTo(before);
        assertThat(staging).doesNotExist();
    }

    @Test
    void aCrashBetweenTheTwoRenamesIsRepairedByTheNextPrepare() throws IOException {
        // The swap renamed site → .site.old and died before renaming staging → site.
        write(old.resolve("en/index.html"), "last good home");
        write(staging.resolve("en/index.html"), "unfinished");
        Map<String, String> lastGood = snapshot(old);

        SiteWriter writer = new SiteWriter(output);
        writer.prepare();

        assertThat(snapshot(output)).isEqualTo(lastGood);
        assertThat(old).doesNotExist();
        writer.write("en/about/index.html", "about");
        writer.commit();
        assertThat(snapshot(output)).containsOnlyKeys("en/about/index.html");
    }

    @Test
    void anAbortAfterASwapThatFailedBetweenItsRenamesPutsThePublishedSiteBack() throws IOException {
        write(output.resolve("en/index.html"), "last good home");
        Map<String, String> lastGood = snapshot(output);
        SiteWriter writer = new SiteWriter(output);
        writer.prepare();
        writer.write("en/index.html", "new home");
        // commit() renamed site → .site.old, and the second rename failed.
        Files.move(output, old);

        writer.abort();

        assertThat(snapshot(output)).isEqualTo(lastGood);
        assertThat(snapshot(old)).containsOnlyKeys("en/index.html");
        assertThat(staging).doesNotExist();
    }

    @Test
    void aFileLeftInStagingWhereAFolderMustGoOrAFolderWhereAFileMustGoIsClearedAway() throws IOException {
        // An older site had a file "en/news" and a folder "en/feed.xml/"; this one has the opposite.
        write(old.resolve("en/news"), "a file once");
        write(old.resolve("en/feed.xml/index.html"), "a folder once");
        SiteWriter writer = new SiteWriter(output);
        writer.prepare();

        writer.write("en/news/2023/09/roads/index.html", "roads");
        writer.write("en/feed.xml", "<feed/>");
        writer.commit();

        assertThat(snapshot(output)).containsOnlyKeys("en/news/2023/09/roads/index.html", "en/feed.xml");
    }

    @Test
    void writeWholeLeavesNoTemporaryFileAndReplacesTheFileInOneStep() throws IOException {
        Path file = dir.resolve("site-nginx.conf");
        write(file, "old");

        SiteWriter.writeWhole(file, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(file).hasContent("new");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("site-nginx.conf");
        }
    }

    /** A failed build's other workers may still be writing pages when it is aborted: none of their files may appear afterwards. */
    @Test
    void noWriteOfAnAbortedBuildLandsAfterTheAbort() throws Exception {
        write(output.resolve("en/index.html"), "published");
        SiteWriter writer = new SiteWriter(output);
        writer.prepare();
        java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newFixedThreadPool(4);
        java.util.concurrent.CountDownLatch writing = new java.util.concurrent.CountDownLatch(4);
        for (int worker = 0; worker < 4; worker++) {
            int w = worker;
            workers.submit(() -> {
                writing.countDown();
                for (int page = 0; ; page++) {
                    writer.write("en/" + w + "/" + page + "/index.html", "page " + page);
                }
            });
        }
        writing.await();
        Thread.sleep(50);

        writer.abort();
        workers.shutdown();

        assertThat(workers.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(staging).doesNotExist();
        assertThat(snapshot(output)).containsOnlyKeys("en/index.html");
        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> writer.write("en/late.html", "late"));
    }

    @Test
    void writeRefusesPathsOutsideTheSite() {
        SiteWriter writer = new SiteWriter(output);
        writer.prepare();

        assertThatIllegalArgumentException().isThrownBy(() -> writer.write("../escape", "x")).withMessageContaining("../escape");
        assertThatIllegalArgumentException().isThrownBy(() -> writer.write("en/../../escape.html", "x"));
        assertThatIllegalArgumentException().isThrownBy(() -> writer.write(dir.resolve("elsewhere.html").toString(), "x"));
        assertThat(dir.resolve("target/escape")).doesNotExist();
        assertThat(dir.resolve("target/escape.html")).doesNotExist();
        assertThat(dir.resolve("elsewhere.html")).doesNotExist();
        assertThat(writer.stagedFiles()).isEmpty();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Every file of a tree with its bytes in hex, keyed by its path inside the tree. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), HexFormat.of().formatHex(Files.readAllBytes(file)));
            }
        }
        return files;
    }
}
