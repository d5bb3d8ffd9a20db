package news.coop.portal.jbake;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.jbake.app.ContentStore;
import org.jbake.app.Oven;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

/**
 * Runs JBake's bake sequence over our {@link Utensils}: store start-up, crawl, every
 * {@link RenderingTool} found by ServiceLoader, then JBake's asset copy.
 *
 * <p>It is {@link Oven#bake()} without one line: Oven calls {@code ContentStore.updateSchema()},
 * which is {@code final} in JBake 2.7.0 and opens OrientDB's schema, so an Oven cannot bake from a
 * store that is not OrientDB. Everything else (the utensils, the ServiceLoader lookup of rendering
 * tools, the template engines, {@code Asset}) is JBake's own. It also leaves out Oven's
 * {@code Locale.setDefault} and the static document-type registry: no global state changes here.
 */
final class PortalOven {
    private final Utensils utensils;
    private final List<Throwable> errors = new ArrayList<>();

    PortalOven(Utensils utensils) {
        this.utensils = utensils;
    }

    /** Bakes; assets are copied only when {@code copyAssets} (a rebuild that changed no asset skips them). */
    int bake(boolean copyAssets) {
        ContentStore store = utensils.getContentStore();
        JBakeConfiguration config = utensils.getConfiguration();
        int rendered = 0;
        store.startup();
        try {
            utensils.getCrawler().crawl();
            utensils.getCrawler().crawlDataFiles();
            for (RenderingTool tool : ServiceLoader.load(RenderingTool.class)) {
                try {
                    rendered += tool.render(utensils.getRenderer(), store, config);
                } catch (RenderingException e) {
                    errors.add(e);
                }
            }
            if (copyAssets) {
                utensils.getAsset().copy();
                utensils.getAsset().copyAssetsFromContent(config.getContentFolder());
                errors.addAll(utensils.getAsset().getErrors());
            }
        } finally {
            store.close();
            store.shutdown();
        }
        return rendered;
    }

    List<Throwable> errors() {
        return List.copyOf(errors);
    }
}
