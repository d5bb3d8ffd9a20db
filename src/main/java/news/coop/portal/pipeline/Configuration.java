package news.coop.portal.pipeline;

import java.nio.file.Path;
import news.coop.portal.config.ConfigReader;
import news.coop.portal.jbake.JBakeConfigs;

/**
 * The project's configuration for the commands that need it without building ({@code serve} to bind
 * and watch, {@code verify}, {@code new}, {@code import}): read by JBake's configuration factory and
 * checked by {@link ConfigReader}, as the configure stage of every build reads it. Stateless.
 */
public final class Configuration {
    private Configuration() {
    }

    /**
     * Reads {@code jbake.properties} of {@code root}.
     *
     * @param output  where the site is published
     * @param baseUrl the site's address for this run in place of {@code site.host}; null keeps it
     * @return the configuration, or every problem that stops it; warnings in either case
     */
    public static ConfigReader.Result read(Path root, Path output, String baseUrl) {
        return JBakeConfigs.read(root, output, baseUrl);
    }
}
