package news.coop.portal.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import news.coop.portal.pipeline.Build;
import news.coop.portal.pipeline.BuildOptions;
import news.coop.portal.pipeline.BuildResult;
import news.coop.portal.diag.BuildFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code portal build}: bake {@code content/} into {@code target/site}. */
@Command(name = "build", mixinStandardHelpOptions = true,
        header = "Bakes content/ into target/site, the folder any static host serves.",
        description = {"Every problem is printed as path:line:col; nothing is published unless the whole site is good.",
                "With --verify the new site is also verified (links, HTML, feeds, sitemap, leaks, hreflang; see portal verify --help) "
                + "before it is swapped in."},
        footer = {"", "Exit codes: 0 built, 1 content or build errors, or warnings with --strict (the previous site is kept), 2 usage error."})
final class BuildCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private SiteOptions site;

    @Option(names = "--output", paramLabel = "DIR", description = "Where to publish the site. Default: target/site in the project.")
    private Path output;

    @Option(names = "--verify", description = {"Verify the built site as portal verify does, in its staging folder, before it replaces "
            + "the published one: if verification fails, the build fails (exit 1) and the previous site is kept."})
    private boolean verify;

    @Mixin
    private StrictOption strict;

    @Option(names = "--threads", paramLabel = "N", description = "Pages worked on at once. Default: one per processor. The output is the same for every N.")
    private int threads;

    @Option(names = "--timings", description = "Print the time each stage took (configure, load, model, pictures, markdown, plan, assets, render, copies, links, stage, verify, write).")
    private boolean timings;

    @Mixin
    private CacheOption cache;

    @Mixin
    private Verbosity verbosity;

    @Mixin
    private DebugOption debug;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        // --now, else SOURCE_DATE_EPOCH, else this moment: one "now" for the whole build.
        Instant given = site.now();
        Instant buildNow = given != null ? given : Instant.now();
        Path root = site.root();
        BuildOptions options = new BuildOptions(root, output == null ? site.target("site") : output.toAbsolutePath().normalize(),
                site.drafts(), buildNow, threads, site.baseUrl(), strict.on());
        options = cache.apply(options);
        BuildResult result;
        // The progress is erased (closed) before anything else is printed.
        try (ShownProgress progress = verbosity.progress(ShownProgress.Use.BUILD)) {
            result = new Build(options.withProgress(progress)).run(verify ? VerifyCommand::gate : null);
        } catch (BuildFailure failure) {
            Report.failed(spec.commandLine().getErr(), failure.diagnostics(), verbosity.detail(), "nothing was published, the previous site is unchanged");
            return CommandLine.ExitCode.SOFTWARE;
        }
        Report.diagnostics(spec.commandLine().getErr(), result.warnings(), verbosity.detail());
        if (verbosity.detail() != Report.Detail.ERRORS) {
            result.cache().problem(Report.shown(options.cache(), root)).ifPresent(problem -> spec.commandLine().getErr().println("portal: " + problem));
        }
        if (timings) {
            result.timings().forEach((stage, time) -> spec.commandLine().getErr().println(
                    String.format(Locale.ROOT, "  %-10s %6.0f ms", stage, time.toNanos() / 1e6)));
            peakMemoryMegabytes().ifPresent(megabytes -> spec.commandLine().getErr().println("  peak memory " + megabytes + " MB"));
            if (options.cache() != null) {
                spec.commandLine().getErr().println(String.format(Locale.ROOT, "  build cache %,d entries found, %,d made", result.cache().hits(),
                        result.cache().misses()));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        spec.commandLine().getOut().println(Report.baked(result, seconds, root));
        return CommandLine.ExitCode.OK;
    }

    /** The process's peak resident memory, where the system tells it ({@code VmHWM} on Linux). */
    private static java.util.Optional<Long> peakMemoryMegabytes() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return java.util.Optional.of(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024);
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // Not Linux: no figure.
        }
        return java.util.Optional.empty();
    }
}
