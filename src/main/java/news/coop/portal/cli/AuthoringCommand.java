package news.coop.portal.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import news.coop.portal.author.Workspace;
import news.coop.portal.diag.BuildFailure;
import news.coop.portal.diag.Diagnostic;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;

/**
 * What {@code portal new} and {@code portal import} share: their options ({@code --project},
 * {@code --area}, {@code --region}, {@code --lang}, {@code --quiet}, {@code --verbose},
 * {@code --debug}), and opening the project as the
 * build reads it. When its configuration or vocabularies cannot be used, every problem is printed as
 * {@code portal build} prints it, and the command exits with 1; their warnings are printed, and the
 * command goes on.
 */
abstract class AuthoringCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ProjectOption project;

    @Mixin
    TermOptions terms;

    @Mixin
    Verbosity verbosity;

    @Mixin
    DebugOption debug;

    @Override
    public final Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Workspace workspace;
        try {
            workspace = Workspace.open(project.root());
        } catch (BuildFailure failure) {
            Report.failed(err, failure.diagnostics(), verbosity.detail(), "nothing was written");
            return CommandLine.ExitCode.SOFTWARE;
        }
        Report.diagnostics(err, workspace.warnings(), verbosity.detail());
        return write(workspace, new ArrayList<>(terms.problems(workspace)), spec.commandLine().getOut(), err);
    }

    /**
     * The command's work in the opened project.
     *
     * @param usage the problems with {@code --area}, {@code --region} and {@code --lang}: the command
     *              adds its own, and stops with {@link #usage} when there are any
     * @return the exit code
     */
    abstract int write(Workspace workspace, List<Diagnostic> usage, PrintWriter out, PrintWriter err);

    /** Prints the problems with the command line, each at its option, and gives the usage error's exit code, 2. */
    static int usage(List<Diagnostic> usage, PrintWriter err) {
        usage.forEach(err::println);
        return CommandLine.ExitCode.USAGE;
    }
}
