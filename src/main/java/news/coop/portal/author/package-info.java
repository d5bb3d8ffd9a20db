/**
 * Authoring: what {@code portal new} and {@code portal import} share. Slugs transliterated from the
 * title ({@link news.coop.portal.validate.Slugs}, shared with the build), front matter written safely
 * ({@link news.coop.portal.author.ItemWriter}), plain text kept literal in Markdown
 * ({@link news.coop.portal.author.MarkdownText}), press releases read
 * ({@link news.coop.portal.author.ReleaseParser}), their language told by its letters
 * ({@link news.coop.portal.author.LanguageDetector}) and their areas and regions suggested from the
 * vocabularies ({@link news.coop.portal.author.TermSuggester}). Every item written is first read back by the
 * build's own loader and validator ({@link news.coop.portal.author.Workspace#check}), so it is valid at once.
 */
package news.coop.portal.author;
