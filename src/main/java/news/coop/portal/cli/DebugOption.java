package news.coop.portal.cli;

import picocli.CommandLine.Option;

/**
 * {@code --debug}, shared by every command: print the stack trace of an internal error. The handler in
 * {@link PortalCommand} reads it from the parse result; a command that reports failures of its own
 * reads {@link #on()}.
 */
final class DebugOption {
    @Option(names = "--debug", description = "Print the stack trace of an internal error.")
    private boolean on;

    boolean on() {
        return on;
    }
}
