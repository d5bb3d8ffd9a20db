package news.coop.portal.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.coop.portal.author.Importer;
import news.coop.portal.author.Workspace;
import news.coop.portal.diag.Diagnostic;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code portal import}: turn plain-text press releases into news items, all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        header = "Turns plain-text press releases into news items.",
        description = {"Each release becomes an item in content/news/YYYY/, and the command prints each file it created.",
                "A release is a line \"Posted: dd.mm.yyyy hh:mm:ss\" (read in portal.timezone), then the title, the lead and the text, "
                + "separated by blank lines; lists and quotations are kept, and nothing in the text is read as Markdown or HTML.",
                "Unless --lang, --area and --region give them, the language is told from the letters, the areas from the keywords in "
                + "data/areas.yml and the regions from the names in data/regions.yml; each choice is printed with its reason.",
                "All or nothing: if any release has a problem, no file is written."},
        footer = {"", "Examples:",
                "  ./portal import ~/releases/meeting-report.txt --dry-run",
                "  ./portal import a.txt b.txt --area energy --lang ru",
                "", "Exit codes: 0 imported, 1 a release could not be imported (nothing was written), 2 usage error (unknown area, region or language)."})
final class ImportCommand extends AuthoringCommand {
    /** Set by the launchers to the folder the user ran them from, since they run Java from the project's folder. */
    static final String INVOKED_FROM = "PORTAL_INVOKED_FROM";

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Press releases: UTF-8 text files. A relative path is read from the folder you ran the command in.")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--dry-run", description = "Print each item that would be written, after its path, and write nothing.")
    private boolean dryRun;

    @Override
    int write(Workspace workspace, List<Diagnostic> usage, PrintWriter out, PrintWriter err) {
        if (!usage.isEmpty()) {
            return usage(usage, err);
        }
        String base = System.getenv(INVOKED_FROM);
        List<Path> releases = files.stream().map(file -> resolve(file, base)).toList();
        Importer.Plan plan = new Importer(workspace, new Importer.Choices(terms.areas(), terms.regions(), terms.lang())).plan(releases);
        if (plan.hasErrors()) {
            Report.failed(err, plan.problems().stream().filter(Diagnostic::isError).toList(), verbosity.detail(), "nothing was imported");
            return CommandLine.ExitCode.SOFTWARE;
        }
        Report.diagnostics(err, plan.problems(), verbosity.detail());
        if (!dryRun) {
            try {
                Importer.write(plan.items());
            } catch (UncheckedIOException e) {
                err.println("portal: cannot write the items: " + e.getCause().getMessage() + "; nothing was imported");
                return CommandLine.ExitCode.SOFTWARE;
            }
        }
        for (Importer.Planned item : plan.items()) {
            if (!verbosity.quiet()) {
                out.println(item.release());
                item.notes().forEach(note -> out.println("  " + note));
            }
            if (dryRun) {
                out.println("Would create " + workspace.display(item.file()) + ":");
                out.print(item.text());
                out.println();
            } else {
                out.println("Created " + workspace.display(item.file()));
            }
        }
        int count = plan.items().size();
        out.println(dryRun ? "Dry run: nothing was written."
                : "Imported " + count + (count == 1 ? " release" : " releases")
                        + ". Next: read each item, correct its lead, areas and regions if needed, and preview with ./portal serve.");
        return CommandLine.ExitCode.OK;
    }

    /**
     * A release's path: a relative one is read from the folder the user ran the command in (the
     * launchers export it as {@value #INVOKED_FROM}), else from the current folder.
     */
    static Path resolve(Path file, String invokedFrom) {
        Path base = invokedFrom == null || invokedFrom.isBlank() ? Path.of("") : Path.of(invokedFrom);
        return base.toAbsolutePath().resolve(file).normalize();
    }
}
