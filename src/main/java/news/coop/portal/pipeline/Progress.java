package news.coop.portal.pipeline;

/**
 * What a running build tells about its progress, for the command line to show: each stage as it
 * starts and ends (the names {@link Timings} times, {@code configure} … {@code write}), and within
 * {@code render} each page done, with the stage's total. It is carried by {@link BuildOptions#progress()}
 * and called from two places only ({@link Timings#time}, {@code RenderStage}), so that the pipeline
 * hardly knows of it. Nothing in the build depends on it; the default does nothing.
 *
 * <p>Implementations must be thread-safe and cheap: {@link #started} and {@link #ended} come from the
 * orchestrating thread, {@link #advanced} from every worker, once per page (tens of thousands of
 * calls per build), so it must not block or print on every call.
 */
public interface Progress {
    /** Shows nothing. */
    Progress NONE = new Progress() {
    };

    /** The stage {@code stage} starts. */
    default void started(String stage) {
    }

    /** One more item of the current stage is done, of {@code total} in all (the same total for every call of one stage). */
    default void advanced(int total) {
    }

    /** The stage {@code stage} ended, whether its work succeeded or not. */
    default void ended(String stage) {
    }
}
