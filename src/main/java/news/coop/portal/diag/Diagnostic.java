package news.coop.portal.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in the sources, printed as
 * {@code path:line:col: error [code] message — hint}.
 *
 * <p>{@code path} is relative to the project root with forward slashes, so the text is the same on
 * every machine. Lines and columns start at 1; 0 means "the whole file" and is left out of the text.
 */
public record Diagnostic(String path, int line, int column, Severity severity, String code, String message, String hint) {

    /** Sorts by file, then position, then code, so output order never depends on discovery order. */
    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::path)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
    }

    public static Diagnostic error(String path, int line, int column, String code, String message, String hint) {
        return new Diagnostic(path, line, column, Severity.ERROR, code, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** This problem as an error, whatever its severity: what {@code --strict} makes of a warning. */
    public Diagnostic asError() {
        return isError() ? this : new Diagnostic(path, line, column, Severity.ERROR, code, message, hint);
    }

    /** Where: {@code path:line:col}, or less where the line or column is 0. */
    public String location() {
        StringBuilder text = new StringBuilder(path);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        return text.toString();
    }

    /** The one-line form that authors, editors and CI annotators read. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(location());
        text.append(": ").append(severity.label()).append(" [").append(code).append("] ").append(message);
        if (!hint.isEmpty()) {
            text.append(" — ").append(hint);
        }
        return text.toString();
    }
}
