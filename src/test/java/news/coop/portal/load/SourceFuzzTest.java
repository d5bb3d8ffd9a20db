package news.coop.portal.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import news.coop.portal.TestSite;
import news.coop.portal.XssCorpus;
import news.coop.portal.author.Workspace;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.diag.DiagnosticException;
import news.coop.portal.diag.Diagnostics;
import news.coop.portal.refine.RefineChain;
import news.coop.portal.refine.RefineContext;
import news.coop.portal.validate.SourceValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random sources, thousands of them, through what the build does with one: decoding, the front-matter
 * split and YAML, Markdown within its limits, validation, and the refine steps of a body that validated.
 * Whatever comes in (YAML's special characters, anchors, aliases and tags, any indentation, Markdown
 * syntax and raw HTML in every combination, deep nesting, Unicode, control characters, bytes that are
 * not text), what comes out is a document or diagnostics: never another exception, and never a body in
 * which something could run. Every diagnostic is one line, names
 * the file, has a hint when it is an error, and points at a line the file has.
 *
 * <p>Each run starts from a new random seed. A failure names the seed of the input that failed and shows
 * that input cut down to the lines it needs; {@code -Dfuzz.seed=SEED -Dfuzz.tries=1} replays it. Keep a
 * case worth keeping as a file in {@code src/test/resources/bad-input/}.
 */
class SourceFuzzTest {
    private static final String NEWS = "content/news/2024/2024-01-10-fuzz.md";
    private static final String PAGE = "content/pages/fuzz.en.md";
    private static final List<String> VALID = List.of("title: Roads and energy", "date: 2024-01-10T10:00:00+03:00",
            "lead: Belarus and the region agree on roads.", "areas: [energy, roads]", "regions: [leningrad-region]", "lang: en");
    private static final List<String> KEYS = List.of("title", "date", "updated", "lead", "areas", "regions", "lang", "status", "slug",
            "translation", "image", "image_alt", "image_caption", "image_credit", "image_decorative", "tags", "<<", "? x", "- a");
    private static final List<String> LINES = List.of("  - energy", "  - [a, b]", "- x", "  nested: value", "a: &a [x, y]", "b: *a", "<<: *a",
            "? complex", ": value", "...", "#", "\t- tab", "", "---", "key: |", "  block", "key: >-", "%YAML 1.1", "%TAG ! tag:example.org,2000:");
    private static final List<String> VALUES = List.of("2023-09-26T13:00:00+03:00", "2023-02-30", "2023-09-26 13:00", "2024-01-10", "10 January",
            "+99999-01-01T00:00:00Z", "-0005-01-01T00:00:00Z", "[energy, roads]", "[enrgy]", "energy", "[]", "[[energy]]", "[energy, energy]",
            "en", "ru", "be", "xx", "draft", "published", "roads-and-energy", "../x", "/etc/passwd", "\"a\\x07b\\e[2J\"", "'quoted'",
            "\"\\u202Eevil\"", "|", ">", "null", "~", "true", "yes", "12", "1e3", "0x1F", "!!str x", "!!binary aGk=", "!x y",
            "!!javax.script.ScriptEngineManager []", "&a [x]", "*a", "*missing", "{a: b}", "[[[[[[[[[[[[[[[[[[[[[[[x]]]]]]]]]]]]]]]]]]]]]]",
            "\"unterminated", "'", "#comment", "/img/news/plant.jpg", "plant.jpg", "/img/%2e%2e/%2e%2e/x.jpg", "/img/50%off.jpg", "/img/%zz.jpg",
            "https://example.org/x.jpg", "C:\\photo.jpg", "../../../../etc/hosts.jpg", "");
    /** Addresses of pictures and links, good and bad, for {@code image:} and for {@code ![…](…)} and {@code […](…)}. */
    private static final List<String> ADDRESSES = List.of("plant.jpg", "/img/news/plant.jpg", "/img/news/missing.jpg", "/img/50%off.jpg",
            "/img/%zz.jpg", "/img/100%", "/img/%2e%2e/%2e%2e/%2e%2e/etc/hosts.jpg", "/img/news/plant.jpg?v=1#x", "../2023/x.md", "x.md#part",
            "../../../../../../etc/hosts.jpg", "/../../etc/passwd", "C:\\Users\\x.jpg", "javascript:alert(1)", "", "#fragment",
            "mailto:a@b.org", "//host/x.jpg", "https://example.org/x.jpg", "data:image/png;base64,AAAA", "file:///etc/passwd", "<plant.jpg>",
            "plant.jpg \"Caption\"", "/img/news/plant.jpg 'Caption'", "/img/news/пл ант.jpg", "%", "/img/news/plant.jpg\"");
    private static final String SYMBOLS = ":-#&*!|>'\"%@`{}[],?\\ \t~_^=+<";
    private static final List<String> SPECIAL = List.of("\u0000", "\u0007", "\u000B", "\u000C", "\u001B", "\u007F", "\u0085", "\u0096", "\u00A0",
            "\u00AD", "\u200B", "\u2028", "\u2029", "\u202E", "\uFEFF", "\uFFFD", "\uD800", "😀", "🇧🇾", "👍🏽", "é", "й", "ש", "\r");
    private static final List<String> SYNTAX = List.of("# ", "## ", "#### ", "- ", "* ", "+ ", "1. ", "2) ", "> ", "*", "**", "_", "__", "~~", "`",
            "```", "~~~", "    ", "[", "]", "(", ")", "![", "](", "](plant.jpg)", "](/img/news/plant.jpg \"Caption\")", "](../2023/x.md)",
            "](https://example.org)", "](javascript:alert(1))", "](/img/%2e%2e/%2e%2e/etc/hosts.jpg)", "](/img/50%off.jpg)", "](C:\\x.jpg)",
            "{#id}", "{.decorative}", "{credit=\"BelTA\"}", "{onclick=x}", "{lang=ru}", "{", "}", "<b>", "</b>", "<script>", "<!--", "&amp;",
            "<img src=x onerror=alert(1)>", "<iframe src=\"https://example.org/x\">", "<a href=\"jav&#x09;ascript:x\">", "<style>", "</p>",
            "<svg><script>", "<details open ontoggle=x>", "<math><mtext><table><mglyph><style><img src=x>", "<td>", "<font color=red>",
            "style=\"x:expression(1)\"", "<div style=\"background:url(javascript:x)\">",
            "&#0;", "&#x110000;", "|", "| a | b |\n|---|---|\n", ":---:", "---", "***", "[^1]", "[^1]: note", "[x]: /url", "http://x.org",
            "www.example.org", "a@b.org", "\"", "'", "--", "...", "\\", "  \n", "\t");
    private static final List<String> WORDS = List.of("Minsk", "roads", "energy", "Беларусь", "дорог", "Магілёў", "co-operation", "2024", "a", "x");
    private static final List<String> REPEATED = List.of("- ", "> ", "1. ", "*a ", "[", "](u)", "![", "~~a ", "**", "`", "  ");

    private static ContentLoader loader;
    private static SourceValidator validator;
    private static Workspace workspace;

    @BeforeAll
    static void aSite(@TempDir Path root) throws Exception {
        TestSite.create(root).picture("assets/img/news/plant.jpg", 16, 16).picture("content/news/2024/plant.jpg", 16, 16);
        workspace = Workspace.open(root);
        loader = new ContentLoader(workspace.config(), new MarkdownProcessor());
        validator = new SourceValidator(workspace.config(), workspace.areas(), workspace.regions());
    }

    @Test
    void aNewsItemGivesAnItemOrDiagnosticsAndNeverAnException() {
        fuzz(2500, random -> (frontMatter(random) + markdown(random)).replace("\n", pick(random, List.of("\n", "\n", "\r\n", "\r"))),
                text -> check(NEWS, text.getBytes(StandardCharsets.UTF_8), true));
    }

    @Test
    void aPageGivesAPageOrDiagnosticsAndNeverAnException() {
        fuzz(500, random -> frontMatter(random) + markdown(random), text -> check(PAGE, text.getBytes(StandardCharsets.UTF_8), false));
    }

    @Test
    void bytesThatAreNotTextGiveDiagnosticsAndNeverAnException() {
        fuzz(1000, SourceFuzzTest::bytes, text -> check(NEWS, text.getBytes(StandardCharsets.ISO_8859_1), true));
    }

    /**
     * Runs {@code check} on {@code tries} inputs, each made from a seed of its own; on the first failure,
     * fails naming the seed and the input cut down to the lines it needs.
     */
    private static void fuzz(int tries, Function<Random, String> input, java.util.function.Consumer<String> check) {
        Long given = Long.getLong("fuzz.seed");
        long first = given != null ? given : new Random().nextLong();
        int count = Integer.getInteger("fuzz.tries", tries);
        for (int i = 0; i < count; i++) {
            long seed = first + i;
            String text = input.apply(new Random(seed));
            Throwable failure = failure(check, text);
            if (failure != null) {
                String shrunk = shrink(check, text);
                throw new AssertionError("seed " + seed + " (replay: -Dfuzz.seed=" + seed + " -Dfuzz.tries=1) failed with " + failure(check, shrunk)
                        + "\non this input, cut down to the lines it needs:\n" + visible(shrunk), failure);
            }
        }
    }

    private static Throwable failure(java.util.function.Consumer<String> check, String text) {
        try {
            check.accept(text);
            return null;
        } catch (RuntimeException | AssertionError | StackOverflowError e) {
            return e;
        }
    }

    /**
     * The input cut down to what it still fails with: without each line it does not need, then without
     * each run of characters it does not need, halving the runs down to single characters (at most
     * {@value #SHRINK_TRIES} tries).
     */
    private static String shrink(java.util.function.Consumer<String> check, String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("(?<=\n)")));
        int tries = 0;
        for (int i = lines.size() - 1; i >= 0 && tries < SHRINK_TRIES; i--, tries++) {
            List<String> without = new ArrayList<>(lines);
            without.remove(i);
            if (failure(check, String.join("", without)) != null) {
                lines = without;
            }
        }
        String shrunk = String.join("", lines);
        for (int run = shrunk.length() / 2; run >= 1 && tries < SHRINK_TRIES; run /= 2) {
            for (int start = 0; start + run <= shrunk.length() && tries < SHRINK_TRIES; tries++) {
                String without = shrunk.substring(0, start) + shrunk.substring(start + run);
                if (failure(check, without) != null) {
                    shrunk = without;
                } else {
                    start += run;
                }
            }
        }
        return shrunk;
    }

    private static final int SHRINK_TRIES = 3000;

    /** Text with what cannot be seen written as {@code <U+XXXX>}, and each line end kept. */
    private static String visible(String text) {
        StringBuilder shown = new StringBuilder();
        text.chars().forEach(c -> shown.append(c == '\n' ? "\\n\n" : c < 0x20 || c >= 0x7F && c <= 0x9F || c >= 0xD800 && c <= 0xDFFF
                ? String.format("<U+%04X>", c) : String.valueOf((char) c)));
        return shown.toString();
    }

    private static void check(String path, byte[] bytes, boolean news) {
        Diagnostics diagnostics = new Diagnostics();
        int lines = Integer.MAX_VALUE - 1;
        try {
            SourceText text = SourceText.decode(bytes, path);
            lines = text.text().split("\n", -1).length;
            ParsedSource parsed = loader.parse(text);
            Optional<?> document = news ? validator.news(parsed, diagnostics) : validator.page(parsed, diagnostics);
            if (document.isPresent()) {
                String html = RefineChain.body(parsed.rendered().html(Map.of()), new RefineContext(workspace.config(), "en/news/2024/01/fuzz/index.html", path, diagnostics));
                // Whatever raw HTML the text held, nothing in it can run.
                Element body = Jsoup.parseBodyFragment(html).body();
                assertThat(XssCorpus.activeContent(body, path)).isEmpty();
                assertThat(XssCorpus.notInText(body, path)).isEmpty();
            }
        } catch (DiagnosticException e) {
            diagnostics.add(e.diagnostic());
        }
        for (Diagnostic diagnostic : diagnostics.sorted()) {
            assertThat(diagnostic.toString()).as("one line").doesNotContain("\n", "\r");
            assertThat(diagnostic.path()).isEqualTo(path);
            assertThat(diagnostic.code()).matches("[a-z0-9._-]+");
            assertThat(diagnostic.line()).as(diagnostic.toString()).isBetween(0, lines + 1);
            assertThat(diagnostic.column()).as(diagnostic.toString()).isNotNegative();
            if (diagnostic.isError()) {
                assertThat(diagnostic.hint()).as(diagnostic.toString()).isNotBlank();
            }
        }
    }

    /** A front matter: mostly the valid one with fields dropped, changed or added, in fences that are sometimes wrong. */
    private static String frontMatter(Random random) {
        List<String> lines = new ArrayList<>();
        for (String line : VALID) {
            int fate = random.nextInt(10);
            if (fate < 7) {
                lines.add(line);
            } else if (fate < 9) {
                lines.add(line.substring(0, line.indexOf(':') + 2) + value(random));
            }
        }
        for (int extra = random.nextInt(7); extra > 0; extra--) {
            lines.add(random.nextInt(lines.size() + 1), switch (random.nextInt(10)) {
                case 0, 1 -> text(random, 30);
                case 2 -> pick(random, LINES);
                case 3 -> "image: " + pick(random, ADDRESSES) + "\nimage_alt: " + value(random);
                default -> (random.nextInt(12) == 0 ? pick(random, List.of(" ", "  ", "\t", "    ")) : "") + pick(random, KEYS) + ": " + value(random);
            });
        }
        String open = pick(random, List.of("---\n", "---\n", "---\n", "---\n", "---\n", "---\n", "---\n", "", "--- \n", "----\n"));
        String close = pick(random, List.of("---\n", "---\n", "---\n", "---\n", "---\n", "---\n", "---\n", "---", "", "...\n", "--- x\n"));
        return open + String.join("\n", lines) + (lines.isEmpty() ? "" : "\n") + close;
    }

    /** A value: a telling example, or random text heavy in YAML's special characters. */
    private static String value(Random random) {
        return random.nextInt(5) < 3 ? pick(random, VALUES) : text(random, 40);
    }

    /** Text of pieces that break things: letters, YAML and Markdown symbols, Unicode, controls. */
    private static String text(Random random, int pieces) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(pieces + 1); i > 0; i--) {
            int kind = random.nextInt(8);
            if (kind < 4) {
                text.append(pick(random, WORDS));
            } else if (kind < 7) {
                text.append(SYMBOLS.charAt(random.nextInt(SYMBOLS.length())));
            } else {
                text.append(pick(random, SPECIAL));
            }
        }
        return text.toString();
    }

    /** A body: Markdown syntax, words and line ends in any order, now and then one piece repeated many times. */
    private static String markdown(Random random) {
        StringBuilder body = new StringBuilder();
        for (int i = random.nextInt(121); i > 0; i--) {
            int kind = random.nextInt(14);
            body.append(kind < 4 ? pick(random, SYNTAX) : kind < 5 ? link(random) : kind < 9 ? pick(random, WORDS) + " "
                    : kind < 12 ? pick(random, List.of("\n", "\n\n", " ")) : kind < 13 ? text(random, 6) : pick(random, REPEATED).repeat(2 + random.nextInt(79)));
        }
        return body.toString();
    }

    /** A picture or a link, whole: text, an address from {@link #ADDRESSES}, and now and then attributes. */
    private static String link(Random random) {
        return (random.nextBoolean() ? "![" : "[") + (random.nextInt(4) == 0 ? "" : text(random, 4)) + "](" + pick(random, ADDRESSES) + ")"
                + (random.nextInt(3) == 0 ? pick(random, List.of("{credit=\"BelTA\"}", "{.decorative}", "{#id .class}", "{credit=}", "{onclick=x}")) : "");
    }

    /** Bytes, as ISO-8859-1 text (one character a byte): any, or a valid item with some of its bytes changed. */
    private static String bytes(Random random) {
        byte[] bytes;
        if (random.nextBoolean()) {
            bytes = new byte[random.nextInt(401)];
            random.nextBytes(bytes);
        } else {
            bytes = ("---\n" + String.join("\n", VALID) + "\n---\nТекст и *текст*.\n").getBytes(StandardCharsets.UTF_8);
            for (int changes = 1 + random.nextInt(4); changes > 0; changes--) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
        }
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static String pick(Random random, List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
