package news.coop.portal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import news.coop.portal.bench.Benchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code portal bench}: measure the portal on a generated archive. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        header = "Measures build speed and memory on a generated news archive.",
        description = {"The archive uses the templates, data and pages of --project. Measured: cold full builds in fresh JVMs, warm "
                + "rebuilds (nothing changed, one item edited, one added) and peak memory.",
                "Prints a table of medians. The archive lives in a temporary folder unless --keep names one."})
final class BenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--items", paramLabel = "N", required = true, description = "How many news items to generate.")
    private int items;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the generator (default 42): the same seed gives the same archive.")
    private long seed = 42;

    @Option(names = "--runs", paramLabel = "R", description = "Runs per measurement (default 3); the table shows medians.")
    private int runs = 3;

    @Option(names = "--keep", paramLabel = "DIR", description = "Generate the archive into DIR and keep it; an archive already there is reused.")
    private Path keep;

    @Option(names = "--compare-jbake", description = "Also bake the archive with stock JBake 2.7.0 (slow: use up to 3,000 items);"
            + " needs a tool built with it: " + Benchmark.STOCK_JBAKE_BUILD)
    private boolean compareJBake;

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
        Path archive = keep != null ? keep.toAbsolutePath().normalize() : Files.createTempDirectory("portal-bench");
        new Benchmark(spec.commandLine().getOut(), items, seed, runs).run(project.root(), archive, compareJBake);
        if (keep == null) {
            spec.commandLine().getOut().println("(the archive was in " + archive + "; pass --keep DIR to keep one)");
        }
        return CommandLine.ExitCode.OK;
    }
}
