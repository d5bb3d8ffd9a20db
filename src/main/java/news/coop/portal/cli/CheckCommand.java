package news.coop.portal.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import news.coop.portal.pipeline.BuildOptions;
import news.coop.portal.pipeline.Session;
import news.coop.portal.diag.ReportFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code portal check}: every check of a build, and writing advice, without publishing anything. */
@Command(name = "check", mixinStandardHelpOptions = true,
        header = "Checks every source and page as a build would; writes nothing.",
        description = {"Checks everything a build checks, without writing the site: front matter, areas and regions, dates, slugs and "
                + "URL collisions, links between items, images and their text alternatives, templates, and every link of every page.",
                "It also gives writing advice as warnings: a title over 110 characters, a lead over 200, a lead that repeats the "
                + "title, an empty text, a text that repeats the lead, a skipped heading level; and it warns of each part of raw HTML "
                + "that the site removes (a script, an event attribute, a javascript: address, an iframe from a host not allowed …).",
                "Every problem is reported, each with its path:line:col."},
        footer = {"", "Exit codes: 0 no errors (warnings allowed unless --strict), 1 errors found, 2 usage error.",
                "", "Examples:", "  ./portal check", "  ./portal check --strict --format junit --output target/check.xml"})
final class CheckCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (default): one line per problem on standard error; json or junit: a report for CI on standard output (or --output).")
    private ReportFormat format = ReportFormat.TEXT;

    @Option(names = "--strict", description = "Treat warnings as errors (for CI before publishing).")
    private boolean strict;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead.")
    private Path output;

    @Option(names = "--project", paramLabel = "DIR", description = "The portal's folder (holds jbake.properties). Default: the current folder.")
    private Path project = Path.of(".");

    @Option(names = "--drafts", description = "Also check drafts as published pages, as a preview with --drafts shows them.")
    private boolean drafts;

    @CommandLine.Mixin
    private NowOption now;

    @CommandLine.Mixin
    private BaseUrlOption baseUrl;

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    private boolean debug;

    @Override
    public Integer call() throws IOException {
        Path root = project.toAbsolutePath().normalize();
        BuildOptions options = new BuildOptions(root, root.resolve("target").resolve("site"), drafts, now.instant()).withBaseUrl(baseUrl.value());
        Session.CheckResult result;
        try (Session session = new Session(options)) {
            result = session.check();
        }
        ReportFormat.Report report = new ReportFormat.Report(result.diagnostics(), result.sources());
        if (strict) {
            report = report.strict();
        }
        Report.write(spec, format, output, report, summary(report));
        return report.errors() > 0 ? CommandLine.ExitCode.SOFTWARE : CommandLine.ExitCode.OK;
    }

    private static String summary(ReportFormat.Report report) {
        int sources = report.sources().size();
        String checked = String.format(Locale.ROOT, "Checked %d %s: ", sources, sources == 1 ? "source" : "sources");
        if (report.diagnostics().isEmpty()) {
            return checked + "no problems";
        }
        List<String> counts = new ArrayList<>();
        if (report.errors() > 0) {
            counts.add(count(report.errors(), "error"));
        }
        if (report.warnings() > 0) {
            counts.add(count(report.warnings(), "warning"));
        }
        return checked + String.join(", ", counts);
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
