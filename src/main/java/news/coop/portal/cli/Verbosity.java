package news.coop.portal.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * {@code --quiet} and {@code --verbose}, shared by every command that prints diagnostics
 * ({@code build}, {@code check}, {@code serve}, {@code verify}, {@code new}, {@code import}): how much of
 * them is printed ({@link #detail()}), and whether a build's progress is shown ({@link #progress}).
 * The two exclude each other: given together they are a usage error (exit 2).
 */
final class Verbosity {
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    private CommandLine.Model.CommandSpec command;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private Level level;

    /** The two options, of which picocli accepts one at most. */
    static final class Level {
        @Option(names = {"-q", "--quiet"}, description = "Print only errors, and the one-line result; no warnings, advice or progress.")
        private boolean quiet;

        @Option(names = {"-v", "--verbose"}, description = "Print every warning on a line of its own, also when one kind is found on many files.")
        private boolean verbose;
    }

    boolean quiet() {
        return level != null && level.quiet;
    }

    /** What to print of the diagnostics: only the errors with {@code --quiet}, all with {@code --verbose}, else each warning code on many files digested. */
    Report.Detail detail() {
        if (quiet()) {
            return Report.Detail.ERRORS;
        }
        return level != null && level.verbose ? Report.Detail.ALL : Report.Detail.DIGEST;
    }

    /** The progress to show of the command's builds, for {@code use}, on its standard error. */
    ShownProgress progress(ShownProgress.Use use) {
        PrintWriter err = command.commandLine().getErr();
        boolean noColor = PortalCommand.environment(command, ShownProgress.NO_COLOR) != null;
        return ShownProgress.of(PortalCommand.stderr(command), noColor, quiet(), err, use);
    }
}
