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

    /**
     * Path, message and hint quote what authors wrote, so characters that would break the one-line form
     * or act on a terminal (control characters, line and paragraph separators, bidirectional overrides)
     * are shown as {@code <U+001B>}: a diagnostic is always one line of plain, visible text.
     */
    public Diagnostic {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        path = visible(path);
        message = visible(message);
        hint = hint == null ? "" : visible(hint);
    }

    /** The text with every character that is not plain visible text written as {@code <U+XXXX>}. */
    static String visible(String text) {
        if (text.chars().noneMatch(Diagnostic::hidden)) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length() + 16);
        text.chars().forEach(c -> {
            if (hidden(c)) {
                shown.append(String.format(java.util.Locale.ROOT, "<U+%04X>", c));
            } else {
                shown.append((char) c);
            }
        });
        return shown.toString();
    }

    private static boolean hidden(int c) {
        return Character.getType(c) == Character.CONTROL || c == 0x2028 || c == 0x2029 || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
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
