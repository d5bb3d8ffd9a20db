package news.coop.portal.write;

import java.util.Map;
import java.util.Set;

/**
 * The files of a site besides what its pages are: what a publisher needs to make a folder exactly
 * that site, and what a published site is remembered as, for the next build to change in place.
 * Paths are inside the site, with forward slashes. Immutable.
 *
 * @param pages    every rendered file: pages, feeds, the sitemap
 * @param texts    the plain-text files the build writes itself ({@code robots.txt}, the search indexes): path → text
 * @param assets   the files published as they are ({@link AssetCopy}), under their published names, less the
 *                 plain names of the pictures the site shows
 * @param pictures the files of the pictures the site shows: each original under its published name, and its smaller copies
 * @param headers  the text of {@code _headers}
 */
public record SiteFiles(Set<String> pages, Map<String, String> texts, Set<String> assets, Set<String> pictures, String headers) {
    /** No site: what a build that publishes a complete new site starts from. */
    public static final SiteFiles NONE = new SiteFiles(Set.of(), Map.of(), Set.of(), Set.of(), "");

    public SiteFiles {
        pages = Set.copyOf(pages);
        texts = Map.copyOf(texts);
        assets = Set.copyOf(assets);
        pictures = Set.copyOf(pictures);
    }

    /** Whether this is {@link #NONE}: nothing is published. */
    public boolean isEmpty() {
        return pages.isEmpty() && texts.isEmpty() && assets.isEmpty() && pictures.isEmpty();
    }
}
