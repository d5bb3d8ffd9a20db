package news.coop.portal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import news.coop.portal.bench.Benchmark;
import news.coop.portal.bench.Corpus;
import news.coop.portal.bench.Hugo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code portal bench}: measure the portal on a generated archive. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        header = "Measures build speed and memory on a generated news archive.",
        description = {"The archive uses the templates, data and pages of --project. Measured, as medians of --runs with the peak memory of each row: "
                + "builds in fresh JVMs (cold with no cache; then with the build cache, nothing changed, one item added, one edited, one template "
                + "changed) and warm rebuilds in one process (nothing changed, one item edited, one added).",
                "The archive lives in a temporary folder unless --keep names one."})
final class BenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--items", paramLabel = "N", required = true, description = "How many news items to generate.")
    private int items;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the generator (default 42; 1 for the reference corpus, as gen-corpus.py):"
            + " the same seed gives the same archive.")
    private Long seed;

    @Option(names = "--corpus", paramLabel = "KIND", description = {"multilingual (the default without --compare-hugo): items in ru, en and be with "
            + "pictures and links, as the press office writes them; reference (the default with --compare-hugo): the English items of "
            + "gen-corpus.py, the shapes a comparison with Hugo is measured on by hand."})
    private Corpus corpus;

    @Option(names = "--runs", paramLabel = "R", description = "Runs per measurement (default 3); the table shows medians.")
    private int runs = 3;

    @Option(names = "--keep", paramLabel = "DIR", description = "Generate the archive into DIR and keep it; an archive already there is reused.")
    private Path keep;

    @Option(names = "--compare-jbake", description = "Also bake the archive with stock JBake 2.7.0 (slow: use up to 3,000 items);"
            + " needs a tool built with it: " + Benchmark.STOCK_JBAKE_BUILD)
    private boolean compareJBake;

    @Option(names = "--compare-hugo", paramLabel = "PATH", description = "Also build the archive's Hugo form with the hugo executable at PATH"
            + " (e.g. /usr/bin/hugo), and give every row's ratio to Hugo's full build; needs the reference corpus.")
    private String compareHugo;

    /** The portal whose templates, data and pages the archive uses. */
    @Mixin
    private ProjectOption project;

    @Mixin
    private DebugOption debug;

    @Override
    public Integer call() throws Exception {
        if (items < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--items must be at least 1");
        }
        if (compareJBake && !Benchmark.hasStockJBake()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--compare-jbake needs stock JBake, which this build of the tool"
                    + " leaves out: build the tool with it (" + Benchmark.STOCK_JBAKE_BUILD + ") and run again");
        }
        Corpus kind = corpus != null ? corpus : compareHugo != null ? Corpus.REFERENCE : Corpus.MULTILINGUAL;
        Path archive = keep != null ? keep.toAbsolutePath().normalize() : null;
        boolean reused = archive != null && Files.exists(archive.resolve("jbake.properties"));
        if (reused) {
            kind = Corpus.of(archive);
        }
        Hugo hugo = null;
        if (compareHugo != null) {
            if (!kind.hasHugoForm()) {
                throw new CommandLine.ParameterException(spec.commandLine(), reused
                        ? "--compare-hugo: the archive in " + archive + " has no Hugo form (hugo-site/): it is a multilingual one; "
                                + "give --keep a new folder, and the reference corpus is generated there"
                        : "--compare-hugo builds the reference corpus, the same items in the portal's form and in Hugo's: drop --corpus multilingual");
            }
            try {
                hugo = Hugo.at(compareHugo);
            } catch (Hugo.Unusable unusable) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--compare-hugo " + compareHugo + ": " + unusable.getMessage()
                        + " — give the path of the hugo executable, e.g. /usr/bin/hugo (Debian: apt-get install hugo)");
            }
        }
        if (archive == null) {
            archive = Files.createTempDirectory("portal-bench");
        }
        new Benchmark(spec.commandLine().getOut(), kind, items, seed != null ? seed : kind.defaultSeed(), runs).run(project.root(), archive, compareJBake, hugo);
        if (keep == null) {
            spec.commandLine().getOut().println("(the archive was in " + archive + "; pass --keep DIR to keep one)");
        }
        return CommandLine.ExitCode.OK;
    }
}
