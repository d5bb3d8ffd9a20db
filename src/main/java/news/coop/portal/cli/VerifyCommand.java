package news.coop.portal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import news.coop.portal.config.ConfigReader;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.diag.ReportFormat;
import news.coop.portal.pipeline.BuildOptions;
import news.coop.portal.pipeline.Configuration;
import news.coop.portal.pipeline.Session;
import news.coop.portal.verify.HtmlChecks;
import news.coop.portal.verify.SiteVerifier;
import news.coop.portal.verify.SourceDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code portal verify}: checks the built site folder, as a host will serve it, before it is published. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        header = "Verifies the built site: links, HTML, feeds, sitemap, leaks, hreflang.",
        description = {"Checks the built site folder itself, as a host serves it, not the sources:",
                "  - links and #fragments lead to files of the site and to ids on them;",
                "  - images, stylesheets and scripts exist;",
                "  - pages are valid HTML5 (the Nu HTML Checker, in-process, offline);",
                "  - Atom feeds are valid Atom 1.0 (read by ROME), with absolute links;",
                "  - sitemap.xml fits the sitemaps.org schema, listing the public pages;",
                "  - drafts, and items dated after --now, left no page, URL or title;",
                "  - hreflang alternates are reciprocal.",
                "Each failure names the site file, its source where known, and the bad target."},
        footer = {"", "Exit codes: 0 the site is good, 1 failures found, 2 usage error.",
                "", "Examples:", "  ./portal build && ./portal verify", "  ./portal build --verify",
                "  ./portal verify --format junit --output target/verify.xml"})
final class VerifyCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private ReportOptions report;

    @Option(names = "--site", paramLabel = "DIR", description = "The built site to verify. Default: target/site in the project.")
    private Path built;

    /** With the address the site was built for ({@code --base-url}): its base path is where the site's links start. */
    @Mixin
    private SiteOptions site;

    @Mixin
    private Verbosity verbosity;

    @Mixin
    private DebugOption debug;

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        Path root = site.root();
        Path folder = built == null ? site.target("site") : built.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no built site in " + folder + "; run ./portal build first, or name it with --site");
        }
        BuildOptions options = site.options(folder);
        ConfigReader.Result read = Configuration.read(root, folder, options.baseUrl());
        if (read.failed()) {
            Report.failed(spec.commandLine().getErr(), read.diagnostics(), verbosity.detail(), "nothing was verified");
            return CommandLine.ExitCode.SOFTWARE;
        }
        // The HTML checker reads its schemas while the sources are read.
        HtmlChecks htmlChecks = HtmlChecks.start();
        SiteVerifier.Result result;
        try (ShownProgress progress = verbosity.progress(ShownProgress.Use.BUILD)) {
            List<SourceDocument> documents;
            try (Session session = new Session(options)) {
                documents = session.documents();
            }
            progress.started("verify");
            try {
                result = new SiteVerifier(read.config(), folder, documents, htmlChecks).verify();
            } finally {
                progress.ended("verify");
            }
        }
        ReportFormat.Report found = new ReportFormat.Report(result.diagnostics(), result.files(), "portal verify");
        return report.write(found, summary(found, (System.nanoTime() - start) / 1e9), verbosity.detail());
    }

    /** The check {@code build --verify} runs on the staging folder. */
    static List<Diagnostic> gate(Path staged, SiteConfig config, List<SourceDocument> documents) {
        return new SiteVerifier(config, staged, documents, HtmlChecks.start()).verify().diagnostics();
    }

    private static String summary(ReportFormat.Report report, double seconds) {
        int files = report.sources().size();
        String verified = String.format(Locale.ROOT, "Verified %s in %.1f s: ", Report.count(files, "file"), seconds);
        if (report.errors() == 0) {
            return verified + "no problems";
        }
        return verified + Report.count(report.errors(), "failure");
    }
}
