package news.coop.portal.validate;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.coop.portal.load.Field;
import news.coop.portal.load.ParsedSource;

/**
 * The URL segments a source's front matter decides: its slug ({@code slug.invalid}) and its
 * {@code translation} key ({@code translation.invalid}). Stateless.
 */
final class SlugFields {
    /** Slugs and translation keys become URL segments: lowercase ASCII words joined by hyphens. */
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern DATED_NAME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}-(.+)");

    private SlugFields() {
    }

    /**
     * The slug: {@code slug:} when given, else the file name without its date (and, for a page, its language).
     * A file name in another script is transliterated by {@link Slugs} in the item's language
     * ({@code 2024-05-16-модернизация-котельных.md} in Russian is {@code modernizatsiya-kotelnykh}); an ASCII
     * file name that is no slug (capitals, underscores) is an error, as is an explicit {@code slug:} that is
     * no slug, which is never transliterated: it is the URL the author chose, letter for letter, and the hint
     * offers the transliteration to paste.
     */
    static Optional<String> slug(FieldReader fields, ParsedSource source, boolean dated, Optional<String> lang) {
        Optional<Field> explicit = fields.field("slug");
        if (explicit.isPresent()) {
            Optional<String> slug = fields.optionalText("slug", "leningrad-region-cooperation");
            if (slug.isPresent() && !SLUG.matcher(slug.get()).matches()) {
                String romanised = ascii(slug.get()) ? "" : Slugs.of(slug.get(), lang.orElse(""));
                fields.error(explicit.get().value(), "slug.invalid", "the slug \"" + slug.get() + "\" is not a valid URL segment",
                        romanised.isEmpty() ? "use lowercase letters a–z, digits and single hyphens, e.g. slug: leningrad-region-cooperation"
                                : "write it in lowercase Latin letters, digits and single hyphens, e.g. slug: " + romanised);
                return Optional.empty();
            }
            return slug;
        }
        String name = fileName(source.text().path());
        String base = name.substring(0, name.length() - ".md".length());
        if (!dated) {
            base = base.contains(".") ? base.substring(0, base.indexOf('.')) : base;
        } else {
            Matcher matcher = DATED_NAME.matcher(base);
            if (matcher.matches()) {
                base = matcher.group(1);
            }
        }
        if (SLUG.matcher(base).matches()) {
            return Optional.of(base);
        }
        if (!ascii(base)) {
            if (lang.isEmpty()) {
                return Optional.empty(); // the missing language is reported; without it there are no rules to transliterate by
            }
            String romanised = Slugs.of(base, lang.get());
            if (!romanised.isEmpty()) {
                return Optional.of(romanised);
            }
        }
        fields.fileError("slug.invalid", "the file name \"" + name + "\" does not give a valid URL segment",
                "rename the file to lowercase letters, digits and hyphens (2023-09-26-road-works.md), or add slug: road-works");
        return Optional.empty();
    }

    /** The optional {@code translation} key that links the language versions of a text, or "" (also when it is invalid, reported). */
    static String translation(FieldReader fields) {
        String key = "translation";
        Optional<String> value = fields.optionalText(key, "2023-09-26-leningrad-region");
        if (value.isPresent() && !SLUG.matcher(value.get()).matches()) {
            fields.error(fields.field(key).orElseThrow().value(), key + ".invalid", "\"" + value.get() + "\" is not a valid " + key + " key",
                    "use lowercase letters, digits and hyphens, the same in every language version");
            return "";
        }
        return value.orElse("");
    }

    private static boolean ascii(String text) {
        return text.chars().allMatch(c -> c < 0x80);
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
