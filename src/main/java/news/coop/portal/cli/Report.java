package news.coop.portal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.diag.Digest;
import news.coop.portal.pipeline.BuildResult;

/** The lines the commands print about what they did: a build's summary, diagnostics, counts. Stateless. */
final class Report {
    private Report() {
    }

    /** {@code Baked 17 news items into 80 pages in 3.0 s → target/site}, for stdout. */
    static String baked(BuildResult result, double seconds, Path root) {
        return String.format(Locale.ROOT, "Baked %d news items into %d pages in %.1f s → %s", result.newsItems(), result.pages(), seconds,
                shown(result.output(), root));
    }

    /** A folder as the user sees it: relative to the project when it lies inside it. */
    static String shown(Path folder, Path root) {
        if (folder == null) {
            return "";
        }
        return folder.startsWith(root) ? root.relativize(folder).toString().replace('\\', '/') : folder.toString();
    }

    /** How much of the diagnostics is printed ({@code --quiet}, {@code --verbose}, or neither). */
    enum Detail {
        /** Only the errors ({@code --quiet}). */
        ERRORS,
        /** Every error, and each warning code found on many files as one line ({@link Digest}): the default. */
        DIGEST,
        /** Every diagnostic on a line of its own ({@code --verbose}). */
        ALL;

        /** The lines to print of {@code diagnostics}, in their order. */
        List<String> lines(List<Diagnostic> diagnostics) {
            return switch (this) {
                case ERRORS -> diagnostics.stream().filter(Diagnostic::isError).map(Diagnostic::toString).toList();
                case DIGEST -> Digest.lines(diagnostics);
                case ALL -> diagnostics.stream().map(Diagnostic::toString).toList();
            };
        }
    }

    /** Prints the diagnostics, one a line, to stderr, as much of them as {@code detail} says. */
    static void diagnostics(PrintWriter err, List<Diagnostic> diagnostics, Detail detail) {
        detail.lines(diagnostics).forEach(err::println);
    }

    /**
     * Prints the diagnostics of a failure as {@code detail} says (every error whatever it says), then
     * {@code portal: 2 errors; CONSEQUENCE}: what did not happen because of them.
     */
    static void failed(PrintWriter err, List<Diagnostic> diagnostics, Detail detail, String consequence) {
        diagnostics(err, diagnostics, detail);
        err.println("portal: " + errors(diagnostics) + "; " + consequence);
    }

    /** {@code 1 error}, {@code 3 errors}: how many of the diagnostics are errors. */
    static String errors(List<Diagnostic> diagnostics) {
        return count(diagnostics.stream().filter(Diagnostic::isError).count(), "error");
    }

    /** {@code 1 warning}, {@code 2 warnings}: a count and its noun, in the plural unless it is one. */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
