package news.coop.portal.load;

import news.coop.portal.diag.Diagnostic;

/** A source that cannot be read at all; carries the one diagnostic that says why. */
public final class SourceException extends Exception {
    private final transient Diagnostic diagnostic;

    public SourceException(Diagnostic diagnostic) {
        super(diagnostic.toString(), null, false, false);
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
