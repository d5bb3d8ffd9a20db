package news.coop.portal.load;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import news.coop.portal.model.Markdown;

/**
 * flexmark, configured once for the whole tool: tables, typographic quotes and dashes, attributes
 * ({@code {#id .class}}), autolinks, strikethrough, footnotes and heading ids.
 *
 * <p>Markdown is parsed at load time and rendered once every URL is known, so that a link to another
 * source file ({@code [text](../2023/2023-09-26-x.md)}) becomes that item's URL. Raw HTML is escaped
 * and attributes pass {@link SafeAttributes}: authors write Markdown, and nothing they paste can put
 * markup or script on an official page.
 *
 * <p>Thread-safe: the parser and the per-language renderers are immutable after construction, as
 * flexmark documents for {@link Parser#parse} and {@link HtmlRenderer#render}.
 */
public final class MarkdownProcessor {
    /** The project-relative path of the file a document was parsed from; set at parse time. */
    public static final DataKey<String> SOURCE_PATH = new DataKey<>("PORTAL_SOURCE_PATH", "");
    /** Source path → site-absolute URL of every published document; set per render. */
    static final DataKey<Map<String, String>> SOURCE_URLS = new DataKey<>("PORTAL_SOURCE_URLS", Map.of());

    /** The attributes an author may write in {@code {…}}; validation reports any other. */
    public static final Set<String> AUTHOR_ATTRIBUTES = SafeAttributes.AUTHOR_ATTRIBUTES;

    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(),
            TypographicExtension.create(),
            AttributesExtension.create(),
            AutolinkExtension.create(),
            StrikethroughExtension.create(),
            FootnoteExtension.create());

    /** Languages whose typography uses « » for quotations. */
    private static final Set<String> GUILLEMET_LANGUAGES = Set.of("ru", "be");

    /** Typographic quotes are chosen at parse time, so each quote style has its own parser. */
    private final Parser parser;
    private final Parser guillemetParser;

    public MarkdownProcessor() {
        this.parser = Parser.builder(baseOptions()).build();
        this.guillemetParser = Parser.builder(guillemets(baseOptions())).build();
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
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(HtmlRenderer.FENCED_CODE_NO_LANGUAGE_CLASS, "");
        return options;
    }

    /**
     * Parses a body; {@code firstLine} is the 1-based file line where the body starts, {@code lang}
     * decides the typography (« » for Russian and Belarusian, “ ” otherwise).
     */
    public Markdown parse(String body, String sourcePath, int firstLine, String lang) {
        Document document = (GUILLEMET_LANGUAGES.contains(lang) ? guillemetParser : parser).parse(body);
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
        HtmlRenderer html = HtmlRenderer.builder(options)
                .linkResolverFactory(new SourceLinkResolver.Factory())
                .attributeProviderFactory(new SafeAttributes.Factory())
                .build();
        return new Renderer(html);
    }

    /** Renders parsed bodies to HTML for one language. Thread-safe. */
    public static final class Renderer {
        private final HtmlRenderer html;

        private Renderer(HtmlRenderer html) {
            this.html = html;
        }

        public String render(Markdown markdown) {
            return html.render(markdown.document());
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

        private SourceLinkResolver(LinkResolverBasicContext context) {
            this.urls = SOURCE_URLS.get(context.getOptions());
            this.sourcePath = SOURCE_PATH.get(context.getDocument());
        }

        @Override
        public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
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
