package news.coop.portal.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
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
        description = {"Turns plain-text press releases into news items in content/news/YYYY/, and prints each file it created.",
                "A release is a line \"Posted: dd.mm.yyyy hh:mm:ss\" (read in portal.timezone), then the title, the lead and the text,",
                "separated by blank lines; lists and quotations are kept, and nothing in the text is read as Markdown or HTML.",
                "The language is told from the letters, the areas from the keywords in data/areas.yml and the regions from the names",
                "in data/regions.yml; each choice is printed with its reason. All or nothing: if any release has a problem, no file is written."},
        footer = {"", "Examples:",
                "  ./portal import ~/releases/meeting-report.txt --dry-run",
                "  ./portal import a.txt b.txt --area energy --lang ru",
                "", "Exit codes: 0 imported, 1 a release could not be imported (nothing was written), 2 usage error (unknown area, region or language)."})
final class ImportCommand implements Callable<Integer> {
    /** Set by the launchers to the folder the user ran them from, since they run Java from the project's folder. */
    static final String INVOKED_FROM = "PORTAL_INVOKED_FROM";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Press releases: UTF-8 text files. A relative path is read from the folder you ran the command in.")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--area", paramLabel = "ID", description = "Give every item this area from data/areas.yml instead of suggesting areas; repeat for more.")
    private List<String> areas = new ArrayList<>();

    @Option(names = "--region", paramLabel = "ID", description = "Give every item this region from data/regions.yml instead of suggesting regions; repeat for more.")
    private List<String> regions = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "LANG", description = "The releases' language, one of portal.languages, instead of telling it from the letters.")
    private String lang;

    @Option(names = "--dry-run", description = "Print each item that would be written, after its path, and write nothing.")
    private boolean dryRun;

    @Option(names = "--project", paramLabel = "DIR", description = "The portal's folder (holds jbake.properties). Default: the current folder.")
    private Path project = Path.of(".");

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Workspace> opened = Authoring.open(project, err);
        if (opened.isEmpty()) {
            return CommandLine.ExitCode.SOFTWARE;
        }
        Workspace workspace = opened.get();
        List<Diagnostic> usage = workspace.checkOptions(areas, regions, lang);
        if (!usage.isEmpty()) {
            usage.forEach(err::println);
            return CommandLine.ExitCode.USAGE;
        }
        String base = System.getenv(INVOKED_FROM);
        List<Path> releases = files.stream().map(file -> resolve(file, base)).toList();
        Importer.Plan plan = new Importer(workspace, new Importer.Choices(areas, regions, lang)).plan(releases);
        if (plan.hasErrors()) {
            plan.problems().stream().filter(Diagnostic::isError).forEach(err::println);
            err.println("portal: " + Report.errors(plan.problems()) + "; nothing was imported");
            return CommandLine.ExitCode.SOFTWARE;
        }
        plan.problems().forEach(err::println);
        if (!dryRun) {
            try {
                Importer.write(plan.items());
            } catch (UncheckedIOException e) {
                err.println("portal: cannot write the items: " + e.getCause().getMessage() + "; nothing was imported");
                return CommandLine.ExitCode.SOFTWARE;
            }
        }
        for (Importer.Planned item : plan.items()) {
            out.println(item.release());
            item.notes().forEach(note -> out.println("  " + note));
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
