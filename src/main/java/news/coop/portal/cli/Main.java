package news.coop.portal.cli;

import org.slf4j.bridge.SLF4JBridgeHandler;

/** The {@code portal} command's entry point: the only place that calls {@link System#exit}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // What logs through java.util.logging (OrientDB, in a tool built with stock JBake) goes through logback, which keeps it quiet.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        System.exit(PortalCommand.commandLine(System.out, System.err).execute(args));
    }
}
