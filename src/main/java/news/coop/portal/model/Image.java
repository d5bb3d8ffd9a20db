package news.coop.portal.model;

/**
 * A news item's lead image.
 *
 * @param src    site-absolute path of the image, e.g. {@code /img/news/plant.jpg}
 * @param alt    text alternative; required
 * @param credit photographer or source; may be empty
 */
public record Image(String src, String alt, String credit) {
}
