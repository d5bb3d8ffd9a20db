package news.coop.portal.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import news.coop.portal.pipeline.Progress;

/**
 * A build's progress as the command line shows it on standard error, never on standard output: on a
 * terminal one line redrawn in place ({@link RedrawnProgress}); elsewhere, and whenever {@code NO_COLOR}
 * is set, a plain line now and then once a build runs long ({@link LoggedProgress}); nothing under
 * {@code --quiet} or on a caller's own stream. A command calls {@link #finish()} once a build is over
 * and before it prints the build's diagnostics and result: a redrawn line is then erased, and the next
 * build starts from nothing.
 *
 * <p>Thread-safe, as {@link Progress} requires.
 */
abstract class ShownProgress implements Progress, AutoCloseable {
    /** The environment variable that asks for text without colours or other terminal codes (https://no-color.org). */
    static final String NO_COLOR = "NO_COLOR";

    /** Which command's builds are shown. */
    enum Use {
        /** {@code build}, {@code serve} and {@code verify}: every stage of every build. */
        BUILD,
        /** {@code check}: every stage but those that publish, since a check publishes nothing. */
        CHECK
    }

    /** How a stage is named while it runs, and whether it counts its items (sources, pages), which the line then shows. */
    record Phrase(String doing, boolean counts) {
        static Phrase of(String doing) {
            return new Phrase(doing, false);
        }

        static Phrase counting(String doing) {
            return new Phrase(doing, true);
        }
    }

    /** The stages {@code pipeline.Timings} names, in words; a stage not listed is shown by its name. */
    private static final Map<String, Phrase> PHRASES = Map.ofEntries(
            Map.entry("configure", Phrase.of("reading the settings")),
            Map.entry("load", Phrase.counting("reading sources")),
            Map.entry("model", Phrase.of("checking the sources together")),
            Map.entry("pictures", Phrase.of("measuring pictures")),
            Map.entry("markdown", Phrase.of("preparing texts")),
            Map.entry("plan", Phrase.of("planning pages")),
            Map.entry("assets", Phrase.of("naming assets")),
            Map.entry("render", Phrase.counting("rendering pages")),
            Map.entry("copies", Phrase.of("copying pictures")),
            Map.entry("links", Phrase.of("checking links")),
            Map.entry("stage", Phrase.of("writing the other files")),
            Map.entry("verify", Phrase.of("verifying the site")),
            Map.entry("write", Phrase.of("putting the site in place")));

    /** The stages a check runs without effect (it publishes nothing), and does not show. */
    private static final Set<String> PUBLISHING = Set.of("stage", "write");

    /** Shows nothing. */
    private static final ShownProgress NOTHING = new ShownProgress() {
        @Override
        public void finish() {
        }
    };

    /**
     * The progress to show on {@code err} for {@code use}: nothing when {@code quiet} or on a
     * {@link Stderr#CAPTURED} stream; a redrawn line on a terminal without {@code noColor}; else lines.
     */
    static ShownProgress of(Stderr stderr, boolean noColor, boolean quiet, PrintWriter err, Use use) {
        if (quiet || stderr.kind() == Stderr.Kind.CAPTURED) {
            return NOTHING;
        }
        Set<String> hidden = use == Use.CHECK ? PUBLISHING : Set.of();
        if (stderr.kind() == Stderr.Kind.TERMINAL && !noColor) {
            return new RedrawnProgress(err, stderr.clock(), stderr.ticks(), hidden);
        }
        return new LoggedProgress(err, stderr.clock(), hidden);
    }

    /**
     * The line that shows {@code stage} under way, {@code done} of its {@code total} items (when it
     * counts them and the total is known), {@code elapsed} nanoseconds into the build:
     * {@code portal: rendering pages, 3,456 of 14,000 (12.3 s)}.
     */
    static String line(String stage, int done, int total, long elapsed) {
        Phrase phrase = PHRASES.getOrDefault(stage, Phrase.of(stage));
        String count = phrase.counts() && total > 0 ? ", " + number(Math.min(done, total)) + " of " + number(total) : "";
        return "portal: " + phrase.doing() + count + " (" + seconds(elapsed) + ")";
    }

    /** {@code 9,812}: grouped by thousands, the same in every locale. */
    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** {@code 12.3 s}: nanoseconds in seconds, to a tenth. */
    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    /** The build is over: what is shown of it is erased (on a terminal) before its diagnostics and result are printed. Idempotent. */
    abstract void finish();

    /** {@link #finish()}, for try-with-resources around one build. */
    @Override
    public final void close() {
        finish();
    }
}
