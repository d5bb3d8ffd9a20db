package news.coop.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.coop.portal.TestSite.Run;
import org.junit.jupiter.api.Test;

/** What {@code --help} and {@code --version} print, for every command. */
class HelpTest {
    /** Every subcommand but picocli's {@code help}, as {@code portal --help} lists them. */
    private static final List<String> COMMANDS = PortalCommand.commandLine(new PrintStream(OutputStream.nullOutputStream()),
            new PrintStream(OutputStream.nullOutputStream())).getSubcommands().keySet().stream().filter(name -> !name.equals("help")).toList();

    /** {@code build --help} printed its first line twice: the header repeated the description's first line. */
    @Test
    void everyHelpSaysEachThingOnce() {
        assertThat(COMMANDS).containsExactly("new", "serve", "check", "build", "verify", "import", "bench");
        for (String command : COMMANDS) {
            Run run = Run.of(command, "--help");

            assertThat(run.exitCode()).as(command).isZero();
            Map<String, Long> lines = run.out().lines().filter(line -> !line.isBlank()).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(lines).as("lines that %s --help prints more than once:%n%s", command, run.out()).allSatisfy((line, times) -> assertThat(times).isOne());
        }
    }

    @Test
    void everyCommandSaysHonestlyThatItsVersionIsUnknownWhenNotRunFromItsJar() {
        assertThat(Run.of("--version").out()).isEqualTo("portal (version unknown: not run from its jar)\n");
        for (String command : COMMANDS) {
            assertThat(Run.of(command, "--version").out()).as(command).isEqualTo("portal (version unknown: not run from its jar)\n");
        }
    }
}
