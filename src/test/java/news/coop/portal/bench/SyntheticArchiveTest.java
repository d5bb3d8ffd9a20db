package news.coop.portal.bench;

import static news.coop.portal.TestSite.hashes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import news.coop.portal.TestSite;
import news.coop.portal.pipeline.Build;
import news.coop.portal.pipeline.BuildOptions;
import news.coop.portal.pipeline.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark archive is reproducible, looks like the press office's news, and builds without a
 * single problem with the real pipeline, before and after the one-change edits the benchmark makes.
 * Surefire runs these under Asia/Tokyo and a Turkish locale, so the bytes cannot depend on either.
 */
class SyntheticArchiveTest {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Pattern WORD = Pattern.compile("\\S*[\\p{L}\\p{N}]\\S*");
    private static final Pattern LIST = Pattern.compile("(?m)^(areas|regions): \\[(.*)]$");

    @TempDir
    Path dir;

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedDoesNot() throws IOException {
        SyntheticArchive.generate(PROJECT, dir.resolve("a"), 40, 42);
        SyntheticArchive.generate(PROJECT, dir.resolve("b"), 40, 42);
        SyntheticArchive.generate(PROJECT, dir.resolve("c"), 40, 43);

        Map<String, String> first = hashes(dir.resolve("a"));
        assertThat(first).containsKeys("jbake.properties", "data/areas.yml", "content/pages/about.be.md", "assets/img/bench/photo-4.png")
                .hasSizeGreaterThan(40 + 4);
        assertThat(hashes(dir.resolve("b"))).isEqualTo(first);
        assertThat(hashes(dir.resolve("c"))).isNotEqualTo(first);
    }

    @Test
    void itemsHaveTheSchemasShapeAndThreeLanguages() throws IOException {
        Path archive = dir.resolve("archive");
        SyntheticArchive.Summary summary = SyntheticArchive.generate(PROJECT, archive, 400, 7);
        Set<String> areaIds = ids(archive.resolve("data/areas.yml"));
        Set<String> regionIds = ids(archive.resolve("data/regions.yml"));

        long words = 0;
        for (String path : summary.newsPaths()) {
            assertThat(path).matches("content/news/(\\d{4})/\\1-\\d\\d-\\d\\d-[a-z0-9]+(-[a-z0-9]+)*-\\d+\\.md");
            String text = Files.readString(archive.resolve(path), StandardCharsets.UTF_8);
            String[] parts = text.split("(?m)^---$", 3);
            long bodyWords = WORD.matcher(parts[2]).results().count();
            words += bodyWords;
            assertThat(bodyWords).as(path).isBetween(300L, 800L);
            assertThat(parts[2]).as(path).contains("\n## ").doesNotContainPattern("(?m)^# ");
            assertThat(parts[1]).as(path).containsPattern("(?m)^date: \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:00\\+03:00$")
                    .containsPattern("(?m)^lang: (en|ru|be)$").containsPattern("(?m)^title: \"[^\":#]+\"$");
            Map<String, List<String>> terms = terms(parts[1]);
            assertThat(terms.get("areas")).as(path).hasSizeBetween(1, 3).doesNotHaveDuplicates().isSubsetOf(areaIds);
            assertThat(terms.get("regions")).as(path).hasSize(1).isSubsetOf(regionIds);
        }
        assertThat(summary.items()).isEqualTo(400);
        assertThat(summary.newsPaths()).hasSize(400).isSorted().doesNotHaveDuplicates();
        assertThat(summary.words()).isEqualTo(words);
        assertThat(summary.perLanguage()).containsOnlyKeys("be", "en", "ru");
        assertThat(summary.perLanguage().get("ru")).isBetween(140, 220);
        assertThat(summary.perLanguage().get("en")).isBetween(100, 180);
        assertThat(summary.perLanguage().get("be")).isBetween(50, 110);
        assertThat(count(archive, summary, "(?m)^image: /img/bench/photo-[1-4]\\.png$")).isBetween(25L, 80L);
        assertThat(count(archive, summary, "\\]\\(\\.\\./\\d{4}/[^)]+\\.md\\)")).isBetween(50L, 120L);
    }

    @Test
    void thePicturesAreValidPngs() throws IOException {
        SyntheticArchive.generate(PROJECT, dir, 1, 1);
        for (int photo = 1; photo <= 4; photo++) {
            BufferedImage image = ImageIO.read(dir.resolve("assets/img/bench/photo-" + photo + ".png").toFile());
            assertThat(image).as("photo " + photo).isNotNull();
            assertThat(image.getWidth()).isEqualTo(64);
            assertThat(image.getHeight()).isEqualTo(36);
        }
    }

    @Test
    void theArchiveBuildsWithoutProblems() throws Exception {
        SyntheticArchive.Summary summary = SyntheticArchive.generate(PROJECT, dir, 60, 2025);

        BuildResult result = build(dir);

        assertThat(result.newsItems()).isEqualTo(60);
        assertThat(result.warnings()).isEmpty();
        assertThat(summary.newsPaths()).anySatisfy(path -> assertThat(read(dir, path)).contains("](../"));
    }

    @Test
    void addedAndEditedItemsStillBuild() throws Exception {
        Path archive = dir.resolve("archive");
        Path whole = dir.resolve("whole");
        SyntheticArchive.generate(PROJECT, whole, 32, 9);
        SyntheticArchive.Summary summary = SyntheticArchive.generate(PROJECT, archive, 30, 9);
        String added = SyntheticArchive.addItem(archive, 31, 9);
        String second = SyntheticArchive.addItem(archive, 32, 9);
        String edited = summary.newsPaths().get(0);
        String before = read(archive, edited);
        SyntheticArchive.editItem(archive, edited, 1);
        String once = read(archive, edited);
        SyntheticArchive.editItem(archive, edited, 2);
        String twice = read(archive, edited);
        SyntheticArchive.editItem(archive, added, 1);

        assertThat(added).startsWith("content/news/").endsWith("-31.md");
        assertThat(read(archive, added)).startsWith(read(whole, added));
        assertThat(read(archive, second)).isEqualTo(read(whole, second));
        assertThat(once).startsWith(before).hasSizeGreaterThan(before.length() + 40);
        assertThat(twice).startsWith(once);
        assertThat(twice.substring(once.length())).isNotEqualTo(once.substring(before.length()));
        assertThatThrownBy(() -> SyntheticArchive.addItem(archive, 31, 9)).isInstanceOf(FileAlreadyExistsException.class);
        assertThatThrownBy(() -> SyntheticArchive.generate(PROJECT, archive, 1, 9)).isInstanceOf(DirectoryNotEmptyException.class);
        assertThat(build(archive).newsItems()).isEqualTo(32);
    }

    private static String read(Path archive, String path) throws IOException {
        return Files.readString(archive.resolve(path), StandardCharsets.UTF_8);
    }

    private static BuildResult build(Path archive) throws Exception {
        return new Build(new BuildOptions(archive, archive.resolve("target/site"), false, TestSite.NOW)).run();
    }

    private static long count(Path archive, SyntheticArchive.Summary summary, String regex) throws IOException {
        Pattern pattern = Pattern.compile(regex);
        long count = 0;
        for (String path : summary.newsPaths()) {
            count += pattern.matcher(Files.readString(archive.resolve(path), StandardCharsets.UTF_8)).results().count();
        }
        return count;
    }

    private static Map<String, List<String>> terms(String frontMatter) {
        Map<String, List<String>> terms = new TreeMap<>();
        Matcher matcher = LIST.matcher(frontMatter);
        while (matcher.find()) {
            terms.put(matcher.group(1), List.of(matcher.group(2).split(", ")));
        }
        return terms;
    }

    private static Set<String> ids(Path vocabulary) throws IOException {
        try (Stream<String> lines = Files.lines(vocabulary, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.startsWith("- id: ")).map(line -> line.substring(6).strip()).collect(Collectors.toSet());
        }
    }
}
