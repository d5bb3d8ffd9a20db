package news.coop.portal.load;

import news.coop.portal.model.Body;
import news.coop.portal.model.Markdown;

/**
 * A source file split into its front matter and its Markdown body: parsed (for validation, then
 * dropped) and rendered (kept).
 */
public record ParsedSource(SourceText text, FrontMatter frontMatter, Markdown body, Body rendered) {
}
