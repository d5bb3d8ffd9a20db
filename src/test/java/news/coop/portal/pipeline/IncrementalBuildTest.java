package news.coop.portal.pipeline;

import static news.coop.portal.TestSite.hashes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import news.coop.portal.TestSite;
import news.coop.portal.bench.SyntheticArchive;
import news.coop.portal.diag.BuildFailure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A warm session ({@code serve}) rebuilds only what an edit touches, and what it publishes is, file
 * by file and byte for byte, what a build from scratch publishes. Each step below makes one kind of
 * change an author makes, rebuilds warm, and compares the result with a fresh full build of the same
 * sources into another folder.
 */
class IncrementalBuildTest {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    private Path archive;
    private Session session;
    private List<String> news;

    @BeforeEach
    void warmSession() throws IOException, BuildFailure {
        archive = dir.resolve("archive");
        SyntheticArchive.generate(PROJECT, archive, 80, 7);
        try (Stream<Path> walk = Files.walk(archive.resolve("content/news"))) {
            news = walk.filter(file -> file.toString().endsWith(".md")).map(file -> archive.relativize(file).toString().replace('\\', '/')).sorted().toList();
        }
        session = new Session(new BuildOptions(archive, archive.resolve("target/site"), false, NOW));
        session.build();
        assertSameAsFullBuild();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void editingTheTextOfAnOldItemRendersOnlyItsPageAndFeeds() throws IOException, BuildFailure {
        SyntheticArchive.editItem(archive, news.get(3), 1);

        BuildResult result = session.build();

        // Its own page, and the Atom feeds that carry its full text: at most the language's feed,
        // three area feeds and one region feed. Listings show only the lead, which did not change.
        assertThat(result.rendered()).isBetween(1, 6);
        assertSameAsFullBuild();
    }

    @Test
    void nothingChangedRendersNothing() throws BuildFailure, IOException {
        BuildResult result = session.build();

        assertThat(result.rendered()).isZero();
        assertSameAsFullBuild();
    }

    @Test
    void aNewTitleReachesEveryListingFeedAndNeighbour() throws IOException, BuildFailure {
        replaceInFile(news.get(news.size() - 2), "(?m)^title: .*$", "title: A completely new headline");

        BuildResult result = session.build();

        assertThat(result.rendered()).isGreaterThan(3).isLessThan(news.size());
        assertSameAsFullBuild();
    }

    @Test
    void aNewDateMovesTheItemBetweenYearsPagesAndFeeds() throws IOException, BuildFailure {
        replaceInFile(news.get(0), "(?m)^date: .*$", "date: 2025-12-30T10:00:00+03:00");
        session.build();
        assertSameAsFullBuild();
    }

    @Test
    void newAreasMoveTheItemBetweenAreaPages() throws IOException, BuildFailure {
        replaceInFile(news.get(10), "(?m)^areas: .*$", "areas: [energy, roads]");
        session.build();
        assertSameAsFullBuild();
    }

    @Test
    void addingAndDeletingItemsAddsAndRemovesTheirPages() throws IOException, BuildFailure {
        SyntheticArchive.addItem(archive, 81, 7);
        session.build();
        assertSameAsFullBuild();

        // An item nothing links to (the generator links only to earlier items, and this is the last).
        Files.delete(archive.resolve(SyntheticArchive.addItem(archive, 82, 7)));
        session.build();
        assertSameAsFullBuild();
    }

    @Test
    void aPagesCompressedCopiesAreReplacedAndRemovedWithIt() throws IOException, BuildFailure {
        // The newest generated item: the generator links only to earlier ones, so nothing links to it.
        Map<String, String> before = hashes(archive.resolve("target/site"));
        String added = SyntheticArchive.addItem(archive, 81, 7);
        session.build();
        List<String> pages = hashes(archive.resolve("target/site")).keySet().stream()
                .filter(file -> !before.containsKey(file) && file.contains("/news/") && file.endsWith("/index.html")).toList();
        assertThat(pages).hasSize(1);
        Path page = archive.resolve("target/site").resolve(pages.get(0));
        Path gz = page.resolveSibling("index.html.gz");
        Path br = page.resolveSibling("index.html.br");
        byte[] first = Files.readAllBytes(page);

        // A reader whose browser takes gzip or Brotli gets the edited page, not the one before.
        SyntheticArchive.editItem(archive, added, 1);
        session.build();
        byte[] edited = Files.readAllBytes(page);
        assertThat(edited).isNotEqualTo(first);
        assertThat(TestSite.decompressed(gz)).isEqualTo(edited);
        assertThat(TestSite.decompressed(br)).isEqualTo(edited);
        assertSameAsFullBuild();

        Files.delete(archive.resolve(added));
        session.build();
        assertThat(page).doesNotExist();
        assertThat(gz).doesNotExist();
        assertThat(br).doesNotExist();
        assertSameAsFullBuild();
    }

    @Test
    void aDraftDisappearsAndReturns() throws IOException, BuildFailure {
        // The newest generated item: the generator links only to earlier ones, so nothing links to it.
        String added = SyntheticArchive.addItem(archive, 81, 7);
        session.build();
        replaceInFile(added, "(?m)^lang: (.*)$", "lang: $1\nstatus: draft");
        session.build();
        assertSameAsFullBuild();

        replaceInFile(added, "(?m)^status: draft\n", "");
        session.build();
        assertSameAsFullBuild();
    }

    @Test
    void aTemplateChangeRebuildsEveryPage() throws IOException, BuildFailure {
        Path footer = archive.resolve("templates/layout.ftlh");
        Files.writeString(footer, Files.readString(footer).replace("</footer>", "<p>Printed from the archive.</p></footer>"));

        BuildResult result = session.build();

        assertThat(result.rendered()).isGreaterThan(news.size());
        assertThat(Files.readString(archive.resolve("target/site/en/index.html"))).contains("Printed from the archive.");
        assertSameAsFullBuild();
    }

    @Test
    void aChangedStylesheetIsPublishedUnderANewNameThatEveryPageLinksTo() throws IOException, BuildFailure {
        Path css = archive.resolve("assets/css/site.css");
        String before = stylesheet(archive.resolve("target/site/en/index.html"));
        Files.writeString(css, Files.readString(css) + "\n.archive { color: #333; }\n");

        session.build();

        String after = stylesheet(archive.resolve("target/site/en/index.html"));
        assertThat(after).isNotEqualTo(before);
        assertThat(archive.resolve("target/site" + before)).doesNotExist();
        assertThat(archive.resolve("target/site" + after)).exists();
        assertThat(archive.resolve("target/site" + after + ".gz")).exists();
        assertThat(archive.resolve("target/site" + after + ".br")).exists();
        assertThat(stylesheet(archive.resolve("target/site/404.html"))).isEqualTo(after);
        assertSameAsFullBuild();
    }

    private static String stylesheet(Path page) throws IOException {
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\">").matcher(Files.readString(page));
        assertThat(link.find()).as(page.toString()).isTrue();
        return link.group(1);
    }

    @Test
    void aNewPictureInAssetsIsPublished() throws IOException, BuildFailure {
        Files.write(archive.resolve("assets/img/bench/extra.png"), Files.readAllBytes(archive.resolve("assets/img/bench/photo-1.png")));
        session.build();
        assertThat(archive.resolve("target/site/img/bench/extra.png")).exists();
        assertSameAsFullBuild();
    }

    @Test
    void aPictureThatAppearsChangesSizeAndGoesIsPublishedAsAFullBuildWould() throws IOException, BuildFailure {
        Path large = archive.resolve("assets/img/bench/large.jpg");
        TestSite.writePicture(large, 1700, 900, 1);
        appendToFile(news.get(4), "\n![A large photo](/img/bench/large.jpg \"A caption\"){credit=\"Studio\"}\n");
        session.build();
        assertThat(published("img/bench/large-1600w", "jpg")).isTrue();
        assertThat(published("img/bench/large", "jpg")).isTrue();
        assertThat(archive.resolve("target/site/img/bench/large.jpg")).as("the plain name of a picture shown").doesNotExist();
        assertSameAsFullBuild();

        // The same file, smaller: its size and copies change on the page that shows it.
        TestSite.writePicture(large, 1000, 800, 2);
        session.build();
        assertThat(published("img/bench/large-1600w", "jpg")).isFalse();
        assertSameAsFullBuild();

        // Gone, the item cannot be published; back, it is, although its own file never changed.
        Files.delete(large);
        assertThatThrownBy(session::build).isInstanceOf(BuildFailure.class).hasMessageContaining("image.not-found");
        TestSite.writePicture(large, 1200, 900, 3);
        session.build();
        assertSameAsFullBuild();
    }

    @Test
    void anItemThatStartsOrStopsShowingAPictureGainsOrLosesItsCopiesInARebuild() throws IOException, BuildFailure {
        TestSite.writePicture(archive.resolve("assets/img/bench/large.png"), 1000, 600, 1);
        session.build();
        assertThat(published("img/bench/large-480w", "png")).as("no page shows it yet").isFalse();
        assertThat(archive.resolve("target/site/img/bench/large.png")).as("under its own name while not shown").exists();

        String line = "\n![A large drawing](/img/bench/large.png)\n";
        appendToFile(news.get(6), line);
        BuildResult shown = session.build();
        assertThat(shown.rendered()).isLessThan(news.size());
        assertThat(published("img/bench/large-480w", "png")).isTrue();
        assertThat(archive.resolve("target/site/img/bench/large.png")).doesNotExist();
        assertSameAsFullBuild();

        replaceInFile(news.get(6), java.util.regex.Pattern.quote(line), "");
        session.build();
        assertThat(published("img/bench/large-480w", "png")).isFalse();
        assertThat(archive.resolve("target/site/img/bench/large.png")).as("back under its own name").exists();
        assertSameAsFullBuild();
    }

    @Test
    void aBrokenEditChangesNothingAndItsFixIsPublished() throws IOException, BuildFailure {
        Map<String, String> before = hashes(archive.resolve("target/site"));
        replaceInFile(news.get(5), "(?m)^areas: .*$", "areas: [enrgy]");

        assertThatThrownBy(session::build).isInstanceOf(BuildFailure.class).hasMessageContaining("area.unknown");
        assertThat(hashes(archive.resolve("target/site"))).isEqualTo(before);

        replaceInFile(news.get(5), "(?m)^areas: .*$", "areas: [energy]");
        session.build();
        assertSameAsFullBuild();
    }

    private void replaceInFile(String path, String regex, String replacement) throws IOException {
        Path file = archive.resolve(path);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String changed = text.replaceFirst(regex, replacement);
        assertThat(changed).as("the edit of " + path).isNotEqualTo(text);
        Files.writeString(file, changed, StandardCharsets.UTF_8);
    }

    private void appendToFile(String path, String text) throws IOException {
        Path file = archive.resolve(path);
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + text, StandardCharsets.UTF_8);
    }

    private void assertSameAsFullBuild() throws BuildFailure, IOException {
        Path fresh = dir.resolve("fresh-" + System.nanoTime());
        new Build(new BuildOptions(archive, fresh, false, NOW, 1)).run();
        Map<String, String> full = hashes(fresh);
        Map<String, String> incremental = hashes(archive.resolve("target/site"));
        assertThat(incremental.keySet()).containsExactlyElementsOf(full.keySet());
        assertThat(incremental).isEqualTo(full);
    }

    /** Whether the site has the file under a fingerprinted name: {@code img/a-480w}, {@code png} → {@code img/a-480w.3f9a1c2e7b.png}. */
    private boolean published(String stem, String extension) throws IOException {
        Path folder = archive.resolve("target/site").resolve(stem).getParent();
        String name = stem.substring(stem.lastIndexOf('/') + 1);
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(file -> file.getFileName().toString().matches(java.util.regex.Pattern.quote(name) + "\\.[0-9a-f]{10}\\." + extension));
        }
    }
}
