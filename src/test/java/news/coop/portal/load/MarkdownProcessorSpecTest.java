package news.coop.portal.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every example of {@code src/test/resources/spec/markdown.md}, in the shape of flexmark's and
 * CommonMark's spec files: a fence line {@code ```...``` example <lang> <name>}, the Markdown, a line
 * {@code .}, the expected HTML, and a closing fence of 32 backticks. This pins the HTML readers get
 * from the Markdown features the portal enables; a failure names {@code spec/markdown.md:LINE}.
 */
class MarkdownProcessorSpecTest {
    private static final String SPEC = "spec/markdown.md";
    private static final String FENCE = "`".repeat(32);
    private static final String SOURCE = "content/news/2024/2024-01-01-y.md";
    private static final Map<String, String> PUBLISHED = Map.of("content/news/2023/2023-09-26-x.md", "/en/news/2023/09/x/");

    private static final MarkdownProcessor PROCESSOR = new MarkdownProcessor();

    /** One example of the spec file; {@code line} is the 1-based line of its opening fence. */
    record Example(int line, String lang, String name, String markdown, String html) {
        @Override
        public String toString() {
            return SPEC + ":" + line + " " + lang + " " + name;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void rendersAsTheSpecSays(Example example) throws Exception {
        String html = PROCESSOR.renderer(example.lang(), PUBLISHED).render(PROCESSOR.read(example.markdown(), SOURCE, 1, example.lang()).markdown());

        assertThat(html).as("%s:%d (%s %s)", SPEC, example.line(), example.lang(), example.name()).isEqualTo(example.html());
    }

    static Stream<Example> examples() {
        List<String> lines = specLines();
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.startsWith(FENCE + " example ")) {
                continue;
            }
            int start = i + 1;
            String[] words = line.substring(FENCE.length()).trim().split(" ");
            if (words.length != 3) {
                throw new IllegalStateException(SPEC + ":" + start + ": expected \"" + FENCE + " example <lang> <name>\"");
            }
            StringBuilder markdown = new StringBuilder();
            for (i++; i < lines.size() && !lines.get(i).equals("."); i++) {
                markdown.append(lines.get(i)).append('\n');
            }
            StringBuilder html = new StringBuilder();
            for (i++; i < lines.size() && !lines.get(i).equals(FENCE); i++) {
                html.append(lines.get(i)).append('\n');
            }
            if (i >= lines.size()) {
                throw new IllegalStateException(SPEC + ":" + start + ": the example is not closed by a \".\" line and a line of 32 backticks");
            }
            examples.add(new Example(start, words[1], words[2], markdown.toString(), html.toString()));
        }
        if (examples.isEmpty()) {
            throw new IllegalStateException(SPEC + " holds no examples");
        }
        return examples.stream();
    }

    private static List<String> specLines() {
        try (InputStream in = MarkdownProcessorSpecTest.class.getClassLoader().getResourceAsStream(SPEC)) {
            if (in == null) {
                throw new IllegalStateException(SPEC + " is not on the test class path");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
