package news.coop.portal.pipeline;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;

/**
 * The threads a pipeline works on: one per processor unless {@link BuildOptions#threads()} says
 * otherwise. Results always come back in input order, so the output never depends on the number
 * of threads. Owned by one session; closed with it.
 */
final class Workers implements AutoCloseable {
    private final ForkJoinPool pool;

    Workers(int threads) {
        this.pool = new ForkJoinPool(threads <= 0 ? Runtime.getRuntime().availableProcessors() : threads);
    }

    /** The pool itself, for stages that run their own parallel streams on it (planning, publishing). */
    ForkJoinPool pool() {
        return pool;
    }

    /** Applies {@code work} to every element, in parallel; results in the input's order. */
    <T, R> List<R> map(List<T> inputs, Function<T, R> work) {
        if (inputs.size() < 2) {
            return inputs.stream().map(work).toList();
        }
        return pool.submit(() -> inputs.parallelStream().map(work).toList()).join();
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
