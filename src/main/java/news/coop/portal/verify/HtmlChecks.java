package news.coop.portal.verify;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import news.coop.portal.diag.Diagnostic;

/**
 * HTML validation shared by the threads of one verification: a pool of {@link HtmlChecker}s, one per
 * thread at work. The first checker reads the Nu checker's schemas (about two seconds, the most of a
 * small site's verification), so {@link #start()} begins that at once, in the background, while the
 * caller reads the sources; later checkers reuse the schemas and cost a fraction of a second.
 *
 * <p>Thread-safe.
 */
public final class HtmlChecks {
    private final CompletableFuture<HtmlChecker> first;
    private final ConcurrentLinkedQueue<HtmlChecker> idle = new ConcurrentLinkedQueue<>();

    private HtmlChecks() {
        // The checker logs through log4j-over-slf4j: logging is set up here first, so that it is not set
        // up from two threads at once (SLF4J then replays the early calls with a warning on stderr).
        org.slf4j.LoggerFactory.getILoggerFactory();
        first = make();
    }

    /**
     * A new checker. Making one reads or compiles the schemas, which recurses deeply (the RELAX NG
     * restriction checks): deeper than a pool thread's stack allows under the launcher's quick
     * compiler, so it is made on a thread of its own with a large stack.
     */
    private static CompletableFuture<HtmlChecker> make() {
        CompletableFuture<HtmlChecker> made = new CompletableFuture<>();
        Thread maker = new Thread(null, () -> {
            try {
                made.complete(new HtmlChecker());
            } catch (Throwable e) {
                made.completeExceptionally(e);
            }
        }, "portal-html-schemas", SCHEMA_STACK);
        maker.setDaemon(true);
        maker.start();
        return made;
    }

    /** The stack of the threads that make checkers. */
    private static final long SCHEMA_STACK = 256L << 20;

    /** Starts setting up the checker; returns at once. */
    public static HtmlChecks start() {
        return new HtmlChecks();
    }

    /** Every HTML error of one page; {@code from} names the source that made it, or is empty. */
    List<Diagnostic> check(String path, String html, String from) {
        HtmlChecker checker = idle.poll();
        if (checker == null) {
            // The schemas are read once, by the first checker; the others are made after it.
            HtmlChecker prepared = first.join();
            checker = claimFirst() ? prepared : make().join();
        }
        try {
            return checker.check(path, html, from);
        } finally {
            idle.add(checker);
        }
    }

    private boolean firstClaimed;

    private synchronized boolean claimFirst() {
        if (firstClaimed) {
            return false;
        }
        firstClaimed = true;
        return true;
    }
}
