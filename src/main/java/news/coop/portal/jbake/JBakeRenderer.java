package news.coop.portal.jbake;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.render.Messages;
import news.coop.portal.render.PageJob;
import news.coop.portal.render.PageRenderer;
import news.coop.portal.render.TemplateFunctions;
import org.jbake.app.FileUtil;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.TemplateEngines;
import org.jbake.template.model.TemplateModel;

/**
 * The render stage's engine: JBake's template-engine registry ({@link TemplateEngines}, which reads
 * every {@code META-INF/org.jbake.parser.TemplateEngines.properties} on the class path) picks the
 * engine for each template by its extension, ours ({@link FtlhTemplateEngine}) for {@code .ftlh} and
 * {@code .ftlx}, and fills it in with JBake's {@link TemplateModel}: JBake's {@code config} (every key,
 * dots written as underscores) and {@code version}, a {@code content} document holding {@code page}
 * and {@code uri}, the page kind's keys, and our functions ({@code msg}, {@code url}, {@code asset}).
 *
 * <p>Unlike JBake's own {@code DelegatingTemplateEngine}, it builds the {@code config} map once, not
 * once per page (JBake walks a synchronized commons-configuration object each time, which on ten
 * thousand pages costs seconds and makes parallel workers wait on each other), and it never writes a
 * file: a page's text goes back to the pipeline, to be checked before anything is published.
 *
 * <p>One renderer per configuration and templates: Freemarker's template cache lives in it, so a warm
 * process reuses it while the templates are unchanged. Thread-safe once built.
 */
public final class JBakeRenderer implements PageRenderer {
    private final SiteConfig site;
    private final TemplateEngines engines;
    private final Map<String, Object> configModel;
    private final String version;
    /** msg/url/asset for each language: the same for every page of that language. */
    private final Map<String, Map<String, Object>> functions = new HashMap<>();
    /** Whether each template file exists, asked once per template rather than once per page. */
    private final Map<String, Boolean> templateExists = new ConcurrentHashMap<>();
    private final Map<String, AbstractTemplateEngine> byExtension = new ConcurrentHashMap<>();
    /** Why our template engine cannot start, or null: JBake's registry leaves out an engine that fails to load, without a word. */
    private final Diagnostic engineProblem;

    /**
     * @param assets file from {@code assets/} → its published (fingerprinted) file, for {@code asset()};
     *               read at every call, so one renderer follows the names of every build
     */
    public JBakeRenderer(SiteConfig site, Messages messages, UnaryOperator<String> assets) {
        this.site = site;
        DefaultJBakeConfiguration config = JBakeConfigs.create(site, site.outputDir().toFile());
        // Our engines and JBake's take a content store for JBake's own lazy model; ours use none, so there is none.
        this.engines = new TemplateEngines(config, null);
        this.configModel = Map.copyOf(config.asHashMap());
        this.version = config.getVersion();
        for (String lang : site.languages()) {
            functions.put(lang, TemplateFunctions.forLanguage(site, messages, lang, assets));
        }
        this.engineProblem = engines.getRecognizedExtensions().containsAll(java.util.List.of("ftlh", "ftlx")) ? null : engineProblem(config);
    }

    private Diagnostic engineProblem(DefaultJBakeConfiguration config) {
        String reason;
        try {
            new FtlhTemplateEngine(config, null);
            reason = "it is not listed in META-INF/org.jbake.parser.TemplateEngines.properties";
        } catch (RuntimeException | LinkageError e) {
            reason = e.toString();
        }
        return Diagnostic.error(site.display(site.templateDir()), 0, 0, "template.engine",
                "the .ftlh/.ftlx template engine cannot start: " + reason, "reinstall the tool (./portal rebuilds it when sources change)");
    }

    @Override
    public Rendered render(PageJob job) {
        if (engineProblem != null) {
            return Rendered.failed(engineProblem);
        }
        String templatePath = site.display(site.templateDir().resolve(job.template()));
        if (!templateExists.computeIfAbsent(job.template(), name -> Files.isRegularFile(site.templateDir().resolve(name)))) {
            return Rendered.failed(Diagnostic.error(templatePath, 0, 0, "template.missing", "the template for " + job.output() + " does not exist",
                    "create " + templatePath + " (see docs/templates.md)"));
        }
        Map<String, Object> keys = job.templateKeys();
        TemplateModel model = new TemplateModel();
        model.putAll(keys);
        model.putAll(functions.getOrDefault(job.lang(), Map.of()));
        model.setVersion(version);
        model.setConfig(configModel);
        DocumentModel content = new DocumentModel();
        if (keys.get("page") != null) {
            content.put("page", keys.get("page"));
        }
        content.setUri(job.output());
        model.setContent(content);
        StringWriter out = new StringWriter(16 * 1024);
        try {
            AbstractTemplateEngine engine = byExtension.computeIfAbsent(FileUtil.fileExt(job.template()), engines::getEngine);
            if (engine == null) {
                return Rendered.failed(Diagnostic.error(templatePath, 0, 0, "template.engine", "no template engine renders " + job.template(),
                        "name templates .ftlh (HTML) or .ftlx (XML)"));
            }
            engine.renderDocument(model, job.template(), out);
            return new Rendered(out.toString(), null);
        } catch (Exception e) {
            return Rendered.failed(diagnose(e, job));
        }
    }

    private Diagnostic diagnose(Exception failure, PageJob job) {
        String forPage = " (while rendering " + job.output() + (job.source().isEmpty() ? "" : " from " + job.source()) + ")";
        Throwable cause = failure;
        while (cause != null) {
            if (cause instanceof ParseException parse) {
                return Diagnostic.error(templateFile(parse.getTemplateName()), parse.getLineNumber(), parse.getColumnNumber(),
                        "template.syntax", firstLine(parse.getEditorMessage()), "fix the template syntax");
            }
            if (cause instanceof TemplateException template) {
                Integer line = template.getLineNumber();
                Integer column = template.getColumnNumber();
                return Diagnostic.error(templateFile(template.getTemplateSourceName()), line == null ? 0 : line, column == null ? 0 : column,
                        "template.error", summary(template.getMessageWithoutStackTop()) + forPage,
                        "see docs/templates.md for the keys each template receives; write x?? or x!\"\" for optional values");
            }
            cause = cause.getCause();
        }
        return Diagnostic.error(site.display(site.templateDir().resolve(job.template())), 0, 0, "template.error",
                String.valueOf(failure.getMessage()) + forPage, "");
    }

    private String templateFile(String name) {
        return name == null ? site.display(site.templateDir()) : site.display(site.templateDir().resolve(name));
    }

    /** Freemarker's first line, plus the expression it points at ("==> item.titel"), without its own position. */
    private static String summary(String message) {
        String first = firstLine(message);
        for (String line : message == null ? new String[0] : message.split("\n")) {
            String text = line.strip();
            if (text.startsWith("==>")) {
                String expression = text.substring(3).replaceAll("\\s*\\[in template.*$", "").strip();
                return first + " " + expression;
            }
        }
        return first;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "template failed";
        }
        String text = message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).strip();
    }
}
