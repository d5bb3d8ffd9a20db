package news.coop.portal.diag;

/**
 * Something that cannot be read or used at all (a source that is not text, a configuration that
 * makes no sense); carries the one diagnostic that says where and why.
 */
public final class DiagnosticException extends Exception {
    private final transient Diagnostic diagnostic;

    public DiagnosticException(Diagnostic diagnostic) {
        super(diagnostic.toString(), null, false, false);
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
