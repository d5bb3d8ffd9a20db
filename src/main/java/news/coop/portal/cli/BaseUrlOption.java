package news.coop.portal.cli;

import java.net.URI;
import java.net.URISyntaxException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --base-url}, part of {@link SiteOptions}: the site's address for this run (staging or
 * production), in place of {@code site.host} in {@code jbake.properties}. Without it, the environment
 * variable {@value #PORTAL_BASE_URL} gives it when set.
 */
final class BaseUrlOption {
    /** The environment variable that gives the base URL when {@code --base-url} is left out. */
    static final String PORTAL_BASE_URL = "PORTAL_BASE_URL";

    @Option(names = "--base-url", paramLabel = "URL",
            description = {"The site's address for this run, e.g. https://staging.example.org/portal/: every absolute URL and every link "
                    + "follows it. Default: PORTAL_BASE_URL when it is set, else site.host in jbake.properties."})
    private String text;

    /**
     * The base URL given by {@code --base-url}, else by {@value #PORTAL_BASE_URL} in the environment of {@code command}, without a trailing
     * slash; {@code null} when neither is given ({@code site.host} then holds).
     *
     * @throws CommandLine.ParameterException (a usage error) when it is not an absolute http or https URL
     */
    String value(CommandLine.Model.CommandSpec command) {
        String given = text != null ? text : PortalCommand.environment(command, PORTAL_BASE_URL);
        if (given == null) {
            return null;
        }
        String name = text != null ? "--base-url" : PORTAL_BASE_URL;
        if (!valid(given)) {
            throw new CommandLine.ParameterException(command.commandLine(), name + ": \"" + given
                    + "\" is not an absolute http or https address; write it as https://news.example.org or https://example.org/portal/");
        }
        return given.replaceAll("/+$", "");
    }

    /** An absolute http(s) URL with a host, and no user, query or fragment: a place a site can be served from. */
    static boolean valid(String url) {
        try {
            URI uri = new URI(url);
            return uri.getScheme() != null && uri.getScheme().matches("https?") && uri.getRawAuthority() != null && uri.getHost() != null
                    && uri.getRawUserInfo() == null && uri.getRawQuery() == null && uri.getRawFragment() == null
                    && (uri.getRawPath().isEmpty() || uri.getRawPath().startsWith("/")) && !uri.getRawPath().contains("//")
                    && !url.matches(".*\\s.*");
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
