package news.coop.portal.refine;

import java.util.Map;
import java.util.function.Function;
import news.coop.portal.model.Picture;

/**
 * What the steps over a text know about its pictures.
 *
 * @param pictures the measured pictures of the build, by site path
 * @param credit   the credit line for a name, in the text's language ("Photo: BelTA")
 */
public record TextImages(Map<String, Picture> pictures, Function<String, String> credit) {
    /** For pages and tests that show no pictures of the build: images are left as they are, credits shown as written. */
    public static final TextImages NONE = new TextImages(Map.of(), name -> name);
}
