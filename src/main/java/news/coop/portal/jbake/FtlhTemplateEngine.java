package news.coop.portal.jbake;

import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.TimeZone;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * Our Freemarker engine for {@code .ftlh} (HTML, auto-escaped) and {@code .ftlx} (XML, auto-escaped)
 * templates, registered with JBake through {@code META-INF/org.jbake.parser.TemplateEngines.properties}.
 *
 * <p>Unlike JBake's stock engine (incompatible improvements 2.3.0, no escaping, the DEBUG handler
 * that prints stack traces into pages), it runs Freemarker strictly: current incompatible
 * improvements, RETHROW, no {@code ?api}, no class instantiation, computer number format and UTC, so a
 * template can neither leak an error into a page nor depend on the machine's locale or zone.
 *
 * <p>One instance serves one build; Freemarker's {@link Configuration} is thread-safe once set up.
 */
public final class FtlhTemplateEngine extends AbstractTemplateEngine {
    private final Configuration freemarker;

    public FtlhTemplateEngine(JBakeConfiguration config, ContentStore db) {
        super(config, db);
        freemarker = new Configuration(Configuration.VERSION_2_3_34);
        try {
            freemarker.setDirectoryForTemplateLoading(config.getTemplateFolder());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read templates from " + config.getTemplateFolder(), e);
        }
        freemarker.setRecognizeStandardFileExtensions(true);
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputEncoding("UTF-8");
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setAPIBuiltinEnabled(false);
        freemarker.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        freemarker.setLocale(Locale.ROOT);
        freemarker.setTimeZone(TimeZone.getTimeZone("UTC"));
        freemarker.setNumberFormat("computer");
        freemarker.setBooleanFormat("c");
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        // Record components read as plain values: item.title, not item.title().
        wrapper.setRecordZeroArgumentNonVoidMethodPolicy(ZeroArgumentNonVoidMethodPolicy.PROPERTY_ONLY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        freemarker.setObjectWrapper(wrapper.build());
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        try {
            Template template = freemarker.getTemplate(templateName);
            template.process(model, writer);
        } catch (TemplateException | IOException e) {
            throw new RenderingException(e);
        }
    }
}
