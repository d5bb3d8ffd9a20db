package news.coop.portal.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on disk: whole entries or none, damage found and forgotten, a cache that cannot be written only slower. */
class BuildCacheTest {
    @TempDir
    Path dir;

    private static final Key KEY = Key.of("page").add("one").build();
    private static final Key OTHER = Key.of("page").add("two").build();

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private Path only() throws IOException {
        try (Stream<Path> walk = Files.walk(dir.resolve(BuildCache.LAYOUT))) {
            return walk.filter(Files::isRegularFile).findFirst().orElseThrow();
        }
    }

    @Test
    void anEntryWrittenIsReadBackInANewInstance() {
        BuildCache.in(dir).put("page", KEY, bytes("<p>One</p>"));

        BuildCache later = BuildCache.in(dir);

        assertThat(later.get("page", KEY)).isEqualTo(bytes("<p>One</p>"));
        assertThat(later.get("page", OTHER)).isNull();
        assertThat(later.report()).isEqualTo(new BuildCache.Report(1, 1, 0, 0));
    }

    @Test
    void aCacheOnlyReadFindsWhatWasStoredAndChangesNothing() throws IOException {
        Key damaged = Key.of("page").add("damaged").build();
        BuildCache writer = BuildCache.in(dir);
        writer.put("page", KEY, bytes("<p>One</p>"));
        writer.put("page", OTHER, bytes("<p>Two</p>"));
        writer.put("page", damaged, bytes("<p>Damaged</p>"));
        Path cut;
        try (Stream<Path> walk = Files.walk(dir.resolve(BuildCache.LAYOUT))) {
            cut = walk.filter(file -> file.getFileName().toString().equals(damaged.hex())).findFirst().orElseThrow();
        }
        Files.write(cut, new byte[] {1, 2, 3});

        BuildCache reading = BuildCache.in(dir).reading();

        assertThat(reading.get("page", KEY)).isEqualTo(bytes("<p>One</p>"));
        assertThat(reading.get("page", damaged)).isNull();
        reading.put("page", Key.of("page").add("three").build(), bytes("<p>Three</p>"));
        // A writing cache would now remove the damaged entry's file and OTHER, unused.
        reading.prune();
        assertThat(reading.report()).isEqualTo(new BuildCache.Report(1, 1, 1, 0));
        try (Stream<Path> walk = Files.walk(dir.resolve(BuildCache.LAYOUT))) {
            assertThat(walk.filter(Files::isRegularFile).count()).as("nothing stored, removed or pruned").isEqualTo(3);
        }
        assertThat(BuildCache.in(dir).get("page", OTHER)).isEqualTo(bytes("<p>Two</p>"));
    }

    @Test
    void anEntryUnderAnotherKeysNameIsForeignAndRemoved() throws IOException {
        BuildCache.in(dir).put("page", OTHER, bytes("<p>Two</p>"));
        Path file = only();
        Path wrong = file.getParent().getParent().resolve(KEY.hex().substring(0, 2)).resolve(KEY.hex());
        Files.createDirectories(wrong.getParent());
        Files.move(file, wrong);

        BuildCache later = BuildCache.in(dir);

        assertThat(later.get("page", KEY)).isNull();
        assertThat(later.report().damaged()).isEqualTo(1);
        assertThat(wrong).doesNotExist();
    }

    @Test
    void aPayloadWithAFlippedByteOrCutShortIsDamaged() throws IOException {
        BuildCache.in(dir).put("page", KEY, bytes("<p>A page long enough to damage</p>"));
        Path file = only();
        byte[] stored = Files.readAllBytes(file);
        stored[stored.length - 3] ^= 1;
        Files.write(file, stored);
        assertThat(BuildCache.in(dir).get("page", KEY)).isNull();

        BuildCache.in(dir).put("page", KEY, bytes("<p>A page long enough to damage</p>"));
        Files.write(only(), java.util.Arrays.copyOf(Files.readAllBytes(only()), 90));
        BuildCache cut = BuildCache.in(dir);
        assertThat(cut.get("page", KEY)).isNull();
        assertThat(cut.report()).isEqualTo(new BuildCache.Report(0, 1, 1, 0));
    }

    @Test
    void aCacheThatCannotBeWrittenOnlyCountsTheFailures() throws IOException {
        Path notAFolder = dir.resolve("cache");
        Files.writeString(notAFolder, "a file where the cache folder should be");
        BuildCache cache = BuildCache.in(notAFolder);

        cache.put("page", KEY, bytes("<p>One</p>"));
        cache.prune();

        assertThat(cache.get("page", KEY)).isNull();
        assertThat(cache.report().unwritable()).isEqualTo(1);
        assertThat(cache.report().problem("target/portal-cache")).contains("warning: the build cache in target/portal-cache could not store 1 entry:"
                + " the site is right, the next build may be slower");
    }

    @Test
    void pruneKeepsWhatThisBuildReadOrWrote() throws IOException {
        BuildCache.in(dir).put("page", OTHER, bytes("old"));
        BuildCache build = BuildCache.in(dir);
        build.put("page", KEY, bytes("new"));

        build.prune();

        BuildCache next = BuildCache.in(dir);
        assertThat(next.get("page", KEY)).isEqualTo(bytes("new"));
        assertThat(next.get("page", OTHER)).isNull();
        assertThat(BuildCache.NONE.get("page", KEY)).isNull();
    }

    @Test
    void pruneRemovesTheEntriesOfAnEarlierLayoutAndNothingElseThere() throws IOException {
        Path earlier = dir.resolve("v1");
        Path entry = earlier.resolve("page/ab").resolve("ab" + "0".repeat(62));
        Path writing = earlier.resolve("page/ab").resolve(".ab" + "1".repeat(62) + ".k3j9.tmp");
        Path notOurs = earlier.resolve("notes.txt");
        for (Path file : java.util.List.of(entry, writing, notOurs)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "old");
        }
        BuildCache build = BuildCache.in(dir);
        build.put("page", KEY, bytes("new"));

        build.prune();

        assertThat(entry).doesNotExist();
        assertThat(writing).doesNotExist();
        assertThat(earlier.resolve("page")).as("its folders, left empty, go too").doesNotExist();
        assertThat(notOurs).as("what is not an entry stays").hasContent("old");
        assertThat(BuildCache.in(dir).get("page", KEY)).isEqualTo(bytes("new"));
        assertThat(build.report().unwritable()).isZero();
    }

    @Test
    void keysTellInputsApartByTheirLengthsAsWellAsTheirBytes() {
        assertThat(Key.of("page").add("ab").add("c").build()).isNotEqualTo(Key.of("page").add("a").add("bc").build());
        assertThat(Key.of("page").add("ab").build()).isEqualTo(Key.of("page").add("ab").build());
        assertThat(KEY.hex()).hasSize(Key.HEX_LENGTH).matches("[0-9a-f]+");
        assertThat(Key.hash(bytes("one"))).isNotEqualTo(Key.hash(bytes("two"))).hasSize(Key.HEX_LENGTH);
        byte[] big = new byte[100_000];
        big[99_999] = 1;
        assertThat(Key.hash(big)).as("the last byte of a long input counts").isNotEqualTo(Key.hash(new byte[100_000]));
    }
}
