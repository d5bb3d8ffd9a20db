package news.coop.portal.pipeline;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Wall-clock time spent in each stage of one build, in stage order: what {@code --timings} prints
 * and what {@code portal bench} reports; each stage's start and end also go to the build's
 * {@link Progress}. Measurement only; nothing depends on the figures. Confined to the orchestrating
 * thread.
 */
public final class Timings {
    private final Map<String, Duration> stages = new LinkedHashMap<>();
    private final Progress progress;

    public Timings() {
        this(Progress.NONE);
    }

    /** Timings that also tell {@code progress} when each stage starts and ends. */
    public Timings(Progress progress) {
        this.progress = progress;
    }

    /** Runs one stage and adds its time under {@code stage}. */
    public <T> T time(String stage, Supplier<T> work) {
        long start = System.nanoTime();
        progress.started(stage);
        try {
            return work.get();
        } finally {
            stages.merge(stage, Duration.ofNanos(System.nanoTime() - start), Duration::plus);
            progress.ended(stage);
        }
    }

    public void time(String stage, Runnable work) {
        time(stage, () -> {
            work.run();
            return null;
        });
    }

    public Map<String, Duration> stages() {
        return Collections.unmodifiableMap(stages);
    }
}
