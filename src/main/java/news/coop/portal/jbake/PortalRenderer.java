package news.coop.portal.jbake;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.render.Messages;
import news.coop.portal.render.PageJob;
import news.coop.portal.render.TemplateFunctions;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.model.TemplateModel;

/**
 * JBake's {@link Renderer}, extended to render one planned page into memory. Templates go through
 * JBake's {@link DelegatingTemplateEngine} (as {@link PlanTemplateEngine}), which picks our {@link FtlhTemplateEngine} by extension.
 * Each page goes to the bake's {@link news.coop.portal.render.PageSink} rather than to JBake's direct
 * file writes, so pages are checked as they come and only a complete site is ever published.
 */
final class PortalRenderer extends Renderer {
    private final PlanTemplateEngine engine;
    private final SiteConfig site;
    /** msg/url/asset for each language: the same for every page of that language. */
    private final Map<String, Map<String, Object>> functions = new HashMap<>();
    /** Whether each template file exists, asked once per template rather than once per page. */
    private final Map<String, Boolean> templateExists = new ConcurrentHashMap<>();
    private final ForkJoinPool pool;
    private Optional<Diagnostic> engineChecked;

    /**
     * @param pool   the workers pages are rendered on; Freemarker templates and our models are
     *               immutable, so pages render independently and in any order
     * @param assets file from {@code assets/} → its published (fingerprinted) file, for {@code asset()}
     */
    PortalRenderer(ContentStore db, JBakeConfiguration config, SiteConfig site, Messages messages, ForkJoinPool pool,
            java.util.function.UnaryOperator<String> assets) {
        this(db, config, new PlanTemplateEngine(db, config), site, messages, pool, assets);
    }

    private PortalRenderer(ContentStore db, JBakeConfiguration config, PlanTemplateEngine engine, SiteConfig site, Messages messages,
            ForkJoinPool pool, java.util.function.UnaryOperator<String> assets) {
        super(db, config, engine);
        this.engine = engine;
        this.site = site;
        this.pool = pool;
        for (String lang : site.languages()) {
            functions.put(lang, TemplateFunctions.forLanguage(site, messages, lang, assets));
        }
    }

    /** Renders every job of the store's plan on the pool; each page's text or failure goes to the store. */
    int renderAll(PlanContentStore store) {
        List<PageJob> plan = store.plan();
        return pool.submit(() -> java.util.stream.IntStream.range(0, plan.size()).parallel().map(index -> {
            PageJob job = plan.get(index);
            Result result = render(job);
            if (result.failure().isPresent()) {
                store.failed(index, result.failure().get());
                return 0;
            }
            store.rendered(job, result.text());
            return 1;
        }).sum()).join();
    }

    /**
     * JBake's template registry swallows an engine that fails to load (and then renders nothing);
     * here that becomes a diagnostic with the reason.
     */
    synchronized Optional<Diagnostic> checkEngineOnce(JBakeConfiguration config, ContentStore db) {
        if (engineChecked == null) {
            engineChecked = checkEngine(config, db);
        }
        return engineChecked;
    }

    private Optional<Diagnostic> checkEngine(JBakeConfiguration config, ContentStore db) {
        if (engine.recognizedExtensions().containsAll(java.util.List.of("ftlh", "ftlx"))) {
            return Optional.empty();
        }
        String reason;
        try {
            new FtlhTemplateEngine(config, db);
            reason = "it is not listed in META-INF/org.jbake.parser.TemplateEngines.properties";
        } catch (RuntimeException | LinkageError e) {
            reason = e.toString();
        }
        return Optional.of(Diagnostic.error(site.display(site.templateDir()), 0, 0, "template.engine",
                "the .ftlh/.ftlx template engine cannot start: " + reason, "reinstall the tool (./portal rebuilds it when sources change)"));
    }

    /** The page's text, or the diagnostic that says which template line failed and why. */
    Result render(PageJob job) {
        String templatePath = site.display(site.templateDir().resolve(job.template()));
        if (!templateExists.computeIfAbsent(job.template(), name -> Files.isRegularFile(site.templateDir().resolve(name)))) {
            return Result.failed(Diagnostic.error(templatePath, 0, 0, "template.missing", "the template for " + job.output() + " does not exist",
                    "create " + templatePath + " (see docs/templates.md)"));
        }
        TemplateModel model = new TemplateModel();
        model.putAll(job.model());
        model.putAll(functions.getOrDefault(job.lang(), Map.of()));
        DocumentModel content = new DocumentModel();
        Object page = job.model().get("page");
        if (page != null) {
            content.put("page", page);
        }
        content.setUri(job.output());
        model.setContent(content);
        StringWriter out = new StringWriter(16 * 1024);
        try {
            engine.renderDocument(model, job.template(), out);
            return new Result(out.toString(), Optional.empty());
        } catch (Exception e) {
            return Result.failed(diagnose(e, job));
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

    /** A rendered page, or why it could not be rendered. */
    record Result(String text, Optional<Diagnostic> failure) {
        static Result failed(Diagnostic diagnostic) {
            return new Result("", Optional.of(diagnostic));
        }
    }
}
