package news.coop.portal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import news.coop.portal.pipeline.BuildOptions;
import news.coop.portal.diag.BuildFailure;
import news.coop.portal.preview.Preview;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code portal serve}: preview the site while writing it. Runs until the process is stopped
 * (Ctrl-C); a shutdown hook stops the watcher, the server and the session, and prints a last line.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        header = "Previews the site on 127.0.0.1 and reloads open pages on every save.",
        description = {"Previews the site while you write, on this machine only (unless --host says otherwise): http://127.0.0.1:8820/.",
                "It builds into target/preview, never into target/site (the folder that is published), so a preview with drafts stays out of it.",
                "Every save in content/, data/, templates/, assets/ or jbake.properties rebuilds the preview, and open browser tabs reload.",
                "A failed rebuild prints its problems here, as portal build does, and the browser shows them in place of the pages until they are fixed."},
        footer = {"", "Stop it with Ctrl-C.",
                "Exit codes: 1 the preview could not start (the port is in use, a bad configuration), 2 usage error."})
final class ServeCommand implements Callable<Integer> {
    private static final int DEFAULT_PORT = 8820;
    private static final String DEFAULT_HOST = "127.0.0.1";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", description = "The port. Default: " + DEFAULT_PORT + "; 0 picks a free one.")
    private int port = DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "HOST", description = {"The address to listen on. Default: 127.0.0.1, this machine only.",
            "0.0.0.0 (or an address of this machine on a network) lets others on the network read the preview, drafts included if --drafts: "
            + "portal warns when it does."})
    private String host = DEFAULT_HOST;

    @Mixin
    private SiteOptions site;

    @Mixin
    private CacheOption cache;

    @Mixin
    private Verbosity verbosity;

    @Mixin
    private DebugOption debug;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port: " + port + " is not a port; use 1 to 65535, or 0 for any free one");
        }
        Path root = site.root();
        // Without --now or SOURCE_DATE_EPOCH, each rebuild uses its own moment: an item dated a minute ago is not left embargoed.
        BuildOptions options = cache.apply(site.options(site.target("preview")));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ShownProgress progress = verbosity.progress(ShownProgress.Use.BUILD);
        Preview preview;
        try {
            // Each build's progress is erased before its outcome is printed, and before a failure to start is.
            preview = Preview.start(options.withProgress(progress), host, port, outcome -> {
                progress.finish();
                report(outcome, root);
            });
        } catch (BuildFailure failure) {
            progress.finish();
            Report.failed(err, failure.diagnostics(), verbosity.detail(), "nothing to preview — fix jbake.properties, then start again");
            return CommandLine.ExitCode.SOFTWARE;
        } catch (RuntimeException e) {
            progress.finish();
            throw e;
        } catch (UnknownHostException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--host: " + host + " names no address; use 127.0.0.1 (the default), "
                    + "0.0.0.0 for every network, or an address of this machine");
        } catch (BindException e) {
            String where = host.contains(":") ? "[" + host + "]:" + port : host + ":" + port;
            err.println(listening(port)
                    ? "portal: port " + port + " is already in use — stop the other preview or choose another port with --port " + other(port)
                    : "portal: cannot listen on " + where + " (" + e.getMessage() + ") — "
                    + (host.equals(DEFAULT_HOST) ? "" : "choose an address of this machine with --host, or ") + "choose another port with --port " + other(port));
            return CommandLine.ExitCode.SOFTWARE;
        }
        if (!preview.thisMachineOnly()) {
            err.println("portal: warning: serving on " + host + " — anyone on the network can read the preview" + (site.drafts() ? ", drafts included" : ""));
        }
        out.println("Previewing at " + preview.home() + " — press Ctrl-C to stop");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            preview.close();
            out.println("Stopped the preview.");
        }, "portal-preview-stop"));
        preview.awaitClosed();
        return CommandLine.ExitCode.OK;
    }

    /** Prints a build as {@code build} does: the summary after the first, one line after each rebuild. */
    private void report(Preview.Outcome outcome, Path root) {
        PrintWriter err = spec.commandLine().getErr();
        if (outcome.succeeded()) {
            Report.diagnostics(err, outcome.result().warnings(), verbosity.detail());
            spec.commandLine().getOut().println(outcome.number() == 1
                    ? Report.baked(outcome.result(), outcome.took().toNanos() / 1e9, root)
                    : "rebuilt in " + outcome.took().toMillis() + " ms");
        } else {
            if (outcome.crash() != null && debug.on()) {
                outcome.crash().printStackTrace(err);
            }
            Report.failed(err, outcome.problems(), verbosity.detail(), "the browser shows the problems in place of the pages until they are fixed");
        }
    }

    /** Whether something answers on the port: then it is in use, rather than refused for another reason. */
    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int other(int port) {
        return port < 65535 ? port + 1 : port - 1;
    }
}
