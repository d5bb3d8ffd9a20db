package news.coop.portal.load;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * flexmark, configured once for the whole tool: tables, typographic quotes and dashes, attributes
 * ({@code {#id .class}}), autolinks, strikethrough, footnotes, heading ids, and link destinations in
 * angle brackets with spaces ({@link AngleDestinations}).
 *
 * <p>Markdown is parsed at load time and rendered once every URL is known, so that a link to another
 * source file ({@code [text](../2023/2023-09-26-x.md)}) becomes that item's URL. Raw HTML stays
 * markup, cleaned by {@link SafeHtml} (a body without any is left as flexmark wrote it); attributes and
 * addresses pass {@link SafeAttributes}, whose addresses follow the same rule: nothing an author writes
 * or pastes can put a script on an official page. A link with another scheme ({@code javascript:},
 * {@code ftp:}) is written as its text alone.
 *
 * <p>Texts are read within {@link ReadingLimits}: a time allowance and a nesting limit, on threads of
 * this processor's with a large stack, so that no text can hang or crash a build.
 *
 * <p>Thread-safe: the parser and the per-language renderers are immutable after construction, as
 * flexmark documents for {@link Parser#parse} and {@link HtmlRenderer#render}.
 */
public final class MarkdownProcessor {
    /** The project-relative path of the file a document was parsed from; set at parse time. */
    public static final DataKey<String> SOURCE_PATH = new DataKey<>("PORTAL_SOURCE_PATH", "");
    /** Source path → site-absolute URL of every published document; set per render. */
    static final DataKey<Map<String, String>> SOURCE_URLS = new DataKey<>("PORTAL_SOURCE_URLS", Map.of());
    /** Set when rendering at load time: links to sources become placeholders (see {@link Body}). */
    static final DataKey<Boolean> PLACEHOLDERS = new DataKey<>("PORTAL_PLACEHOLDERS", false);
    /** The targets of the placeholders written while rendering a document, in order. */
    static final DataKey<List<Body.Target>> TARGETS = new DataKey<>("PORTAL_TARGETS", List.of());

    /** The attributes an author may write in {@code {…}}; validation reports any other. */
    public static final Set<String> AUTHOR_ATTRIBUTES = SafeAttributes.AUTHOR_ATTRIBUTES;

    private static final List<Extension> EXTENSIONS = List.of(
            ReadingLimits.Extension.create(),
            TablesExtension.create(),
            TypographicExtension.create(),
            AttributesExtension.create(),
            AutolinkExtension.create(),
            StrikethroughExtension.create(),
            FootnoteExtension.create(),
            AngleDestinations.create());

    /** Addresses with a scheme a link may not have (see {@link SafeHtml}): such a link is rendered as its text. */
    private static final String SUPPRESSED_LINKS = "(?i)(?!(?:https?|mailto|tel):)[a-z][a-z0-9+.-]*:.*";

    /** Languages whose typography uses « » for quotations. */
    private static final Set<String> GUILLEMET_LANGUAGES = Set.of("ru", "be");

    /**
     * Typographic quotes are chosen at parse time, so each quote style has its own parser; and each
     * comes with and without autolinks (see {@link #mayHoldAutolink}).
     */
    private final Parser parser;
    private final Parser guillemetParser;
    private final Parser plainParser;
    private final Parser plainGuillemetParser;
    /** The load-time renderers, by quote style (see {@link #prerender}). */
    private final HtmlRenderer prerenderer;
    private final HtmlRenderer guillemetPrerenderer;

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
        this.parser = Parser.builder(baseOptions()).build();
        this.guillemetParser = Parser.builder(guillemets(baseOptions())).build();
        this.plainParser = Parser.builder(withoutAutolinks(baseOptions())).build();
        this.plainGuillemetParser = Parser.builder(withoutAutolinks(guillemets(baseOptions()))).build();
        this.prerenderer = htmlRenderer(baseOptions().set(PLACEHOLDERS, true));
        this.guillemetPrerenderer = htmlRenderer(guillemets(baseOptions()).set(PLACEHOLDERS, true));
    }

    private static HtmlRenderer htmlRenderer(MutableDataSet options) {
        return HtmlRenderer.builder(options)
                .linkResolverFactory(new SourceLinkResolver.Factory())
                .attributeProviderFactory(new SafeAttributes.Factory())
                .build();
    }

    /** A body as the load stage keeps it: parsed (for validation) and rendered (see {@link #prerender}). */
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
            Markdown markdown = parse(text, sourcePath, firstLine, lang);
            Node deep = ReadingLimits.tooDeep(markdown.document());
            if (deep != null) {
                throw tooDeep(sourcePath, firstLine + deep.getStartLineNumber(), deep.getStartOffset() - deep.getStartOfLine() + 1);
            }
            return new Read(markdown, prerender(markdown, lang, policy));
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
     * Renders a parsed body at load time, so that its tree need not be kept: links to other sources
     * become placeholders that {@link Body#html} fills in once every URL is known, and raw HTML is
     * cleaned by {@code policy}.
     */
    private Body prerender(Markdown markdown, String lang, SafeHtml policy) {
        Document document = markdown.document();
        List<Body.Target> targets = new java.util.ArrayList<>();
        document.set(TARGETS, targets);
        String html = clean((GUILLEMET_LANGUAGES.contains(lang) ? guillemetPrerenderer : prerenderer).render(document), document, policy);
        List<Body.Link> links = new java.util.ArrayList<>();
        List<String> images = new java.util.ArrayList<>();
        // flexmark finds a node's line by counting from the top, once per node: a text of many links would
        // take time growing with their number times its length. The lines' starts are found once instead.
        int[] lineStarts = lineStarts(document.getChars().toString());
        forEachLink(document, (node, url) -> {
            int offset = node.getStartOffset();
            int line = Arrays.binarySearch(lineStarts, offset);
            line = line >= 0 ? line : -line - 2;
            links.add(new Body.Link(url, markdown.firstLine() + line, offset - lineStarts[line] + 1));
            if (node instanceof Image) {
                images.add(url);
            }
        });
        return new Body(html, targets, links, images, markdown.firstLine());
    }

    /** The HTML of a document, cleaned by {@code policy} when the document has raw HTML. */
    private static String clean(String html, Document document, SafeHtml policy) {
        return hasRawHtml(document) ? policy.clean(html) : html;
    }

    /** Whether a document holds raw HTML: blocks, inline tags or comments. */
    public static boolean hasRawHtml(Document document) {
        for (Node node : document.getDescendants()) {
            if (isRawHtml(node)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a node is raw HTML written in Markdown: a block, an inline tag, or a comment of either kind. */
    public static boolean isRawHtml(Node node) {
        return node instanceof HtmlBlockBase || node instanceof HtmlInlineBase;
    }

    /** The offset of each line's first character, in order: 0, then each offset after a {@code \n}. */
    private static int[] lineStarts(String text) {
        return java.util.stream.IntStream.concat(java.util.stream.IntStream.of(0),
                java.util.stream.IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').map(i -> i + 1)).toArray();
    }

    private static MutableDataSet withoutAutolinks(MutableDataSet options) {
        options.set(Parser.EXTENSIONS, EXTENSIONS.stream().filter(extension -> !(extension instanceof AutolinkExtension)).toList());
        return options;
    }

    /**
     * Whether a text may contain a bare address that the autolink extension would turn into a link.
     * It finds only addresses with a scheme ({@code ://}), {@code www.} addresses and e-mail
     * addresses ({@code @}); a text with none of these parses the same without it, and the
     * extension's scan of every text node is three quarters of the parse time.
     */
    static boolean mayHoldAutolink(String body) {
        return body.contains("://") || body.indexOf('@') >= 0 || containsIgnoreCase(body, "www.");
    }

    private static boolean containsIgnoreCase(String text, String part) {
        for (int i = text.indexOf('.'); i >= 3; i = text.indexOf('.', i + 1)) {
            if (text.regionMatches(true, i - 3, part, 0, 4)) {
                return true;
            }
        }
        return false;
    }

    private static MutableDataSet guillemets(MutableDataSet options) {
        options.set(TypographicExtension.DOUBLE_QUOTE_OPEN, "&laquo;");
        options.set(TypographicExtension.DOUBLE_QUOTE_CLOSE, "&raquo;");
        // Quotations inside quotations: „…“.
        options.set(TypographicExtension.SINGLE_QUOTE_OPEN, "&bdquo;");
        options.set(TypographicExtension.SINGLE_QUOTE_CLOSE, "&ldquo;");
        return options;
    }

    private static MutableDataSet baseOptions() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, EXTENSIONS);
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.SUPPRESSED_LINKS, SUPPRESSED_LINKS);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(HtmlRenderer.FENCED_CODE_NO_LANGUAGE_CLASS, "");
        return options;
    }

    private Markdown parse(ReadingLimits.TimedText body, String sourcePath, int firstLine, String lang) {
        boolean guillemet = GUILLEMET_LANGUAGES.contains(lang);
        Parser chosen = mayHoldAutolink(body.toString()) ? (guillemet ? guillemetParser : parser) : (guillemet ? plainGuillemetParser : plainParser);
        Document document = chosen.parse(BasedSequence.of(body));
        document.set(SOURCE_PATH, sourcePath);
        return new Markdown(document, firstLine);
    }

    /**
     * A renderer for one language and one build.
     *
     * @param sourceUrls source path → URL of every published document, for links between sources
     */
    public Renderer renderer(String lang, Map<String, String> sourceUrls) {
        MutableDataSet options = GUILLEMET_LANGUAGES.contains(lang) ? guillemets(baseOptions()) : baseOptions();
        options.set(SOURCE_URLS, Map.copyOf(sourceUrls));
        return new Renderer(htmlRenderer(options));
    }

    /** Renders parsed bodies to HTML for one language; raw HTML is cleaned by {@link SafeHtml#NO_EMBEDS}. Thread-safe. */
    public static final class Renderer {
        private final HtmlRenderer html;

        private Renderer(HtmlRenderer html) {
            this.html = html;
        }

        public String render(Markdown markdown) {
            return clean(html.render(markdown.document()), markdown.document(), SafeHtml.NO_EMBEDS);
        }
    }

    /**
     * The target a link in a source points at, when it names another source file: the path
     * resolved against the linking file's folder, with any {@code #fragment} split off.
     */
    public static Optional<SourceLink> sourceLink(String sourcePath, String url) {
        if (url.contains("://") || url.startsWith("/") || url.startsWith("#") || url.startsWith("mailto:")) {
            return Optional.empty();
        }
        int hash = url.indexOf('#');
        String path = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        if (!path.endsWith(".md")) {
            return Optional.empty();
        }
        String folder = sourcePath.contains("/") ? sourcePath.substring(0, sourcePath.lastIndexOf('/') + 1) : "";
        String resolved = java.nio.file.Path.of(folder + path).normalize().toString().replace('\\', '/');
        return Optional.of(new SourceLink(resolved, fragment));
    }

    /** A link to another source file: its project-relative path and the fragment ({@code #…} or empty). */
    public record SourceLink(String path, String fragment) {
    }

    /** Every link and image destination in a document, with its node (for positions). */
    public static void forEachLink(Document document, java.util.function.BiConsumer<Node, String> action) {
        for (Node node : document.getDescendants()) {
            if (node instanceof Link link) {
                action.accept(node, link.getUrl().toString());
            } else if (node instanceof Image image) {
                action.accept(node, image.getUrl().toString());
            }
        }
    }

    /** Rewrites links to source files into the URLs of the pages they became. */
    private static final class SourceLinkResolver implements LinkResolver {
        private final Map<String, String> urls;
        private final String sourcePath;
        private final List<Body.Target> targets;

        private SourceLinkResolver(LinkResolverBasicContext context) {
            this.urls = SOURCE_URLS.get(context.getOptions());
            this.sourcePath = SOURCE_PATH.get(context.getDocument());
            this.targets = PLACEHOLDERS.get(context.getOptions()) ? TARGETS.get(context.getDocument()) : null;
        }

        @Override
        public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
            if (targets != null) {
                return sourceLink(sourcePath, link.getUrl()).map(target -> {
                    targets.add(new Body.Target(target.path(), target.fragment(), link.getUrl()));
                    return link.withStatus(LinkStatus.VALID).withUrl(Body.PLACEHOLDER + (targets.size() - 1) + ":");
                }).orElse(link);
            }
            return sourceLink(sourcePath, link.getUrl())
                    .filter(target -> urls.containsKey(target.path()))
                    .map(target -> link.withStatus(LinkStatus.VALID).withUrl(urls.get(target.path()) + target.fragment()))
                    .orElse(link);
        }

        static final class Factory implements LinkResolverFactory {
            @Override
            public Set<Class<?>> getAfterDependents() {
                return null;
            }

            @Override
            public Set<Class<?>> getBeforeDependents() {
                return null;
            }

            @Override
            public boolean affectsGlobalScope() {
                return false;
            }

            @Override
            public LinkResolver apply(LinkResolverBasicContext context) {
                return new SourceLinkResolver(context);
            }
        }
    }
}
