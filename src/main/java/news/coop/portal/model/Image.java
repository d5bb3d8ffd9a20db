package news.coop.portal.model;

/**
 * A news item's lead image, as its front matter gives it.
 *
 * @param src        site-absolute path of the image, e.g. {@code /img/news/plant.jpg}
 * @param alt        text alternative; empty only for a decorative image
 * @param caption    what the picture is about, shown under it; may be empty
 * @param credit     photographer or source; may be empty
 * @param decorative the picture only decorates ({@code image_decorative: true}): readers who cannot see it miss nothing
 */
public record Image(String src, String alt, String caption, String credit, boolean decorative) {
}
