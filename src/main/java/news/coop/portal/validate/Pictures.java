package news.coop.portal.validate;

import java.util.List;
import java.util.Optional;
import news.coop.portal.address.Addresses;
import news.coop.portal.address.Decoded;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.Diagnostics;
import news.coop.portal.image.ImagePaths;
import news.coop.portal.load.BodyPictures;
import news.coop.portal.load.Field;
import news.coop.portal.model.Image;
import news.coop.portal.model.Markdown;

/**
 * The pictures of a source: the lead picture of a news item's front matter ({@code image} with
 * {@code image_alt}, {@code image_caption}, {@code image_credit}, {@code image_decorative}) and each
 * Markdown picture in the text. Each is a file of the site ({@code image.path}, {@code image.not-found},
 * {@code image.external}) with a text alternative unless it only decorates ({@code image.alt-missing},
 * {@code image.decorative-alt}), and a credit only where it is shown ({@code image.credit-inline}).
 *
 * <p>Thread-safe: holds only immutable configuration.
 */
final class Pictures {
    private final SiteConfig config;

    Pictures(SiteConfig config) {
        this.config = config;
    }

    /** The lead picture, or null when there is none or it has errors (reported). */
    Image lead(FieldReader fields) {
        Optional<String> src = fields.optionalText("image", "/img/news/water-plant.jpg");
        Optional<String> alt = fields.optionalText("image_alt", "Workers at the water treatment plant");
        Optional<String> caption = fields.optionalText("image_caption", "The new filters were installed in May");
        Optional<String> credit = fields.optionalText("image_credit", "Press service");
        boolean decorative = fields.optionalBoolean("image_decorative");
        if (src.isEmpty()) {
            for (String key : List.of("image_alt", "image_caption", "image_credit", "image_decorative")) {
                fields.field(key).ifPresent(field -> fields.error(field.keyNode(), "image.missing", "\"" + key + "\" is given without an image",
                        "add image: /img/… or remove " + key));
            }
            return null;
        }
        Field imageField = fields.field("image").orElseThrow();
        String path = src.get();
        if (!path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            fields.error(imageField.value(), "image.path", "the image path \"" + path + "\" must start with / and stay inside the site",
                    "write it as /img/news/name.jpg for the file assets/img/news/name.jpg");
            return null;
        }
        Decoded site = ImagePaths.resolve(config, "", path);
        if (!site.ok()) {
            fields.error(imageField.value(), "image.path", "the image path \"" + path + "\" names no file: " + site.problem(),
                    "write the file's name as it is, or with its escapes (%20 for a space, %25 for a % sign)");
            return null;
        }
        if (ImagePaths.file(config, site.path()).isEmpty()) {
            fields.error(imageField.value(), "image.not-found", "the image \"" + path + "\" does not exist",
                    "put the file at " + ImagePaths.placesFor(config, site.path(), false));
        }
        if (decorative && fields.field("image_alt").isPresent()) {
            fields.error(fields.field("image_alt").orElseThrow().keyNode(), "image.decorative-alt", "a decorative image has no text alternative",
                    "remove image_alt, or remove image_decorative: true if the picture tells the reader something");
            return null;
        }
        if (alt.isEmpty() && !decorative) {
            if (fields.field("image_alt").isEmpty()) {
                fields.error(imageField.keyNode(), "image.alt-missing", "the image has no text alternative",
                        "add image_alt: a short description of what the picture shows, for readers who cannot see it"
                                + " (or image_decorative: true if it only decorates)");
            }
            return null;
        }
        // The site path as an address of the site is made: one spelling for every way of writing the file's name.
        return new Image(site.path(), alt.orElse(""), caption.orElse(""), credit.orElse(""), decorative);
    }

    /** A picture in the text of {@code path}. */
    void inText(com.vladsch.flexmark.ast.Image image, Markdown body, String path, Diagnostics diagnostics) {
        String address = image.getUrl().toString();
        int line = BodyRules.line(body, image);
        int column = BodyRules.column(image);
        Decoded site = ImagePaths.resolve(config, path, address);
        if (ImagePaths.isExternal(address)) {
            diagnostics.error(path, line, column, "image.external", "the picture \"" + address + "\" is not a file of this site",
                    "save it in assets/img/ (with the right to publish it) and write its path, e.g. ![…](/img/news/name.jpg)");
        } else if (!site.ok() && (site.problem().equals(Addresses.CLIMBS) || site.problem().equals(ImagePaths.NOT_A_PATH))) {
            diagnostics.error(path, line, column, "image.path", "the image path \"" + address + "\" leads outside the site",
                    "write a site path such as /img/news/name.jpg, or the name of a picture beside this file");
        } else if (!site.ok()) {
            diagnostics.error(path, line, column, "image.path", "the image path \"" + address + "\" names no file: " + site.problem(),
                    "write the file's name as it is, or with its escapes (%20 for a space, %25 for a % sign)");
        } else if (ImagePaths.file(config, site.path()).isEmpty()) {
            diagnostics.error(path, line, column, "image.not-found", "the image \"" + address + "\" does not exist",
                    "put the file at " + ImagePaths.placesFor(config, site.path(), !address.startsWith("/")));
        }
        boolean decorative = BodyPictures.isDecorative(image);
        boolean described = !image.getText().isBlank();
        if (decorative && described) {
            diagnostics.error(path, line, column, "image.decorative-alt", "a decorative image has no text alternative",
                    "empty the brackets, ![](…){.decorative}, or remove .decorative if the picture tells the reader something");
        } else if (!decorative && !described) {
            diagnostics.error(path, line, column, "image.alt-missing", "the image has no text alternative",
                    "write what the picture shows between the brackets, ![Workers at the plant](plant.jpg), or add {.decorative} if it only decorates");
        }
        if (!BodyPictures.standsAlone(image) && BodyPictures.credit(image).isPresent()) {
            diagnostics.error(path, line, column, "image.credit-inline", "a credit is shown only under a picture in a paragraph of its own",
                    "put the image on its own line, with an empty line before and after it");
        }
    }
}
