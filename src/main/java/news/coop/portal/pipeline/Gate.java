package news.coop.portal.pipeline;

import java.nio.file.Path;
import java.util.List;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.verify.SourceDocument;

/**
 * A check of a complete site before it is published ({@code build --verify}): it sees the staging
 * folder, exactly as it will be swapped in; any error keeps the published site as it was.
 */
@FunctionalInterface
public interface Gate {
    /**
     * @param site      the complete site, not yet published
     * @param config    the site's configuration
     * @param documents every news item and page of the sources, published or withheld
     * @return the problems found; an error stops the build
     */
    List<Diagnostic> check(Path site, SiteConfig config, List<SourceDocument> documents);
}
