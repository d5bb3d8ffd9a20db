package news.coop.portal.jbake;

import java.io.File;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.render.RenderingTool;

/**
 * The rendering tool that renders every page of the plan: home pages, news items, area and region
 * pages (paginated, with feeds), archives, pages, 404, sitemap. Found, like JBake's own tools, through
 * {@code META-INF/services/org.jbake.render.RenderingTool} by the bake sequence ({@link PortalOven}).
 * Pages render in parallel ({@link PortalRenderer#renderAll}).
 *
 * <p>It renders only when the Oven bakes from our {@link PlanContentStore} with our
 * {@link PortalRenderer}; used by a stock JBake bake, it does nothing.
 */
public final class PlanRenderingTool implements RenderingTool {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) {
        if (!(db instanceof PlanContentStore store) || !(renderer instanceof PortalRenderer portal)) {
            return 0;
        }
        var engineProblem = portal.checkEngineOnce(config, db);
        if (engineProblem.isPresent()) {
            store.failed(0, engineProblem.get());
            return 0;
        }
        return portal.renderAll(store);
    }

    @Override
    @Deprecated
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath, CompositeConfiguration config) {
        return 0;
    }
}
