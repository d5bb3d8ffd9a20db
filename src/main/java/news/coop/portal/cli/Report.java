package news.coop.portal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import news.coop.portal.pipeline.BuildResult;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.diag.ReportFormat;
import picocli.CommandLine;

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

    /**
     * Writes a report in {@code format}: to {@code output} when given, else text to stderr and JSON or
     * JUnit to stdout; then the one-line {@code summary} where the report is not, so that a JSON or JUnit
     * report stays clean.
     */
    static void write(CommandLine.Model.CommandSpec spec, ReportFormat format, Path output, ReportFormat.Report report, String summary)
            throws IOException {
        PrintWriter console = format == ReportFormat.TEXT ? spec.commandLine().getErr() : spec.commandLine().getOut();
        if (output != null) {
            Path file = output.toAbsolutePath().normalize();
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                format.write(report, writer);
            }
        } else {
            format.write(report, console);
            console.flush();
        }
        PrintWriter where = format == ReportFormat.TEXT && output == null ? spec.commandLine().getOut() : spec.commandLine().getErr();
        where.println(summary);
    }
}
