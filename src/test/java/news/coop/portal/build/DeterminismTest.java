package news.coop.portal.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import news.coop.portal.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same sources give the same bytes: in two runs, in separate JVMs under different time zones and
 * locales, and after every source file's modification time has changed; and the smaller copies of
 * pictures are the same bytes when they are made again rather than taken from the cache.
 */
class DeterminismTest {
    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.create(dir).standardPages()
                .news("2023-09-26-late-evening", "Late evening item", "energy", "date: 2023-09-26T23:30:00+03:00")
                .news("2023-12-31-new-year", "New year item", "roads, energy", "date: 2023-12-31T23:59:00+03:00")
                .news("2024-01-01-morning", "Morning item", "construction", "date: 2024-01-01 00:30",
                        "image: /img/news/plant.jpg", "image_alt: The plant")
                .picture("assets/img/news/plant.jpg", 1700, 1000)
                .picture("content/news/2023/map.png", 1000, 700, 3)
                .file("content/news/2023/2023-10-10-map.md", "---\ntitle: Map\ndate: 2023-10-10T10:00:00+03:00\nlead: A map.\nareas: [roads]\nlang: en\n---\n"
                        + "Text.\n\n![The map of the roads](map.png \"The roads\"){credit=\"Studio\"}\n");
    }

    @Test
    void twoBuildsGiveByteIdenticalSites() throws Exception {
        TestSite site = site();
        site.build();
        Map<String, String> first = hashes(site.output());
        site.build();

        assertThat(hashes(site.output())).isEqualTo(first).hasSizeGreaterThan(30);
    }

    @Test
    void copiesOfPicturesMadeAgainAreTheSameBytes() throws Exception {
        TestSite site = site();
        site.build();
        Map<String, String> first = hashes(site.output());
        Path cache = site.root().resolve("target/.site.images");
        assertThat(cache).isDirectory();
        deleteTree(cache);
        deleteTree(site.output());
        deleteTree(site.root().resolve("target/.site.old"));
        site.build();

        assertThat(hashes(site.output())).isEqualTo(first)
                .containsKeys("img/news/plant-480w.jpg", "img/news/plant-960w.jpg", "img/news/plant-1600w.jpg", "news/2023/map-480w.png", "news/2023/map-960w.png");
    }

    @Test
    void timeZoneLocaleAndFileTimesDoNotChangeTheOutput() throws Exception {
        TestSite site = site();
        Map<String, String> utc = buildInChildJvm(site, "UTC", "en", "US");
        // The copies of pictures are made again in the other zone and locale, not taken from the cache.
        deleteTree(site.root().resolve("target/.site.images"));
        touchEverySource(site.root());
        Map<String, String> tokyo = buildInChildJvm(site, "Asia/Tokyo", "ja", "JP");

        assertThat(tokyo).isEqualTo(utc);
        assertThat(site.text("/en/news/2023/09/late-evening/")).contains("datetime=\"2023-09-26T23:30:00+03:00\"", "26 September 2023");
    }

    private static Map<String, String> buildInChildJvm(TestSite site, String zone, String language, String country) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.timezone=" + zone, "-Duser.language=" + language, "-Duser.country=" + country,
                "-cp", System.getProperty("java.class.path"),
                "news.coop.portal.cli.Main", "build", "--project", site.root().toString(), "--now", TestSite.NOW.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("TZ", zone);
        builder.environment().put("LANG", language + "_" + country + ".UTF-8");
        builder.environment().put("LC_ALL", language + "_" + country + ".UTF-8");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return hashes(site.output());
    }

    private static void touchEverySource(Path root) throws IOException {
        long time = 1_000_000_000_000L;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).filter(file -> !file.startsWith(root.resolve("target"))).toList()) {
                Files.setLastModifiedTime(file, FileTime.fromMillis(time += 7_777_777));
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    static Map<String, String> hashes(Path output) {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(output)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                hashes.put(output.relativize(file).toString().replace('\\', '/'), HexFormat.of().formatHex(digest));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return hashes;
    }
}
