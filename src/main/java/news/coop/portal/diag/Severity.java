package news.coop.portal.diag;

/** How bad a {@link Diagnostic} is. Only {@link #ERROR} stops a build. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The word printed in a diagnostic line: {@code error} or {@code warning}. */
    public String label() {
        return label;
    }
}
