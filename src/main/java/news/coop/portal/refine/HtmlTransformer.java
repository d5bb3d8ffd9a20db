package news.coop.portal.refine;

import org.jsoup.nodes.Document;

/**
 * One step of the refine chain: changes a parsed page in place. Steps are small, each with its own
 * test, and their order is declared once, in {@link RefineChain#STEPS}. Implementations must be
 * stateless (the chain may run pages in parallel).
 */
@FunctionalInterface
public interface HtmlTransformer {
    void transform(Document page, RefineContext context);
}
