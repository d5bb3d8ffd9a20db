package news.coop.portal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import news.coop.portal.TestSite;
import news.coop.portal.TestSite.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken and hostile sources, one file a case, in {@code src/test/resources/bad-input/}: what authors
 * paste from word processors, save half-finished or get wrong in YAML, and what an attacker might try.
 * Each is dropped into a copy of a small site that is already published, and {@code portal build} must
 * then stop with exit code 1, within a bounded time, printing the diagnostic {@code expected.txt} lists
 * for it (file, line, column, code; every diagnostic with a message and a hint), and no stack trace,
 * and leave every published file byte for byte as it was.
 *
 * <p>A file named {@code page-…} becomes a page in {@code content/pages/}, any other a news item in
 * {@code content/news/2024/}. A {@code .gz} file is unpacked first, so that the 10 MB case costs the
 * repository 15 KB. Inputs that look broken but are not (a byte-order mark, Windows line ends) are in
 * {@code accepted-input/}: {@link AcceptedInputTest}.
 */
class BadInputTest {
    static final Path CASES = Path.of("src/test/resources/bad-input");
    private static final String EXPECTED = "expected.txt";
    /** Long enough for a slow machine; a case takes a fraction of a second, or the five seconds of a text too slow to read. */
    private static final Duration BOUND = Duration.ofSeconds(60);
    /** {@code path:line[:col]: error|warning [code] message — hint}: the one form a diagnostic has. */
    private static final Pattern DIAGNOSTIC = Pattern.compile("[^ :]+(:\\d+){0,2}: (error|warning) \\[[a-z0-9._-]+\\] .+ — .+");
    private static final Pattern STACK_TRACE = Pattern.compile("(?m)^\\s+at [\\w.$]+\\(|\\b\\w+(Exception|Error)\\b|internal error");
    private static final String FOOTER = "; nothing was published, the previous site is unchanged";

    @TempDir
    static Path template;
    private static Map<String, String> published;
    private static List<String> targetFolder;

    @BeforeAll
    static void publishASmallSite() {
        TestSite site = TestSite.create(template).standardPages()
                .news("2023-09-26-good", "Good item", "energy")
                .picture("assets/img/news/plant.jpg", 640, 480);
        Run good = site.cli("build");
        assertThat(good.exitCode()).as(good.err()).isZero();
        published = TestSite.hashes(site.output());
        targetFolder = listing(template.resolve("target"));
    }

    /** Every file of the folder but the expectations, by name, with what it must give. */
    static Stream<Case> cases() {
        Map<String, String> expected = expectations();
        try (Stream<Path> files = Files.list(CASES)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> !name.equals(EXPECTED)).sorted()
                    .map(name -> new Case(name, expected.get(name))).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One bad file and the diagnostic it must give: {@code line:col code}. */
    record Case(String file, String expected) {
        @Override
        public String toString() {
            return file;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedWithADiagnosticAndLeavesThePublishedSiteAsItWas(Case bad, @TempDir Path dir) throws IOException {
        assertThat(bad.expected()).as("%s has no line in %s", bad.file(), EXPECTED).isNotNull();
        TestSite.copyTree(template, dir);
        String source = placed(bad.file());
        Path file = dir.resolve(source);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes(CASES.resolve(bad.file())));

        Run run = assertTimeoutPreemptively(BOUND, () -> Run.of("build", "--project", dir.toString()), bad.file() + " did not finish in " + BOUND);

        String[] where = bad.expected().split(" ");
        String wanted = source + ":" + where[0] + ": error [" + where[1] + "] ";
        List<String> lines = Arrays.asList(run.err().split("\n"));
        assertThat(run.exitCode()).as("%s: exit code; stderr:%n%s", bad.file(), run.err()).isEqualTo(1);
        assertThat(run.out() + run.err()).as("%s: a stack trace or internal error", bad.file()).doesNotContainPattern(STACK_TRACE);
        assertThat(run.out()).as("%s: stdout", bad.file()).isEmpty();
        assertThat(lines.get(lines.size() - 1)).as("%s: the last line", bad.file()).startsWith("portal: ").endsWith(FOOTER);
        assertThat(lines.subList(0, lines.size() - 1)).as("%s: every line a diagnostic with a hint", bad.file()).allMatch(line -> DIAGNOSTIC.matcher(line).matches());
        assertThat(lines).as("%s: the expected diagnostic", bad.file()).anyMatch(line -> line.startsWith(wanted));
        assertThat(TestSite.hashes(dir.resolve("target/site"))).as("%s: the published site", bad.file()).isEqualTo(published);
        assertThat(listing(dir.resolve("target"))).as("%s: nothing left beside the site", bad.file()).isEqualTo(targetFolder);
    }

    @Test
    void theFolderHoldsACaseForEveryLineOfItsExpectations() {
        List<String> files = cases().map(Case::file).toList();

        assertThat(files).hasSizeGreaterThanOrEqualTo(40);
        assertThat(files).containsAll(expectations().keySet());
    }

    /** Where a case's file goes in the site: {@code page-…} in content/pages/, anything else in content/news/2024/; {@code .gz} unpacked. */
    static String placed(String name) {
        String unpacked = name.endsWith(".gz") ? name.substring(0, name.length() - ".gz".length()) : name;
        return (name.startsWith("page-") ? "content/pages/" : "content/news/2024/") + unpacked;
    }

    /** A case's bytes, unpacked when it is gzipped. */
    static byte[] bytes(Path file) throws IOException {
        if (!file.toString().endsWith(".gz")) {
            return Files.readAllBytes(file);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    /** File → {@code line:col code}, from the lines of expected.txt that are not comments. */
    private static Map<String, String> expectations() {
        Map<String, String> expected = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(CASES.resolve(EXPECTED), StandardCharsets.UTF_8)) {
                String[] columns = line.strip().split("\\s+");
                if (!line.isBlank() && !line.startsWith("#")) {
                    expected.put(columns[0], columns[1] + " " + columns[2]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return expected;
    }

    private static List<String> listing(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
