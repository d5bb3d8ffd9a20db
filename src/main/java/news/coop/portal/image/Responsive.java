package news.coop.portal.image;

import java.util.function.Function;
import java.util.stream.Collectors;
import news.coop.portal.model.Picture;

/** The {@code srcset} and {@code sizes} of a picture shown in a figure, the same for a lead picture and for one in the text. */
public final class Responsive {
    /**
     * How wide a figure is drawn, as {@code assets/css/site.css} lays it out: the page column less its
     * padding ({@code --gap}: 1rem each side, 1.5rem from 40em), and at most 48rem ({@code .figure}).
     * Keep the two in step.
     */
    public static final String FIGURE_SIZES = "(min-width: 51em) 48rem, (min-width: 40em) calc(100vw - 3rem), calc(100vw - 2rem)";

    private Responsive() {
    }

    /**
     * Every width the picture is published at, as {@code srcset} lists them ({@code /img/a-480w.jpg 480w, …,
     * /img/a.jpg 2000w}), or "" when it has no smaller copies and {@code src} alone says it all.
     *
     * @param link makes a site path into a link (adds the site's base path)
     */
    public static String srcset(Picture picture, Function<String, String> link) {
        if (picture.variants().isEmpty()) {
            return "";
        }
        return picture.candidates().stream().map(candidate -> link.apply(candidate.src()) + " " + candidate.width() + "w")
                .collect(Collectors.joining(", "));
    }
}
