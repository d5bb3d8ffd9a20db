package news.coop.portal.load;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * flexmark, configured once for the whole tool: tables, typographic quotes and dashes, attributes
 * ({@code {#id .class}}), autolinks, strikethrough, footnotes and heading ids, the {@link ReadingLimits}
 * checks, links between sources ({@link SourceLinks}) and the attributes filter ({@link SafeAttributes}).
 * A link whose address has a scheme other than {@code http}, {@code https}, {@code mailto} and
 * {@code tel} ({@code javascript:}, {@code ftp:}) is written as its text alone.
 *
 * <p>Typography depends on the language (« » for Russian and Belarusian, “ ” otherwise) and is chosen
 * at parse time, so each quote style has its own parser; each also comes without autolinks, for the
 * texts that cannot hold one ({@link #mayHoldAutolink}).
 *
 * <p>Thread-safe: the parsers and renderers are immutable after construction, as flexmark documents
 * for {@link Parser#parse} and {@link HtmlRenderer#render}.
 */
final class Flexmark {
    private static final List<Extension> EXTENSIONS = List.of(
            ReadingLimits.Extension.create(),
            TablesExtension.create(),
            TypographicExtension.create(),
            AttributesExtension.create(),
            AutolinkExtension.create(),
            StrikethroughExtension.create(),
            FootnoteExtension.create(),
            AngleDestinations.create(),
            SourceLinks.create());

    /** Addresses with a scheme a link may not have (see {@link SafeHtml}): such a link is rendered as its text. */
    private static final String SUPPRESSED_LINKS = "(?i)(?!(?:https?|mailto|tel):)[a-z][a-z0-9+.-]*:.*";

    /** Languages whose typography uses « » for quotations. */
    private static final Set<String> GUILLEMET_LANGUAGES = Set.of("ru", "be");

    private final Parser parser = Parser.builder(baseOptions()).build();
    private final Parser guillemetParser = Parser.builder(guillemets(baseOptions())).build();
    private final Parser plainParser = Parser.builder(withoutAutolinks(baseOptions())).build();
    private final Parser plainGuillemetParser = Parser.builder(withoutAutolinks(guillemets(baseOptions()))).build();
    /** The load-time renderers, by quote style: links to sources become placeholders. */
    private final HtmlRenderer prerenderer = htmlRenderer(baseOptions().set(SourceLinks.PLACEHOLDERS, true));
    private final HtmlRenderer guillemetPrerenderer = htmlRenderer(guillemets(baseOptions()).set(SourceLinks.PLACEHOLDERS, true));

    /** Parses a text of {@code lang} from the file at {@code sourcePath} (kept as {@link SourceLinks#SOURCE_PATH}). */
    Document parse(CharSequence text, String sourcePath, String lang) {
        boolean guillemet = GUILLEMET_LANGUAGES.contains(lang);
        Parser chosen = mayHoldAutolink(text.toString()) ? (guillemet ? guillemetParser : parser) : (guillemet ? plainGuillemetParser : plainParser);
        Document document = chosen.parse(BasedSequence.of(text));
        document.set(SourceLinks.SOURCE_PATH, sourcePath);
        return document;
    }

    /** The load-time renderer of {@code lang}: links to other sources become placeholders. */
    HtmlRenderer prerenderer(String lang) {
        return GUILLEMET_LANGUAGES.contains(lang) ? guillemetPrerenderer : prerenderer;
    }

    /**
     * A renderer for one language and one build.
     *
     * @param sourceUrls source path → URL of every published document, for links between sources
     */
    static HtmlRenderer renderer(String lang, Map<String, String> sourceUrls) {
        MutableDataSet options = GUILLEMET_LANGUAGES.contains(lang) ? guillemets(baseOptions()) : baseOptions();
        options.set(SourceLinks.SOURCE_URLS, Map.copyOf(sourceUrls));
        return htmlRenderer(options);
    }

    private static HtmlRenderer htmlRenderer(MutableDataSet options) {
        return HtmlRenderer.builder(options).attributeProviderFactory(new SafeAttributes.Factory()).build();
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

    private static MutableDataSet withoutAutolinks(MutableDataSet options) {
        options.set(Parser.EXTENSIONS, EXTENSIONS.stream().filter(extension -> !(extension instanceof AutolinkExtension)).toList());
        return options;
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
}
