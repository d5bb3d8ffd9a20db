package news.coop.portal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import news.coop.portal.build.BuildResult;
import news.coop.portal.diag.Diagnostic;

/** The lines that {@code build} and {@code serve} both print about a build. */
final class Report {
    private Report() {
    }

    /** {@code Baked 17 news items into 80 pages in 3.0 s → target/site}, for stdout. */
    static String baked(BuildResult result, double seconds, Path root) {
        Path output = result.output();
        String where = output.startsWith(root) ? root.relativize(output).toString().replace('\\', '/') : output.toString();
        return String.format(Locale.ROOT, "Baked %d news items into %d pages in %.1f s → %s", result.newsItems(), result.pages(), seconds, where);
    }

    /** Prints every diagnostic, one a line, to stderr. */
    static void diagnostics(PrintWriter err, List<Diagnostic> diagnostics) {
        diagnostics.forEach(err::println);
    }

    /** {@code 1 error}, {@code 3 errors}: how many of the diagnostics are errors. */
    static String errors(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        return errors + (errors == 1 ? " error" : " errors");
    }
}
