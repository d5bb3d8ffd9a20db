package news.coop.portal.load;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.Node;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.diag.DiagnosticException;
import news.coop.portal.model.Body;
import news.coop.portal.model.Markdown;

/**
 * The Markdown of the tool: reads a source's text within {@link ReadingLimits} and renders it with
 * {@link Flexmark}, configured once for the whole tool.
 *
 * <p>Markdown is parsed at load time and rendered then ({@link Prerenderer}), and its HTML completed
 * once every URL is known, so that a link to another source file ({@code [text](../2023/2023-09-26-x.md)})
 * becomes that item's URL ({@link SourceLinks}). Raw HTML stays markup, cleaned by {@link SafeHtml}
 * (a body without any is left as flexmark wrote it); attributes and addresses pass
 * {@link SafeAttributes}, whose addresses follow the same rule: nothing an author writes or pastes can
 * put a script on an official page.
 *
 * <p>Texts are read within {@link ReadingLimits}: a time allowance and a nesting limit, on threads of
 * this processor's with a large stack, so that no text can hang or crash a build.
 *
 * <p>Thread-safe: flexmark's parsers and renderers are immutable after construction.
 */
public final class MarkdownProcessor {
    /** The attributes an author may write in {@code {…}}; validation reports any other. */
    public static final Set<String> AUTHOR_ATTRIBUTES = SafeAttributes.AUTHOR_ATTRIBUTES;

    private final Flexmark flexmark = new Flexmark();
    private final Prerenderer prerenderer = new Prerenderer(flexmark);

    /** The threads that read texts, with a large stack (see {@link ReadingLimits}); idle ones end after a minute. */
    private final ExecutorService readers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(null, task, "portal-markdown", ReadingLimits.STACK);
        thread.setDaemon(true);
        return thread;
    });

    /** How long reading a text of a length may take, in processor time (see {@link ReadingLimits#allowance}). */
    private final IntFunction<Duration> allowance;

    public MarkdownProcessor() {
        this(ReadingLimits::allowance);
    }

    /** A processor that gives a text of each length its own time to be read in: for tests. */
    MarkdownProcessor(IntFunction<Duration> allowance) {
        this.allowance = allowance;
    }

    /** A body as the load stage keeps it: parsed (for validation) and rendered (see {@link Prerenderer}). */
    public record Read(Markdown markdown, Body rendered) {
    }

    /**
     * Parses a body and renders it, within {@link ReadingLimits}: a text nested more than
     * {@value ReadingLimits#MAX_DEPTH} levels deep is refused at the first node too deep
     * ({@code markdown.too-deep}), one that takes longer than its time to read at the paragraph where
     * reading had got to ({@code markdown.too-complex}). {@code firstLine} is the 1-based file line where
     * the body starts, {@code lang} decides the typography (« » for Russian and Belarusian, “ ” otherwise).
     * Thread-safe; the work is done on a thread of this processor's, with a large stack.
     *
     * Raw HTML in the rendered body is cleaned by {@code policy}.
     *
     * @throws DiagnosticException when the text is refused
     */
    public Read read(String body, String sourcePath, int firstLine, String lang, SafeHtml policy) throws DiagnosticException {
        Future<Read> reading = readers.submit(() -> readWithinLimits(body, sourcePath, firstLine, lang, policy));
        try {
            return reading.get();
        } catch (InterruptedException e) {
            reading.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + sourcePath, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DiagnosticException refused) {
                throw refused;
            }
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("could not read " + sourcePath, e.getCause());
        }
    }

    /** {@link #read(String, String, int, String, SafeHtml)} with raw HTML cleaned by {@link SafeHtml#NO_EMBEDS}. */
    public Read read(String body, String sourcePath, int firstLine, String lang) throws DiagnosticException {
        return read(body, sourcePath, firstLine, lang, SafeHtml.NO_EMBEDS);
    }

    private Read readWithinLimits(String body, String sourcePath, int firstLine, String lang, SafeHtml policy) throws DiagnosticException {
        int deepLine = ReadingLimits.tooDeepLine(body);
        if (deepLine >= 0) {
            throw tooDeep(sourcePath, firstLine + SourceText.lineOf(body, deepLine) - 1, SourceText.columnOf(body, deepLine));
        }
        Duration time = allowance.apply(body.length());
        ReadingLimits.TimedText text = new ReadingLimits.TimedText(body, time);
        try {
            Markdown markdown = new Markdown(flexmark.parse(text, sourcePath, lang), firstLine);
            Node deep = ReadingLimits.tooDeep(markdown.document());
            if (deep != null) {
                throw tooDeep(sourcePath, firstLine + deep.getStartLineNumber(), deep.getStartOffset() - deep.getStartOfLine() + 1);
            }
            return new Read(markdown, prerenderer.render(markdown, lang, policy));
        } catch (ReadingLimits.TooSlow e) {
            int paragraph = body.lastIndexOf("\n\n", Math.max(0, e.offset() - 1));
            int start = paragraph < 0 ? 0 : paragraph + 2;
            String seconds = java.math.BigDecimal.valueOf(time.toMillis() / 100, 1).stripTrailingZeros().toPlainString();
            throw new DiagnosticException(Diagnostic.error(sourcePath, firstLine + SourceText.lineOf(body, start) - 1, 1, "markdown.too-complex",
                    "this paragraph takes over " + seconds + " s to read as Markdown: it holds thousands of brackets, backticks, asterisks"
                            + " or table rows to pair up",
                    "split it into shorter paragraphs with empty lines between them; put pasted code or data between two ``` lines"));
        } catch (StackOverflowError e) {
            throw tooDeep(sourcePath, firstLine, 1);
        } finally {
            text.finish();
        }
    }

    private static DiagnosticException tooDeep(String path, int line, int column) {
        return new DiagnosticException(Diagnostic.error(path, line, column, "markdown.too-deep",
                "lists, quotations, emphasis or links are nested more than " + ReadingLimits.MAX_DEPTH + " levels deep",
                "a text needs a few levels at most: make the inner lists and quotations ordinary paragraphs"));
    }

    /**
     * A renderer for one language and one build.
     *
     * @param sourceUrls source path → URL of every published document, for links between sources
     */
    public Renderer renderer(String lang, Map<String, String> sourceUrls) {
        return new Renderer(Flexmark.renderer(lang, sourceUrls));
    }

    /** Renders parsed bodies to HTML for one language; raw HTML is cleaned by {@link SafeHtml#NO_EMBEDS}. Thread-safe. */
    public static final class Renderer {
        private final HtmlRenderer html;

        private Renderer(HtmlRenderer html) {
            this.html = html;
        }

        public String render(Markdown markdown) {
            return RawHtml.clean(html.render(markdown.document()), markdown.document(), SafeHtml.NO_EMBEDS);
        }
    }
}
