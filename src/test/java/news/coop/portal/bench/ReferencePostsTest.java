package news.coop.portal.bench;

import static news.coop.portal.TestSite.hashes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference archive is the one a user writes by hand with {@code shared/bench/gen-corpus.py}:
 * the SHA-256 of every file the script wrote for 60 items of its default seed 1, in both of its
 * forms, is in {@code src/test/resources/bench/gen-corpus-*-60.sha256}, made by
 * <pre>
 * python3 gen-corpus.py --n 60 --format portal --out p
 * (cd p &amp;&amp; find content -type f | sort | xargs sha256sum) &gt; gen-corpus-portal-60.sha256
 * cp -r hugo-site h &amp;&amp; python3 gen-corpus.py --n 60 --format hugo --out h
 * (cd h &amp;&amp; find . -type f | sed 's|^\./||' | sort | xargs sha256sum) &gt; gen-corpus-hugo-60.sha256
 * </pre>
 * (Python 3.11.7). Byte for byte equal files mean equal shapes: words, areas and dates per item, and
 * so the same pages in either site.
 */
class ReferencePostsTest {
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void theItemsAreThoseGenCorpusPyWritesInThePortalsFormat() throws IOException {
        SyntheticArchive.Summary summary = ReferenceArchive.generate(PROJECT, dir, 60, 1);

        Map<String, String> news = new TreeMap<>(hashes(dir));
        news.keySet().removeIf(path -> !path.startsWith("content/news/"));
        assertThat(news).isEqualTo(expected("gen-corpus-portal-60.sha256"));
        assertThat(summary.newsPaths()).containsExactlyElementsOf(news.keySet());
        assertThat(summary.perLanguage()).isEqualTo(Map.of("en", 60));
    }

    @Test
    void theHugoFormIsTheReferenceHugoSiteWithTheItemsGenCorpusPyWritesInHugosFormat() throws IOException {
        ReferenceArchive.generate(PROJECT, dir, 60, 1);

        assertThat(hashes(dir.resolve(ReferenceArchive.HUGO))).isEqualTo(expected("gen-corpus-hugo-60.sha256"));
    }

    @Test
    void theShippedHugoSiteIsListedWhole() throws IOException {
        Path shipped = Path.of("src/main/resources/bench/hugo-site");
        try (Stream<Path> walk = Files.walk(shipped)) {
            assertThat(walk.filter(Files::isRegularFile).map(file -> shipped.relativize(file).toString().replace('\\', '/')).sorted().toList())
                    .containsExactlyElementsOf(HugoSite.FILES.stream().sorted().toList());
        }
    }

    @Test
    void anAddedItemIsTheNextOneTheScriptWritesInBothFormsAndAnEditChangesBothAlike() throws IOException {
        Path whole = dir.resolve("whole");
        Path archive = dir.resolve("archive");
        ReferenceArchive.generate(PROJECT, whole, 12, 5);
        ReferenceArchive.generate(PROJECT, archive, 11, 5);

        String added = ReferenceArchive.addItem(archive, 11, 5);
        assertThat(hashes(archive)).isEqualTo(hashes(whole));

        String portalBefore = read(archive, added);
        String hugoBefore = read(archive, ReferenceArchive.hugoPath(added));
        ReferenceArchive.editItem(archive, added, 1);
        String portalAfter = read(archive, added);
        String hugoAfter = read(archive, ReferenceArchive.hugoPath(added));
        assertThat(portalAfter).startsWith(portalBefore).hasSizeGreaterThan(portalBefore.length() + 40);
        assertThat(hugoAfter).isEqualTo(hugoBefore + portalAfter.substring(portalBefore.length()));
    }

    @Test
    void pythonsGeneratorDrawsAsPythonDoes() {
        // python3 -c 'import random; r = random.Random("1-0"); print([r.randrange(10**6) for _ in range(3)], r.random(), r.sample(range(12), 3))'
        PythonRandom random = new PythonRandom("1-0");

        assertThat(List.of(random.below(1_000_000), random.below(1_000_000), random.below(1_000_000))).containsExactly(601195, 268269, 301083);
        assertThat(random.fraction()).isEqualTo(0.36468321841351825);
        assertThat(random.sample(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), 3)).containsExactly(3, 2, 9);
    }

    private static String read(Path archive, String path) throws IOException {
        return Files.readString(archive.resolve(path), StandardCharsets.UTF_8);
    }

    private static Map<String, String> expected(String manifest) throws IOException {
        try (InputStream in = ReferencePostsTest.class.getResourceAsStream("/bench/" + manifest)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .collect(Collectors.toMap(line -> line.substring(66), line -> line.substring(0, 64), (a, b) -> a, TreeMap::new));
        }
    }
}
