package news.coop.portal.model;

import com.vladsch.flexmark.util.ast.Document;

/**
 * A parsed Markdown body. Rendering to HTML waits until every URL is known, so that links to other
 * sources ({@code [text](../2023/x.md)}) can be resolved.
 *
 * @param document   flexmark's tree; never modified after parsing
 * @param firstLine  the 1-based file line of the body's first line (after the front matter)
 */
public record Markdown(Document document, int firstLine) {
}
