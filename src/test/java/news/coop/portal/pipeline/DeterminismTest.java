package news.coop.portal.pipeline;

import static news.coop.portal.TestSite.hashes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import news.coop.portal.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same sources give the same bytes: in two runs, in separate JVMs under different time zones and
 * locales ({@code TZ}, {@code LANG} and {@code LC_ALL} as well as Java's properties), after every source
 * file's modification time has changed, and from two copies in different folders, as two fresh clones
 * built with one {@code SOURCE_DATE_EPOCH}; and the smaller copies of pictures are the same bytes when
 * they are made again rather than taken from the cache. {@code SOURCE_DATE_EPOCH} is the build's now:
 * it decides what is embargoed.
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
        Path cache = site.root().resolve("target/portal-cache");
        assertThat(cache).isDirectory();
        deleteTree(cache);
        deleteTree(site.output());
        deleteTree(site.root().resolve("target/.site.old"));
        site.build();

        assertThat(hashes(site.output())).isEqualTo(first)
                .containsKeys(Stream.of("img/news/plant-480w.jpg", "img/news/plant-960w.jpg", "img/news/plant-1600w.jpg", "news/2023/map-480w.png", "news/2023/map-960w.png")
                        .map(site::asset).toArray(String[]::new));
    }

    @Test
    void timeZoneLocaleAndFileTimesDoNotChangeTheOutput() throws Exception {
        TestSite site = site();
        Map<String, String> utc = buildInChildJvm(site, "UTC", "en", "US");
        // Everything is made again in the other zone and locale, nothing taken from the build cache.
        deleteTree(site.root().resolve("target/portal-cache"));
        touchEverySource(site.root());
        Map<String, String> tokyo = buildInChildJvm(site, "Asia/Tokyo", "ja", "JP");

        assertThat(tokyo).isEqualTo(utc);
        assertThat(site.text("/en/news/2023/09/late-evening/")).contains("datetime=\"2023-09-26T23:30:00+03:00\"", "26 September 2023");
    }

    /** The moment both clones are built at: after every item of {@link #site()} but the embargoed one. */
    private static final Instant EPOCH = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void twoClonesInOtherFoldersZonesLocalesAndFileTimesBuildTheSameBytesWithSourceDateEpoch() throws Exception {
        site().news("2025-06-01-embargoed", "Embargoed item", "energy");
        // Two fresh clones: the same files in different folders, written at different times.
        Path first = dir.resolve("clone-one/portal");
        Path second = dir.resolve("elsewhere/the second clone");
        copyTree(dir, first, List.of(dir.resolve("clone-one"), dir.resolve("elsewhere"), dir.resolve("target")));
        copyTree(dir, second, List.of(dir.resolve("clone-one"), dir.resolve("elsewhere"), dir.resolve("target")));
        touchEverySource(second);

        // The zone and locale come from the environment alone in the first build, as on a developer's
        // machine; the second has other environment variables and Java's own properties too.
        Map<String, String> one = buildInChildJvm(first, List.of("build"), Map.of("TZ", "Pacific/Kiritimati", "LANG", "en_US.UTF-8",
                "LC_ALL", "en_US.UTF-8", "SOURCE_DATE_EPOCH", String.valueOf(EPOCH.getEpochSecond())), List.of());
        Map<String, String> two = buildInChildJvm(second, List.of("build"), Map.of("TZ", "Pacific/Pago_Pago", "LANG", "be_BY.UTF-8",
                "LC_ALL", "ja_JP.UTF-8", "SOURCE_DATE_EPOCH", String.valueOf(EPOCH.getEpochSecond())),
                List.of("-Duser.timezone=Pacific/Pago_Pago", "-Duser.language=ja", "-Duser.country=JP"));

        assertThat(two).isEqualTo(one).hasSizeGreaterThan(30);
        // SOURCE_DATE_EPOCH was the build's now: the item dated after it left no trace.
        assertThat(one).doesNotContainKey("en/news/2025/06/embargoed/index.html");
        assertThat(containing(first.resolve("target/site"), "Embargoed item")).isEmpty();
        assertThat(one).containsKey("en/news/2024/01/morning/index.html");
    }

    @Test
    void sourceDateEpochDecidesTheEmbargo() throws Exception {
        site().news("2025-06-01-embargoed", "Embargoed item", "energy");
        Map<String, String> before = buildInChildJvm(dir, List.of("build"), Map.of("SOURCE_DATE_EPOCH", String.valueOf(EPOCH.getEpochSecond())), List.of());
        assertThat(before).doesNotContainKey("en/news/2025/06/embargoed/index.html");

        Instant after = Instant.parse("2025-07-01T00:00:00Z");
        Map<String, String> later = buildInChildJvm(dir, List.of("build"), Map.of("SOURCE_DATE_EPOCH", String.valueOf(after.getEpochSecond())), List.of());
        assertThat(later).containsKey("en/news/2025/06/embargoed/index.html");
        assertThat(containing(dir.resolve("target/site"), "Embargoed item")).isNotEmpty();
    }

    private static Map<String, String> buildInChildJvm(TestSite site, String zone, String language, String country) throws Exception {
        return buildInChildJvm(site.root(), List.of("build", "--now", TestSite.NOW.toString()),
                Map.of("TZ", zone, "LANG", language + "_" + country + ".UTF-8", "LC_ALL", language + "_" + country + ".UTF-8"),
                List.of("-Duser.timezone=" + zone, "-Duser.language=" + language, "-Duser.country=" + country));
    }

    /**
     * Runs {@code portal ARGS --project ROOT} in a new JVM with {@code environment} added to (or, for
     * {@code SOURCE_DATE_EPOCH} and {@code PORTAL_BASE_URL}, in place of) this one's; returns the
     * SHA-256 of every published file.
     */
    private static Map<String, String> buildInChildJvm(Path root, List<String> args, Map<String, String> environment, List<String> jvmOptions)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "news.coop.portal.cli.Main"));
        command.addAll(args);
        command.addAll(List.of("--project", root.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("SOURCE_DATE_EPOCH");
        builder.environment().remove("PORTAL_BASE_URL");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return hashes(root.resolve("target").resolve("site"));
    }

    /** The files of a published site whose text holds {@code text}. */
    private static List<String> containing(Path output, String text) throws IOException {
        try (Stream<Path> walk = Files.walk(output)) {
            List<String> found = new ArrayList<>();
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                if (new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8).contains(text)) {
                    found.add(output.relativize(file).toString());
                }
            }
            return found;
        }
    }

    /** Copies the project in {@code from} to {@code to}, leaving out {@code skipped} folders. */
    private static void copyTree(Path from, Path to, List<Path> skipped) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.filter(path -> skipped.stream().noneMatch(path::startsWith)).toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
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
}
