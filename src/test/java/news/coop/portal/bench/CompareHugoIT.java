package news.coop.portal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import news.coop.portal.TestSite;
import news.coop.portal.pipeline.Build;
import news.coop.portal.pipeline.BuildOptions;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference archive's Hugo form is a site that the real Hugo builds, with the same items as the
 * portal's form, and {@code portal bench --compare-hugo} measures it. Run by failsafe in
 * {@code verify}; it needs Debian's {@code /usr/bin/hugo} (package {@code hugo}, which {@code .ci/run}
 * installs where it is missing) and fails, saying so, without it.
 */
class CompareHugoIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path HUGO = Path.of("/usr/bin/hugo");
    private static final Pattern FRONT = Pattern.compile("(?s)^---\n(.*?)\n---\n\n(.*)$");

    @TempDir
    Path dir;

    @BeforeAll
    static void hugoIsHere() {
        assertThat(Files.isExecutable(HUGO))
                .as("CompareHugoIT runs Debian's Hugo, and " + HUGO + " is not there: install it (sudo apt-get install -y hugo; .ci/run does)")
                .isTrue();
    }

    @Test
    void hugoBuildsTheHugoFormAndBothFormsHoldTheSameItems() throws Exception {
        Path archive = dir.resolve("archive");
        SyntheticArchive.Summary summary = ReferenceArchive.generate(PROJECT, archive, 30, 1);
        Path out = dir.resolve("hugo-out");

        Process hugo = new ProcessBuilder(HUGO.toString(), "--quiet", "-s", archive.resolve(ReferenceArchive.HUGO).toString(), "-d", out.toString())
                .redirectErrorStream(true).start();
        String printed = new String(hugo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(hugo.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(hugo.exitValue()).as(printed).isZero();
        new Build(new BuildOptions(archive, archive.resolve("target/site"), false, TestSite.NOW)).run();

        assertThat(summary.newsPaths()).hasSize(30);
        for (String path : summary.newsPaths()) {
            Map<String, String> portal = fields(archive.resolve(path));
            Map<String, String> hugoItem = fields(archive.resolve(ReferenceArchive.hugoPath(path)));
            assertThat(hugoItem.get("title")).as(path).isEqualTo(portal.get("title"));
            assertThat(hugoItem.get("date") + "+03:00").as(path).isEqualTo(portal.get("date"));
            List<String> tags = List.of(hugoItem.get("tags").replaceAll("[\\[\\]\"]", "").split(", "));
            assertThat("[" + String.join(", ", tags.stream().map(tag -> ReferenceWords.PORTAL_AREAS.getOrDefault(tag, tag)).toList()) + "]")
                    .as(path).isEqualTo(portal.get("areas"));
            assertThat(hugoItem.get("body")).as(path).isEqualTo(portal.get("body"));

            String title = portal.get("title").substring(1, portal.get("title").length() - 1);
            String year = path.substring("content/news/".length(), "content/news/".length() + 4);
            String month = path.substring(path.lastIndexOf('/') + 6, path.lastIndexOf('/') + 8);
            String slug = portal.get("slug");
            Path hugoPage = out.resolve("news/" + year + "/" + slug + ".html");
            Path portalPage = archive.resolve("target/site/en/news/" + year + "/" + month + "/" + slug + "/index.html");
            assertThat(Jsoup.parse(hugoPage.toFile(), "UTF-8").selectFirst("h1").text()).as(hugoPage.toString()).isEqualTo(title);
            assertThat(Jsoup.parse(portalPage.toFile(), "UTF-8").selectFirst("h1").text()).as(portalPage.toString()).isEqualTo(title);
        }
        try (Stream<Path> items = Files.list(out.resolve("news"))) {
            assertThat(items.filter(Files::isDirectory).flatMap(CompareHugoIT::list).filter(file -> file.toString().endsWith(".html")).count()).isEqualTo(30);
        }
        assertThat(out.resolve("tags/energy.html")).exists();
        assertThat(out.resolve("archive.html")).exists();
    }

    @Test
    void benchComparesEveryRowWithHugosFullBuild() {
        TestSite.Run run = TestSite.Run.of("bench", "--items", "20", "--runs", "1", "--compare-hugo", HUGO.toString(), "--keep", dir.resolve("archive").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Generating 20 items (reference corpus, seed 1)", "\n  ", " words; {en=20}\n",
                "\nHugo: hugo v", "(/usr/bin/hugo); its peak RSS by ",
                "\n| work | median | runs | peak RSS | vs Hugo | |\n")
                .containsPattern("\n\\| Hugo, full build, fresh process, empty output folder \\| \\d+\\.\\d\\d s \\| 1 \\| [\\d,]+ MB \\| 1\\.00 × Hugo \\| \\d+ pages \\|\n");
        List<String> rows = run.out().lines().filter(line -> line.startsWith("| ") && !line.startsWith("| work ")).toList();
        assertThat(rows).hasSize(9).allSatisfy(row -> assertThat(row).containsPattern(" \\| \\d+\\.\\d\\d × Hugo \\| "));
        assertThat(rows.get(1)).startsWith("| cold full build, fresh JVM, empty cache and output folder | ");
        assertThat(dir.resolve("archive/hugo-site/content/news")).isDirectory();
        assertThat(dir.resolve("archive/target/hugo-public")).doesNotExist();
    }

    private static Stream<Path> list(Path folder) {
        try {
            return Files.list(folder).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The top-level fields of a file's front matter, as written (a list in brackets, a string in quotes), and its body as {@code body}. */
    private static Map<String, String> fields(Path file) throws IOException {
        Matcher matcher = FRONT.matcher(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(matcher.matches()).as(file.toString()).isTrue();
        Map<String, String> fields = new TreeMap<>();
        for (String line : matcher.group(1).split("\n")) {
            fields.put(line.substring(0, line.indexOf(':')), line.substring(line.indexOf(':') + 1).strip());
        }
        fields.put("body", matcher.group(2));
        return fields;
    }
}
