package news.coop.portal.jbake;

import java.nio.file.Path;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.DiagnosticException;

/** Reads the site's configuration from {@code jbake.properties} with JBake's configuration factory. */
public final class JBakeBakery {
    private JBakeBakery() {
    }

    /** Loads the site configuration from {@code jbake.properties} with JBake's configuration factory. */
    public static SiteConfig loadConfig(Path root, Path outputDir) throws DiagnosticException {
        return loadConfig(root, outputDir, null);
    }

    /**
     * Loads the site configuration as {@link #loadConfig(Path, Path)} does, with {@code baseUrl} (an
     * absolute http(s) URL, checked by the caller) in place of {@code site.host}; {@code null} keeps it.
     */
    public static SiteConfig loadConfig(Path root, Path outputDir, String baseUrl) throws DiagnosticException {
        return JBakeConfigs.siteConfig(root, outputDir, baseUrl);
    }
}
