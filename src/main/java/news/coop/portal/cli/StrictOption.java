package news.coop.portal.cli;

import picocli.CommandLine.Option;

/** {@code --strict}, shared by {@code build} and {@code check}: every warning counts as an error. */
final class StrictOption {
    @Option(names = "--strict", description = "Treat warnings as errors (for CI): a warning fails the command as an error does.")
    private boolean on;

    boolean on() {
        return on;
    }
}
