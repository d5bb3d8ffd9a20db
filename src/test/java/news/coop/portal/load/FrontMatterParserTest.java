package news.coop.portal.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.diag.DiagnosticException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.Constructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Pins the split of a source into {@code ---} front matter and body, the file positions of its keys and
 * list items (what every field diagnostic points at), and the refusal of every malformed or hostile
 * front matter with a diagnostic at the right place in the file.
 */
class FrontMatterParserTest {
    private static final String PATH = "content/news/2023/2023-09-26-x.md";
    private static final String ITEM = """
            ---
            title: Roads
            areas:
              - energy
              - roads
            regions: [leningrad-region, tatarstan]
            ---
            First paragraph.

            Second paragraph.
            """;

    private final FrontMatterParser parser = new FrontMatterParser();

    @TempDir
    Path dir;

    @Test
    void splitsFrontMatterFromTheBody() throws Exception {
        FrontMatterParser.Split split = parse(ITEM);

        assertThat(split.frontMatter().fields()).containsOnlyKeys("title", "areas", "regions");
        assertThat(split.frontMatter().fields().keySet()).containsExactly("title", "areas", "regions");
        assertThat(split.body()).isEqualTo("First paragraph.\n\nSecond paragraph.\n");
        assertThat(split.bodyFirstLine()).isEqualTo(8);
        assertThat(split.frontMatter().openingLine()).isEqualTo(1);
        assertThat(split.frontMatter().path()).isEqualTo(PATH);
    }

    @Test
    void givesTheFileLineAndColumnOfKeysAndValues() throws Exception {
        FrontMatter frontMatter = parse(ITEM).frontMatter();
        Field title = frontMatter.field("title").orElseThrow();

        assertThat(position(frontMatter, title.keyNode())).isEqualTo("2:1");
        assertThat(position(frontMatter, title.value())).isEqualTo("2:8");
        assertThat(((ScalarNode) title.value()).getValue()).isEqualTo("Roads");
    }

    @Test
    void givesTheFileLineAndColumnOfEachListItem() throws Exception {
        FrontMatter frontMatter = parse(ITEM).frontMatter();
        List<Node> areas = ((SequenceNode) frontMatter.field("areas").orElseThrow().value()).getValue();
        List<Node> regions = ((SequenceNode) frontMatter.field("regions").orElseThrow().value()).getValue();

        assertThat(position(frontMatter, areas.get(0))).isEqualTo("4:5");
        assertThat(position(frontMatter, areas.get(1))).isEqualTo("5:5");
        assertThat(position(frontMatter, regions.get(1))).isEqualTo("6:29");
    }

    @Test
    void anEmptyFrontMatterHasNoFields() throws Exception {
        FrontMatterParser.Split split = parse("---\n---\nBody\n");

        assertThat(split.frontMatter().fields()).isEmpty();
        assertThat(split.body()).isEqualTo("Body\n");
        assertThat(split.bodyFirstLine()).isEqualTo(3);
    }

    @Test
    void aClosingFenceOnTheLastLineLeavesAnEmptyBody() throws Exception {
        FrontMatterParser.Split split = parse("---\ntitle: x\n---");

        assertThat(split.body()).isEmpty();
        assertThat(split.frontMatter().fields()).containsOnlyKeys("title");
    }

    @Test
    void windowsLineEndsAndAByteOrderMarkGiveTheSameFieldsAndLines() throws Exception {
        Map<String, String> lf = outline(parse(read(ITEM.getBytes(StandardCharsets.UTF_8))));
        byte[] crlf = ITEM.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] bomCrlf = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, crlf);

        assertThat(lf).containsEntry("areas[1]", "5:5 roads").containsEntry("body", "8 First paragraph.\n\nSecond paragraph.\n");
        assertThat(outline(parse(read(crlf)))).isEqualTo(lf);
        assertThat(outline(parse(read(bomCrlf)))).isEqualTo(lf);
    }

    @Test
    void anEmptyFileIsReportedOnItsFirstLine() {
        for (String empty : List.of("", "\n\n", "   ")) {
            Diagnostic diagnostic = failure(empty);

            assertThat(diagnostic.code()).isEqualTo("frontmatter.missing");
            assertThat(diagnostic.message()).isEqualTo("the file is empty");
            assertThat(diagnostic.line()).isEqualTo(1);
        }
    }

    @Test
    void aFileWithoutFrontMatterIsReported() {
        Diagnostic diagnostic = failure("# Roads\n\ntitle: Roads\n");

        assertThat(diagnostic.toString()).startsWith(PATH + ":1:1: error [frontmatter.missing] the file does not start with front matter — ");
    }

    @Test
    void anUnterminatedFrontMatterIsReported() {
        Diagnostic diagnostic = failure("---\ntitle: Roads\n\nThe body, with no closing fence.\n");

        assertThat(diagnostic.code()).isEqualTo("frontmatter.unterminated");
        assertThat(diagnostic.line()).isEqualTo(1);
        assertThat(diagnostic.hint()).contains("\"---\"");
    }

    @Test
    void aYamlSyntaxErrorPointsAtTheProblemInTheFile() {
        // YAML line 2 is file line 3 (after the opening fence); the second ':' is in column 11.
        Diagnostic diagnostic = failure("---\ntitle: Roads\nsummary: a: b\n---\nBody\n");

        assertThat(diagnostic.code()).isEqualTo("yaml.syntax");
        assertThat(diagnostic.line()).isEqualTo(3);
        assertThat(diagnostic.column()).isEqualTo(11);
        assertThat(diagnostic.message()).isEqualTo("not valid YAML: mapping values are not allowed here");
    }

    @Test
    void aYamlSyntaxErrorInAWindowsFileIsOnTheSameLine() throws Exception {
        Path file = dir.resolve("crlf.md");
        Files.writeString(file, "---\r\ntitle: Roads\r\nsummary: a: b\r\n---\r\n", StandardCharsets.UTF_8);
        SourceText source = SourceText.read(file, PATH);

        Diagnostic diagnostic = diagnosticOf(() -> parser.parse(source));

        assertThat(diagnostic.line()).isEqualTo(3);
        assertThat(diagnostic.column()).isEqualTo(11);
    }

    @Test
    void aFrontMatterThatIsNotKeysAndValuesIsReported() {
        Diagnostic list = failure("---\n- Roads\n- Energy\n---\n");
        Diagnostic sentence = failure("---\nJust a sentence.\n---\n");

        assertThat(list.code()).isEqualTo("yaml.not-a-map");
        assertThat(list.line()).isEqualTo(2);
        assertThat(list.column()).isEqualTo(1);
        assertThat(sentence.code()).isEqualTo("yaml.not-a-map");
    }

    @Test
    void aDuplicateKeyIsReportedWhereItIsRepeatedAndNamesTheFirstLine() {
        Diagnostic diagnostic = failure("---\ntitle: A\ndate: 2023-09-26\ntitle: B\n---\n");

        assertThat(diagnostic).hasToString(PATH + ":4:1: error [yaml.duplicate-key] the field \"title\" is given twice (first on line 2) — keep one of them");
    }

    @Test
    void aBillionLaughsAliasBombIsRejectedQuickly() {
        StringBuilder yaml = new StringBuilder("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char name = 'b'; name <= 'i'; name++) {
            String previous = "*" + (char) (name - 1);
            yaml.append(name).append(": &").append(name).append(" [")
                    .append(String.join(",", Collections.nCopies(9, previous))).append("]\n");
        }
        yaml.append("---\nBody\n");

        // Only a guard against a hang: the assertion is the diagnostic.
        Diagnostic diagnostic = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> failure(yaml.toString()));

        // The 21st alias: the third on the line of "d".
        assertThat(diagnostic).hasToString(PATH + ":5:14: error [yaml.aliases] more than 20 aliases (*name) in one text"
                + " — write the values out in full, without &anchors and *aliases");
    }

    @Test
    void nestingDeeperThanTwentyLevelsIsRefusedWhereItGoesTooDeep() {
        Diagnostic diagnostic = failure("---\ntitle: Roads\nregions: " + "[".repeat(100) + "]".repeat(100) + "\n---\n");

        // The front matter's fields are the first level, so the 20th bracket opens the 21st.
        assertThat(diagnostic).hasToString(PATH + ":3:29: error [yaml.too-deep] lists and fields are nested more than 20 levels deep"
                + " — write each field as \"key: value\", and a list as [a, b]");
    }

    @Test
    void aTabThatIndentsIsNamed() {
        Diagnostic diagnostic = failure("---\nareas:\n\t- energy\n---\n");

        assertThat(diagnostic).hasToString(PATH + ":3:1: error [yaml.syntax] not valid YAML: a tab indents this line — indent with spaces: YAML does not allow tabs");
    }

    @Test
    void aGlobalTagIsRefusedWhereItStandsAndInstantiatesNothing() {
        Diagnostic scriptEngine = failure("""
                ---
                title: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://localhost:1/"]]]]
                ---
                """);
        Diagnostic tripwire = failure("---\ntitle: Roads\nsummary: !!news.coop.portal.load.FrontMatterParserTest$Tripwire []\n---\n");

        assertThat(scriptEngine).hasToString(PATH + ":2:8: error [yaml.tag] the tag !!javax.script.ScriptEngineManager is not allowed"
                + " — remove it: front matter and data hold plain text, numbers, dates, lists and fields");
        assertThat(tripwire.code()).isEqualTo("yaml.tag");
        assertThat(tripwire.line()).isEqualTo(3);
        assertThat(Tripwire.CONSTRUCTED).hasValue(0);
    }

    @Test
    void aLocalTagIsRefusedAndTheTagsOfYamlsOwnTypesAreNot() throws Exception {
        Diagnostic local = failure("---\ntitle: !custom Roads\n---\n");
        FrontMatter typed = parse("---\ntitle: !!str Roads\nareas: !!seq [energy]\n---\n").frontMatter();

        assertThat(local).hasToString(PATH + ":2:8: error [yaml.tag] the tag !custom is not allowed"
                + " — remove it: front matter and data hold plain text, numbers, dates, lists and fields");
        assertThat(((ScalarNode) typed.field("title").orElseThrow().value()).getValue()).isEqualTo("Roads");
    }

    @Test
    void theTripwireDoesFireWhenYamlIsConstructedIntoObjects() {
        // Control for the test above: a loader that builds objects from tags would construct it.
        LoaderOptions options = new LoaderOptions();
        options.setTagInspector(tag -> true);
        int before = Tripwire.CONSTRUCTED.get();

        new Yaml(new Constructor(options)).load("!!news.coop.portal.load.FrontMatterParserTest$Tripwire {}");

        assertThat(Tripwire.CONSTRUCTED.get()).isEqualTo(before + 1);
        Tripwire.CONSTRUCTED.set(before);
    }

    /** A class whose construction is counted: no front matter may ever create it. */
    public static final class Tripwire {
        static final AtomicInteger CONSTRUCTED = new AtomicInteger();

        public Tripwire() {
            CONSTRUCTED.incrementAndGet();
        }
    }

    private FrontMatterParser.Split parse(String text) throws DiagnosticException {
        return parser.parse(new SourceText(PATH, text));
    }

    private FrontMatterParser.Split parse(SourceText source) throws DiagnosticException {
        return parser.parse(source);
    }

    private SourceText read(byte[] bytes) throws Exception {
        Path file = dir.resolve("item.md");
        Files.write(file, bytes);
        return SourceText.read(file, PATH);
    }

    private Diagnostic failure(String text) {
        return diagnosticOf(() -> parse(text));
    }

    private static Diagnostic diagnosticOf(Executable parse) {
        Throwable thrown = catchThrowable(parse::execute);
        assertThat(thrown).isInstanceOf(DiagnosticException.class);
        return ((DiagnosticException) thrown).diagnostic();
    }

    private static String position(FrontMatter frontMatter, Node node) {
        return frontMatter.line(node) + ":" + frontMatter.column(node);
    }

    /** Every key and list item with its file position and value, plus the body: what a later stage sees. */
    private static Map<String, String> outline(FrontMatterParser.Split split) {
        Map<String, String> outline = new LinkedHashMap<>();
        FrontMatter frontMatter = split.frontMatter();
        frontMatter.fields().forEach((key, field) -> {
            outline.put(key, position(frontMatter, field.keyNode()));
            if (field.value() instanceof ScalarNode scalar) {
                outline.put(key + "=", position(frontMatter, scalar) + " " + scalar.getValue());
            } else if (field.value() instanceof SequenceNode sequence) {
                for (int i = 0; i < sequence.getValue().size(); i++) {
                    ScalarNode item = (ScalarNode) sequence.getValue().get(i);
                    outline.put(key + "[" + i + "]", position(frontMatter, item) + " " + item.getValue());
                }
            }
        });
        outline.put("body", split.bodyFirstLine() + " " + split.body());
        return outline;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] bytes = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, bytes, first.length, second.length);
        return bytes;
    }
}
