package news.coop.portal.preview;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.BuildFailure;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.pipeline.BuildOptions;
import news.coop.portal.pipeline.BuildResult;
import news.coop.portal.pipeline.Configuration;
import news.coop.portal.pipeline.Session;

/**
 * {@code portal serve}: builds the site into a preview folder, serves it on 127.0.0.1, and rebuilds
 * and reloads the browser after every change to the sources.
 *
 * <p>One warm {@link Session} makes every build, so a rebuild costs what the edit touches. Changes
 * are debounced: a rebuild starts once the sources have been quiet for {@link #QUIET}, so a burst of
 * saves (an editor's save-all, a {@code git checkout}) makes one rebuild; a change during a rebuild
 * makes another one after it. Each build is published to the server (which has open tabs reload)
 * and then reported to the caller.
 *
 * <p>Thread-safe. Builds run one at a time on the preview's own build thread, as {@link Session}
 * requires; {@code report} is called on that thread.
 */
public final class Preview implements AutoCloseable {
    /** How long the sources must be quiet before a rebuild starts. */
    public static final Duration QUIET = Duration.ofMillis(150);
    /** How long {@link #close()} waits for a build under way to finish. */
    private static final Duration LAST_BUILD = Duration.ofSeconds(5);

    /**
     * One build of the preview: its number (1 for the first), how long it took, and either its
     * result or the problems that stopped it. {@code crash} is the internal error behind a build
     * that failed without diagnostics of its own (then {@code problems} holds one that names it).
     */
    public record Outcome(int number, Duration took, BuildResult result, List<Diagnostic> problems, RuntimeException crash) {
        public boolean succeeded() {
            return result != null;
        }
    }

    private final Session session;
    private final PreviewServer server;
    private final SiteConfig config;
    private final Consumer<Outcome> report;
    private final ScheduledThreadPoolExecutor builder = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread thread = new Thread(runnable, "portal-preview-build");
        thread.setDaemon(true);
        return thread;
    });
    private final CountDownLatch closed = new CountDownLatch(1);
    private SourceWatcher watcher;
    /** The next rebuild, waiting for the sources to be quiet. Guarded by this. */
    private ScheduledFuture<?> pending;
    private boolean closing;
    /** How many changes to the sources were seen; a build notes it when it starts. Guarded by this. */
    private long changes;
    /** Builds so far; read and written on the build thread only. */
    private int builds;

    private Preview(BuildOptions options, PreviewServer server, SiteConfig config, Consumer<Outcome> report) {
        this.session = new Session(options);
        this.server = server;
        this.config = config;
        this.report = report;
        builder.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /**
     * Takes the port, starts watching, makes the first build (reported like every later one) and
     * starts serving. The first build may fail: the browser then shows its problems until they are
     * fixed.
     *
     * @param options  what to build; {@code output} is the preview folder, never the published site
     * @param port     the port on 127.0.0.1; 0 for any free one
     * @throws BuildFailure           with every problem of {@code jbake.properties} when it cannot be used:
     *                                its base path, languages and folders are needed to serve and watch
     * @throws java.net.BindException when the port cannot be had
     */
    public static Preview start(BuildOptions options, int port, Consumer<Outcome> report) throws IOException, BuildFailure {
        return start(options, PreviewServer.LOOPBACK, port, report);
    }

    /**
     * Starts as {@link #start(BuildOptions, int, Consumer)} does, listening on {@code host}: an address
     * or name of this machine, {@code 0.0.0.0} for every network.
     *
     * @throws java.net.UnknownHostException when {@code host} names no address
     * @throws java.net.BindException         when the port cannot be had there, or the address is not this machine's
     */
    public static Preview start(BuildOptions options, String host, int port, Consumer<Outcome> report) throws IOException, BuildFailure {
        SiteConfig config = Configuration.read(options.project(), options.output(), options.baseUrl()).orThrow();
        InetAddress address = InetAddress.getByName(host);
        PreviewServer server = PreviewServer.bind(host, address, port, options.output(), config.basePath());
        Preview preview = new Preview(options, server, config, report);
        try {
            preview.watcher = SourceWatcher.start(options.project(),
                    List.of(config.contentDir(), config.dataDir(), config.templateDir(), config.assetDir()), preview::changed);
            preview.builder.submit(preview::build).get();
            server.start();
            return preview;
        } catch (InterruptedException e) {
            preview.close();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting the preview", e);
        } catch (ExecutionException e) {
            preview.close();
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (IOException | RuntimeException e) {
            preview.close();
            throw e;
        }
    }

    /** The default language's home page, e.g. {@code http://127.0.0.1:8820/en/}. */
    public URI home() {
        return URI.create("http://" + server.urlHost() + ":" + server.port() + config.basePath() + "/" + config.defaultLanguage() + "/");
    }

    /** Whether only this machine can reach the preview (it listens on a loopback address). */
    public boolean thisMachineOnly() {
        return server.thisMachineOnly();
    }

    /** Blocks until {@link #close()} has stopped the preview. */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    /** A source changed: (re)starts the quiet-time countdown to the next rebuild. */
    private synchronized void changed() {
        if (closing) {
            return;
        }
        changes++;
        if (pending != null) {
            pending.cancel(false);
        }
        try {
            pending = builder.schedule(this::build, QUIET.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // Closing: no more builds.
        }
    }

    /**
     * Builds, then publishes and reports the outcome; except a failed build during which the sources
     * changed: it may have read them half-changed (a file deleted after it was listed, a save not yet
     * complete), and the build that change has scheduled has the last word. Until then the last good
     * build is served, not an error page about files that are already different.
     */
    private void build() {
        long seen = changesSeen();
        long start = System.nanoTime();
        BuildResult result = null;
        List<Diagnostic> problems = List.of();
        RuntimeException crash = null;
        try {
            result = session.build();
        } catch (BuildFailure failure) {
            problems = failure.diagnostics();
        } catch (RuntimeException e) {
            crash = e;
            problems = List.of(Diagnostic.error("portal", 0, 0, "internal", "internal error: " + e, "please report this, with the command you ran"));
        }
        if (result == null && changesSeen() != seen) {
            return;
        }
        Outcome outcome = new Outcome(++builds, Duration.ofNanos(System.nanoTime() - start), result, problems, crash);
        server.publish(outcome.number(), outcome.problems());
        report.accept(outcome);
    }

    private synchronized long changesSeen() {
        return changes;
    }

    /**
     * Stops watching, lets a build under way finish (for a few seconds at most), stops serving (the
     * port is free when this returns) and closes the session. Idempotent.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closing) {
                return;
            }
            closing = true;
        }
        if (watcher != null) {
            watcher.close();
        }
        builder.shutdown();
        try {
            if (!builder.awaitTermination(LAST_BUILD.toMillis(), TimeUnit.MILLISECONDS)) {
                builder.shutdownNow();
            }
        } catch (InterruptedException e) {
            builder.shutdownNow();
            Thread.currentThread().interrupt();
        }
        server.close();
        session.close();
        closed.countDown();
    }
}
