package news.coop.portal.config;

import news.coop.portal.diag.Diagnostic;

/** The configuration cannot be used; carries the diagnostic that points into {@code jbake.properties}. */
public final class ConfigException extends Exception {
    private final transient Diagnostic diagnostic;

    public ConfigException(Diagnostic diagnostic) {
        super(diagnostic.toString(), null, false, false);
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
