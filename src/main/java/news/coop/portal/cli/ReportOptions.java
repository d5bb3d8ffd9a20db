package news.coop.portal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import news.coop.portal.diag.ReportFormat;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --format} and {@code --output FILE}, shared by the commands that report what they found
 * ({@code check}, {@code verify}), and the writing of that report.
 */
final class ReportOptions {
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    private CommandLine.Model.CommandSpec command;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (default): one line per problem on standard error; json or junit: a report for CI on standard output (or --output).")
    private ReportFormat format = ReportFormat.TEXT;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead.")
    private Path output;

    /**
     * Writes {@code report} in the format asked for: to the {@code --output} file when given, else text
     * to stderr and JSON or JUnit to stdout; then the one-line {@code summary} where the report is not,
     * so that a JSON or JUnit report stays clean. Text on stderr holds as much as {@code detail} says
     * ({@code --quiet}, {@code --verbose}); a file, and JSON and JUnit anywhere, hold every diagnostic.
     *
     * @return the command's exit code: 1 when the report holds an error, else 0
     */
    int write(ReportFormat.Report report, String summary, Report.Detail detail) throws IOException {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        PrintWriter console = format == ReportFormat.TEXT ? err : out;
        if (output != null) {
            Path file = output.toAbsolutePath().normalize();
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                format.write(report, writer);
            }
        } else if (format == ReportFormat.TEXT) {
            Report.diagnostics(console, report.diagnostics(), detail);
        } else {
            format.write(report, console);
            console.flush();
        }
        (format == ReportFormat.TEXT && output == null ? out : err).println(summary);
        return report.errors() > 0 ? CommandLine.ExitCode.SOFTWARE : CommandLine.ExitCode.OK;
    }
}
