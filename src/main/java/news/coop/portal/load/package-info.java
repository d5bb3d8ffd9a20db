/**
 * The load stage: reads {@code content/} and {@code data/} strictly (UTF-8, safe YAML), splits front
 * matter from Markdown and parses the Markdown with flexmark, within limits of size, nesting and time
 * that no source can get past to hang or crash a build. Produces {@link news.coop.portal.load.ParsedSource}
 * values and diagnostics; knows nothing of the rules a news item must follow (that is {@code validate}).
 */
package news.coop.portal.load;
