package news.coop.portal.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import news.coop.portal.pipeline.Session;
import news.coop.portal.diag.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code portal check}: every check of a build, and writing advice, without publishing anything. */
@Command(name = "check", mixinStandardHelpOptions = true,
        header = "Checks every source and page as a build would; writes nothing.",
        description = {"It checks what a build checks: jbake.properties, data/, front matter, areas and regions, dates, slugs and "
                + "URL collisions, links between items, images and their text alternatives, templates, and every link of every page.",
                "It also gives writing advice as warnings: a title over 110 characters, a lead over 200, a lead that repeats the "
                + "title, an empty text, a text that repeats the lead, a skipped heading level; and it warns of each part of raw HTML "
                + "that the site removes (a script, an event attribute, a javascript: address, an iframe from a host not allowed …).",
                "Every problem is reported, each with its path:line:col."},
        footer = {"", "Exit codes: 0 no errors (warnings allowed unless --strict), 1 errors found, 2 usage error.",
                "", "Examples:", "  ./portal check", "  ./portal check --strict --format junit --output target/check.xml"})
final class CheckCommand implements Callable<Integer> {
    @Mixin
    private ReportOptions report;

    @Mixin
    private StrictOption strict;

    @Mixin
    private SiteOptions site;

    @Mixin
    private CacheOption cache;

    @Mixin
    private Verbosity verbosity;

    @Mixin
    private DebugOption debug;

    @Override
    public Integer call() throws IOException {
        Session.CheckResult result;
        try (ShownProgress progress = verbosity.progress(ShownProgress.Use.CHECK);
                Session session = new Session(cache.apply(site.options(site.target("site"))).withProgress(progress))) {
            result = session.check();
        }
        ReportFormat.Report found = new ReportFormat.Report(result.diagnostics(), result.sources());
        if (strict.on()) {
            found = found.strict();
        }
        return report.write(found, summary(found), verbosity.detail());
    }

    private static String summary(ReportFormat.Report report) {
        int sources = report.sources().size();
        String checked = String.format(Locale.ROOT, "Checked %d %s: ", sources, sources == 1 ? "source" : "sources");
        if (report.diagnostics().isEmpty()) {
            return checked + "no problems";
        }
        List<String> counts = new ArrayList<>();
        if (report.errors() > 0) {
            counts.add(Report.count(report.errors(), "error"));
        }
        if (report.warnings() > 0) {
            counts.add(Report.count(report.warnings(), "warning"));
        }
        return checked + String.join(", ", counts);
    }
}
