package news.coop.portal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import news.coop.portal.TestSite;
import news.coop.portal.TestSite.Run;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sources that look broken but are not, one file a case, in {@code src/test/resources/accepted-input/}:
 * what authors on Windows save (a byte-order mark, CRLF, old Mac and mixed line ends), a file that is
 * only front matter, text pasted from a word processor, every script and emoji, lists nested ten levels
 * deep, and the longest item the limits allow. All of them in one site build (exit 0) into pages with
 * the title {@code expected.txt} gives, and with the warnings it gives on the lines it gives; the files
 * that differ from {@code reference-lf.md} only in line ends and byte-order mark publish the same text.
 * The broken ones are in {@code bad-input/}: {@link BadInputTest}.
 */
class AcceptedInputTest {
    private static final Path CASES = Path.of("src/test/resources/accepted-input");
    private static final String REFERENCE = "reference-lf.md";

    @TempDir
    static Path root;
    private static TestSite site;
    private static Run build;

    @BeforeAll
    static void buildEveryCaseInOneSite() throws IOException {
        site = TestSite.create(root).standardPages().news("2023-09-26-good", "Good item", "energy");
        for (Case accepted : cases().toList()) {
            Path file = root.resolve(BadInputTest.placed(accepted.file()));
            Files.createDirectories(file.getParent());
            Files.write(file, BadInputTest.bytes(CASES.resolve(accepted.file())));
        }
        // --verbose: each case's warnings are read off its own lines, also those of a code found on many cases.
        build = site.cli("build", "--verbose");
    }

    /** One file of the folder: its warnings ({@code line:col code}) and its title. */
    record Case(String file, List<String> warnings, String title) {
        @Override
        public String toString() {
            return file;
        }

        /** The page it is published on: English news items of 2024-01-10, named by their file. */
        String url() {
            String name = BadInputTest.placed(file).substring("content/news/2024/".length());
            return "/en/news/2024/01/" + name.substring(0, name.length() - ".md".length()) + "/";
        }
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(CASES.resolve("expected.txt"), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\\|");
                String warnings = columns[1].strip();
                cases.add(new Case(columns[0].strip(), warnings.equals("-") ? List.of() : List.of(warnings.split("\\s*,\\s*")), columns[2].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases.stream();
    }

    @Test
    void theSiteOfEveryCaseBuilds() {
        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(build.out() + build.err()).doesNotContainPattern("\\b\\w+(Exception|Error)\\b|internal error");
        assertThat(build.err().lines().filter(line -> !line.isBlank()))
                .as("every line a warning about a case, with its hint")
                .allMatch(line -> line.matches("content/news/2024/[^:]+:\\d+:\\d+: warning \\[[a-z0-9._-]+\\] .+ — .+"));
    }

    @Test
    void theFolderHoldsExactlyTheCasesOfItsExpectations() throws IOException {
        try (Stream<Path> files = Files.list(CASES)) {
            assertThat(files.map(file -> file.getFileName().toString()).filter(name -> !name.equals("expected.txt")))
                    .containsExactlyInAnyOrderElementsOf(cases().map(Case::file).toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isPublishedWithItsTitleAndWarnings(Case accepted) {
        assertThat(build.exitCode()).as(build.err()).isZero();
        Document page = site.page(accepted.url());
        String source = BadInputTest.placed(accepted.file());

        assertThat(page.selectFirst("h1").wholeText()).as(accepted.file()).isEqualTo(accepted.title());
        assertThat(site.text(accepted.url())).as(accepted.file()).doesNotContain("\uFEFF", "\r");
        List<String> warnings = build.err().lines().filter(line -> line.startsWith(source + ":"))
                .map(line -> line.substring(source.length() + 1).replaceFirst(": warning \\[([^]]+)\\].*", " $1")).toList();
        assertThat(warnings).as(accepted.file()).isEqualTo(accepted.warnings());
    }

    @ParameterizedTest
    @ValueSource(strings = {"crlf.md", "cr-only.md", "mixed-line-ends.md", "bom.md", "bom-crlf.md"})
    void lineEndsAndAByteOrderMarkChangeNothingInTheText(String file) {
        Case variant = cases().filter(accepted -> accepted.file().equals(file)).findFirst().orElseThrow();
        Case reference = cases().filter(accepted -> accepted.file().equals(REFERENCE)).findFirst().orElseThrow();

        assertThat(site.page(variant.url()).selectFirst(".prose").html()).isEqualTo(site.page(reference.url()).selectFirst(".prose").html());
        assertThat(variant.warnings()).isEqualTo(reference.warnings());
    }
}
