/**
 * The persistent build cache: a content-addressed store of what builds derive (validated sources,
 * compressed copies, resized pictures), kept between processes and between CI runs
 * ({@code target/portal-cache/} by default). Entries are keyed by hashes of everything they came from,
 * the tool itself included, so an entry is either exactly what the build would make or absent; a
 * damaged entry is found by its checksum and made again. Knows nothing of what the bytes mean.
 */
package news.coop.portal.cache;
