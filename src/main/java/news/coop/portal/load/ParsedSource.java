package news.coop.portal.load;

import news.coop.portal.model.Markdown;

/** A source file split into its front matter and its parsed Markdown body. */
public record ParsedSource(SourceText text, FrontMatter frontMatter, Markdown body) {
}
