package news.coop.portal.model;

import java.util.List;

/**
 * A picture file of the site as the build measured it: its size in CSS pixels as browsers show it
 * (after the EXIF orientation of a photo), and the smaller copies made of it for {@code srcset}.
 *
 * @param file     site-absolute path of the original as sources name it, e.g. {@code /img/news/plant.jpg}
 * @param src      site-absolute path the original is published at, named by its content
 *                 ({@code /img/news/plant.3f9a1c2e7b.jpg}, see {@code write.Fingerprints})
 * @param width    width in pixels
 * @param height   height in pixels
 * @param variants the resized copies, narrowest first, also named by content; each narrower than the original (never
 *                 enlarged), and none for a picture too small to need them or for SVG, GIF and WebP
 */
public record Picture(String file, String src, int width, int height, List<Variant> variants) {
    public Picture {
        variants = List.copyOf(variants);
    }

    /** One resized copy: site-absolute path and pixel size. */
    public record Variant(String src, int width, int height) {
    }

    /** Every width the site has this picture at, narrowest first, the original last. */
    public List<Variant> candidates() {
        List<Variant> all = new java.util.ArrayList<>(variants);
        all.add(new Variant(src, width, height));
        return List.copyOf(all);
    }

    /** The widest copy not wider than {@code maxWidth}, or the narrowest there is: for previews in social networks. */
    public Variant atMost(int maxWidth) {
        List<Variant> all = candidates();
        Variant chosen = all.get(0);
        for (Variant candidate : all) {
            if (candidate.width() <= maxWidth) {
                chosen = candidate;
            }
        }
        return chosen;
    }
}
