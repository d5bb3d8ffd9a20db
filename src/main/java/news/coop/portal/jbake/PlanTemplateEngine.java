package news.coop.portal.jbake;

import java.io.Writer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.TemplateEngines;
import org.jbake.template.model.TemplateModel;
import org.jbake.app.FileUtil;

/**
 * JBake's {@link DelegatingTemplateEngine}, made fit for rendering thousands of pages at once. It
 * gives templates the same model ({@code version}, {@code config} with dots in keys written as
 * underscores) and picks the engine by extension from JBake's {@link TemplateEngines} registry, but:
 * <ul>
 *   <li>the {@code config} map is built once, not once per page: JBake's {@code asHashMap()} walks
 *       every key of a synchronized commons-configuration object, which on ten thousand pages
 *       costs seconds and makes parallel workers wait on each other;
 *   <li>it does not look for a template file on disk for every page; a missing template is a
 *       diagnostic before rendering ({@link PortalRenderer}), not a search for another extension.
 * </ul>
 */
final class PlanTemplateEngine extends DelegatingTemplateEngine {
    private final TemplateEngines engines;
    private final Map<String, Object> configModel;
    private final String version;
    private final Map<String, AbstractTemplateEngine> byExtension = new ConcurrentHashMap<>();

    PlanTemplateEngine(ContentStore db, JBakeConfiguration config) {
        super(db, config);
        this.engines = new TemplateEngines(config, db);
        this.configModel = Map.copyOf(config.asHashMap());
        this.version = config.getVersion();
    }

    /** The extensions JBake's registry found an engine for. */
    java.util.Set<String> recognizedExtensions() {
        return engines.getRecognizedExtensions();
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        model.setVersion(version);
        model.setConfig(configModel);
        String extension = FileUtil.fileExt(templateName);
        AbstractTemplateEngine engine = byExtension.computeIfAbsent(extension, engines::getEngine);
        if (engine == null) {
            throw new RenderingException("no template engine for " + templateName);
        }
        engine.renderDocument(model, templateName, writer);
    }
}
