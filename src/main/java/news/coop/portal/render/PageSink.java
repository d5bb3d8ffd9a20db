package news.coop.portal.render;

/**
 * Where the render stage hands each page as soon as it is rendered, so that a large site is never
 * held in memory whole. Called from several threads at once; implementations must be thread-safe.
 */
@FunctionalInterface
public interface PageSink {
    void accept(PageJob job, String text);
}
