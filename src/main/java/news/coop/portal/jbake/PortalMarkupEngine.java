package news.coop.portal.jbake;

import java.util.Date;
import news.coop.portal.diag.DiagnosticException;
import news.coop.portal.load.FrontMatterParser;
import news.coop.portal.load.MarkdownProcessor;
import news.coop.portal.load.SourceText;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Our Markdown engine, registered for {@code .md} with {@code Engines.register} in place of JBake's
 * pegdown-profile engine. It gives JBake the portal's format ({@code ---} YAML front matter and the
 * same flexmark configuration as the build), so that JBake treats our sources as content (not as
 * assets to copy) and any JBake code path that parses one sees the same title, date and body.
 *
 * <p>The build itself does not parse through JBake: the load stage reports errors with positions,
 * which {@link MarkupEngine}'s interface cannot carry. A source this engine cannot read yields a
 * document without a title, never an exception.
 */
final class PortalMarkupEngine extends MarkupEngine {
    private final FrontMatterParser frontMatter = new FrontMatterParser();
    private final MarkdownProcessor markdown;
    private final String defaultLang;
    private final java.util.Map<String, MarkdownProcessor.Renderer> renderers = new java.util.concurrent.ConcurrentHashMap<>();

    PortalMarkupEngine(MarkdownProcessor markdown, String defaultLang) {
        this.markdown = markdown;
        this.defaultLang = defaultLang;
    }

    @Override
    public void processHeader(ParserContext context) {
        DocumentModel document = context.getDocumentModel();
        document.setType(context.getFile().getPath().replace('\\', '/').contains("/pages/") ? "page" : "post");
        document.setStatus("published");
        try {
            FrontMatterParser.Split split = frontMatter.parse(new SourceText(context.getFile().getName(), String.join("\n", context.getFileLines())));
            split.frontMatter().fields().forEach((key, field) -> {
                if (field.value() instanceof ScalarNode scalar) {
                    document.put(key, scalar.getValue());
                }
            });
            if (document.get("date") instanceof String date) {
                document.setDate(Date.from(java.time.OffsetDateTime.parse(date).toInstant()));
            }
            document.put("portal.body", split.body());
        } catch (DiagnosticException | java.time.DateTimeException e) {
            document.put("portal.error", e.getMessage());
        }
    }

    @Override
    public void processBody(ParserContext context) {
        Object body = context.getDocumentModel().get("portal.body");
        String text = body instanceof String source ? source : "";
        String lang = context.getDocumentModel().get("lang") instanceof String given ? given : defaultLang;
        try {
            MarkdownProcessor.Read read = markdown.read(text, context.getFile().getName(), 1, lang);
            context.setBody(renderers.computeIfAbsent(lang, key -> markdown.renderer(key, java.util.Map.of())).render(read.markdown()));
        } catch (DiagnosticException e) {
            context.getDocumentModel().put("portal.error", e.getMessage());
            context.setBody("");
        }
    }
}
