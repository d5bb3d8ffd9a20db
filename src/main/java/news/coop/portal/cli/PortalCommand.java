package news.coop.portal.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * {@code portal}: the press office's publishing tool. Exit codes follow picocli's contract: 0 done,
 * 1 content or build errors, 2 usage errors. Results go to stdout, diagnostics to stderr.
 */
@Command(name = "portal", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Bakes the cooperation news portal from Markdown into a static site.",
        subcommands = {NewCommand.class, ServeCommand.class, CheckCommand.class, BuildCommand.class, VerifyCommand.class, ImportCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class PortalCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** The environment variables the commands read ({@code SOURCE_DATE_EPOCH}, {@code PORTAL_BASE_URL}, {@code NO_COLOR}); never changed. */
    private final Map<String, String> environment;
    /** What standard error is: how the commands show a build's progress. */
    private final Stderr stderr;

    private PortalCommand(Map<String, String> environment, Stderr stderr) {
        this.environment = Map.copyOf(environment);
        this.stderr = stderr;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. \"portal build\"");
    }

    /**
     * A command line that writes to the given streams, in UTF-8 whatever the platform's default, reads this process's environment,
     * and shows progress as this process's standard error calls for ({@link Stderr#ofThisProcess()}): what {@link Main} runs.
     */
    public static CommandLine commandLine(PrintStream out, PrintStream err) {
        return commandLine(out, err, System.getenv(), Stderr.ofThisProcess());
    }

    /**
     * A command line as {@link #commandLine(PrintStream, PrintStream)}, reading {@code environment} in place of the process's;
     * {@code err} is the caller's own stream ({@link Stderr#CAPTURED}), on which no progress is shown.
     */
    public static CommandLine commandLine(PrintStream out, PrintStream err, Map<String, String> environment) {
        return commandLine(out, err, environment, Stderr.CAPTURED);
    }

    /** A command line as {@link #commandLine(PrintStream, PrintStream, Map)}, showing progress on {@code err} as {@code stderr} says it is. */
    public static CommandLine commandLine(PrintStream out, PrintStream err, Map<String, String> environment, Stderr stderr) {
        CommandLine commandLine = new CommandLine(new PortalCommand(environment, stderr)).setCaseInsensitiveEnumValuesAllowed(true);
        // Every command's -V, --version prints the portal's version, not an empty line: a subcommand does not inherit the provider.
        commandLine.getSubcommands().values().forEach(command -> command.getCommandSpec().versionProvider(new ManifestVersion()));
        commandLine.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            line.getErr().println("portal: internal error: " + exception + " — please report this, with the command you ran");
            if (parseResult.hasMatchedOption("--debug") || parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--debug")) {
                exception.printStackTrace(line.getErr());
            } else {
                line.getErr().println("portal: run again with --debug to see the stack trace");
            }
            return CommandLine.ExitCode.SOFTWARE;
        });
        return commandLine;
    }

    /**
     * The value of the environment variable {@code name} as the command {@code spec} belongs to sees it:
     * the environment its {@code portal} command line was made with, or the process's when the command
     * runs on its own. {@code null} when it is not set or empty.
     */
    static String environment(CommandLine.Model.CommandSpec spec, String name) {
        Object root = spec.root().userObject();
        String value = root instanceof PortalCommand portal ? portal.environment.get(name) : System.getenv(name);
        return value == null || value.isEmpty() ? null : value;
    }

    /** What standard error is for the command {@code spec} belongs to: as its {@code portal} command line was made, else this process's. */
    static Stderr stderr(CommandLine.Model.CommandSpec spec) {
        return spec.root().userObject() instanceof PortalCommand portal ? portal.stderr : Stderr.ofThisProcess();
    }
}
