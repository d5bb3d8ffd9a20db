package news.coop.portal.validate;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.nio.file.Files;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.coop.portal.address.Addresses;
import news.coop.portal.address.Decoded;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.diag.Diagnostics;
import news.coop.portal.diag.Severity;
import news.coop.portal.diag.Suggestions;
import news.coop.portal.image.ImagePaths;
import news.coop.portal.load.BodyPictures;
import news.coop.portal.load.Field;
import news.coop.portal.load.MarkdownProcessor;
import news.coop.portal.load.ParsedSource;
import news.coop.portal.load.SafeHtml;
import news.coop.portal.model.Image;
import news.coop.portal.model.Markdown;
import news.coop.portal.model.NewsItem;
import news.coop.portal.model.Page;
import news.coop.portal.model.Status;
import news.coop.portal.model.Term;
import news.coop.portal.model.Vocabulary;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The validate stage for one source: checks its front matter against the schema and the
 * vocabularies and turns it into a {@link NewsItem} or a {@link Page}. Every problem is reported, not
 * only the first; a source with any error yields nothing.
 *
 * <p>Thread-safe: holds only immutable configuration.
 */
public final class SourceValidator {
    public static final Set<String> NEWS_FIELDS = Set.of("title", "date", "updated", "lead", "areas", "regions", "lang", "status", "slug",
            "translation", "image", "image_alt", "image_caption", "image_credit", "image_decorative");
    public static final Set<String> PAGE_FIELDS = Set.of("title", "lead", "lang", "status", "slug", "translation");

    /** Slugs and translation keys become URL segments: lowercase ASCII words joined by hyphens. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern DATED_NAME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}-(.+)");
    private static final Pattern LOCAL_DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(:\\d{2})?)");

    private final SiteConfig config;
    private final Vocabulary areas;
    private final Vocabulary regions;
    private final SafeHtml html;

    public SourceValidator(SiteConfig config, Vocabulary areas, Vocabulary regions) {
        this.config = config;
        this.areas = areas;
        this.regions = regions;
        this.html = SafeHtml.of(config);
    }

    /** A news item from {@code content/news/}, or empty when the source has errors (all reported). */
    public Optional<NewsItem> news(ParsedSource source, Diagnostics diagnostics) {
        Diagnostics local = new Diagnostics();
        FieldReader fields = new FieldReader(source.frontMatter(), local);
        unknownFields(fields, source, NEWS_FIELDS, local);
        Optional<String> title = fields.requiredText("title", "Belarus and the Leningrad Region agree on road works");
        Optional<OffsetDateTime> date = date(fields, "date");
        Optional<OffsetDateTime> updated = updated(fields, date);
        Optional<String> lead = fields.requiredText("lead", "One sentence that sums up the story.");
        List<Term> itemAreas = terms(fields, areas, "areas", true);
        List<Term> itemRegions = terms(fields, regions, "regions", false);
        Optional<String> lang = lang(fields);
        Status status = status(fields);
        Optional<String> slug = slug(fields, source, true, lang);
        String translation = key(fields, "translation");
        Image image = image(fields);
        body(source.body(), source.frontMatter().path(), local);
        WritingAdvice.check(fields, title, lead, source.body());
        diagnostics.addAll(local.sorted());
        if (local.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new NewsItem(source.text().path(), title.orElseThrow(), date.orElseThrow(), updated.orElse(date.orElseThrow()), lead.orElseThrow(),
                itemAreas, itemRegions,
                lang.orElseThrow(), status, slug.orElseThrow(), translation, image, source.rendered()));
    }

    /** A page from {@code content/pages/}, or empty when the source has errors (all reported). */
    public Optional<Page> page(ParsedSource source, Diagnostics diagnostics) {
        Diagnostics local = new Diagnostics();
        FieldReader fields = new FieldReader(source.frontMatter(), local);
        unknownFields(fields, source, PAGE_FIELDS, local);
        Optional<String> title = fields.requiredText("title", "About this portal");
        Optional<String> lead = fields.requiredText("lead", "One sentence that says what the page is for.");
        Optional<String> lang = lang(fields);
        Status status = status(fields);
        Optional<String> slug = slug(fields, source, false, lang);
        String translation = key(fields, "translation");
        body(source.body(), source.frontMatter().path(), local);
        WritingAdvice.check(fields, title, lead, source.body());
        diagnostics.addAll(local.sorted());
        if (local.hasErrors()) {
            return Optional.empty();
        }
        Optional<Field> translationField = fields.field("translation");
        int line = translationField.map(field -> source.frontMatter().line(field.value())).orElse(source.frontMatter().openingLine());
        int column = translationField.map(field -> source.frontMatter().column(field.value())).orElse(1);
        return Optional.of(new Page(source.text().path(), title.orElseThrow(), lead.orElseThrow(), lang.orElseThrow(), status, slug.orElseThrow(),
                translation, source.rendered(), line, column));
    }

    private static void unknownFields(FieldReader fields, ParsedSource source, Set<String> known, Diagnostics diagnostics) {
        for (Field field : source.frontMatter().fields().values()) {
            if (!known.contains(field.key())) {
                fields.error(field.keyNode(), "field.unknown", "unknown field \"" + field.key() + "\"", Suggestions.hint(field.key(), known));
            }
        }
    }

    /**
     * The required {@code date}, or the optional {@code updated}: with an offset, or read in the site's
     * zone without one.
     */
    private Optional<OffsetDateTime> date(FieldReader fields, String key) {
        String example = "2023-09-26T13:00:00+03:00";
        Optional<String> text = key.equals("date") ? fields.requiredText(key, example) : fields.optionalText(key, example);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String value = text.get();
        try {
            OffsetDateTime date;
            Matcher local = LOCAL_DATE_TIME.matcher(value);
            if (local.matches()) {
                date = LocalDateTime.parse(local.group(1) + "T" + local.group(2)).atZone(config.zone()).toOffsetDateTime();
            } else if (value.length() == 10) {
                date = LocalDate.parse(value).atStartOfDay(config.zone()).toOffsetDateTime();
            } else {
                date = OffsetDateTime.parse(value.replace(' ', 'T'));
            }
            // The year is a four-digit URL segment (/en/news/2023/09/…): ISO's signed years (-0005, +99999) are no dates of news.
            int year = date.atZoneSameInstant(config.zone()).getYear();
            if (year < 1000 || year > 9999) {
                throw new DateTimeException("year " + year);
            }
            return Optional.of(date);
        } catch (DateTimeException e) {
            fields.error(fields.field(key).orElseThrow().value(), key + ".invalid", "\"" + value + "\" is not a valid date",
                    "write it as " + example + ", or 2023-09-26 13:00 for " + config.zone().getId() + " time");
            return Optional.empty();
        }
    }

    /** The optional {@code updated}: when the item was last changed, so never before its {@code date}. */
    private Optional<OffsetDateTime> updated(FieldReader fields, Optional<OffsetDateTime> date) {
        Optional<OffsetDateTime> updated = date(fields, "updated");
        if (updated.isPresent() && date.isPresent() && updated.get().isBefore(date.get())) {
            String written = fields.optionalText("updated", "").orElseThrow();
            String published = fields.optionalText("date", "").orElseThrow();
            fields.error(fields.field("updated").orElseThrow().value(), "updated.before-date",
                    "updated " + written + " is before the item's date " + published,
                    "updated is when the text was last changed: write a moment after the date, or remove the line");
            return Optional.empty();
        }
        return updated;
    }

    private List<Term> terms(FieldReader fields, Vocabulary vocabulary, String key, boolean required) {
        String example = "[" + String.join(", ", vocabulary.ids().stream().limit(2).toList()) + "]";
        Optional<List<ScalarNode>> ids = fields.list(key, required, example);
        List<Term> terms = new ArrayList<>();
        for (ScalarNode node : ids.orElse(List.of())) {
            String id = node.getValue().strip();
            Optional<Term> term = vocabulary.find(id);
            if (term.isEmpty()) {
                error(fields, node, unknownTerm(vocabulary, id, fields.path(), 0, 0));
            } else if (terms.contains(term.get())) {
                fields.error(node, vocabulary.kind() + ".duplicate", vocabulary.kind() + " \"" + id + "\" is named twice", "name it once");
            } else {
                terms.add(term.get());
            }
        }
        return terms;
    }

    private Optional<String> lang(FieldReader fields) {
        Optional<String> lang = fields.requiredText("lang", config.defaultLanguage());
        if (lang.isPresent() && !config.languages().contains(lang.get())) {
            error(fields, fields.field("lang").orElseThrow().value(), unknownLanguage(config.languages(), lang.get(), fields.path(), 0, 0));
            return Optional.empty();
        }
        return lang;
    }

    /**
     * The error for an id that is not in a vocabulary ({@code area.unknown}, {@code region.unknown}), with a
     * did-you-mean hint and where the list is. The authoring commands say the same of their options.
     */
    public static Diagnostic unknownTerm(Vocabulary vocabulary, String id, String path, int line, int column) {
        return Diagnostic.error(path, line, column, vocabulary.kind() + ".unknown", "unknown " + vocabulary.kind() + " \"" + id + "\"",
                Suggestions.hint(id, vocabulary.ids()) + " (the list is in data/" + vocabulary.segment() + ".yml)");
    }

    /** The error for a language that is not one of the site's ({@code lang.unknown}), with a did-you-mean hint. */
    public static Diagnostic unknownLanguage(List<String> languages, String lang, String path, int line, int column) {
        return Diagnostic.error(path, line, column, "lang.unknown", "\"" + lang + "\" is not a language of this site", Suggestions.hint(lang, languages));
    }

    /** Reports a problem made by one of the factories above at a front-matter node. */
    private static void error(FieldReader fields, org.yaml.snakeyaml.nodes.Node at, Diagnostic problem) {
        fields.error(at, problem.code(), problem.message(), problem.hint());
    }

    private static Status status(FieldReader fields) {
        Optional<String> status = fields.optionalText("status", "published");
        if (status.isEmpty()) {
            return Status.PUBLISHED;
        }
        return switch (status.get()) {
            case "published" -> Status.PUBLISHED;
            case "draft" -> Status.DRAFT;
            default -> {
                fields.error(fields.field("status").orElseThrow().value(), "status.invalid", "\"" + status.get() + "\" is not a status",
                        "write status: published or status: draft");
                yield Status.DRAFT;
            }
        };
    }

    /**
     * The slug: {@code slug:} when given, else the file name without its date (and, for a page, its language).
     * A file name in another script is transliterated by {@link Slugs} in the item's language
     * ({@code 2024-05-16-модернизация-котельных.md} in Russian is {@code modernizatsiya-kotelnykh}); an ASCII
     * file name that is no slug (capitals, underscores) is an error, as is an explicit {@code slug:} that is
     * no slug, which is never transliterated: it is the URL the author chose, letter for letter, and the hint
     * offers the transliteration to paste.
     */
    private static Optional<String> slug(FieldReader fields, ParsedSource source, boolean dated, Optional<String> lang) {
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

    private static boolean ascii(String text) {
        return text.chars().allMatch(c -> c < 0x80);
    }

    private static String key(FieldReader fields, String key) {
        Optional<String> value = fields.optionalText(key, "2023-09-26-leningrad-region");
        if (value.isPresent() && !SLUG.matcher(value.get()).matches()) {
            fields.error(fields.field(key).orElseThrow().value(), key + ".invalid", "\"" + value.get() + "\" is not a valid " + key + " key",
                    "use lowercase letters, digits and hyphens, the same in every language version");
            return "";
        }
        return value.orElse("");
    }

    private Image image(FieldReader fields) {
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

    /**
     * Body rules: the title is the page's only h1; only harmless attributes; pictures are files with
     * text alternatives; whatever {@link SafeHtml} removes from raw HTML, and links it does not allow,
     * are reported where they are written.
     */
    private void body(Markdown body, String path, Diagnostics diagnostics) {
        for (Node node : body.document().getDescendants()) {
            // Positions are worked out only for a node with a problem: finding a line is not free.
            if (node instanceof Heading heading && heading.getLevel() == 1) {
                diagnostics.error(path, line(body, node), column(node), "markdown.h1", "a \"#\" heading in the body would be a second main title",
                        "the title field is the page's heading; start sections with \"##\"");
            } else if (node instanceof AttributeNode attribute && !attribute.isId() && !attribute.isClass()
                    && !MarkdownProcessor.AUTHOR_ATTRIBUTES.contains(attribute.getName().toString())) {
                diagnostics.error(path, line(body, node), column(node), "markdown.attribute", "the attribute \"" + attribute.getName() + "\" is not allowed in the text",
                        "use {#id}, {.class} or {lang=ru} only; links and images take their address in (…)");
            } else if (node instanceof AttributeNode attribute && attribute.getName().toString().equals(BodyPictures.CREDIT)
                    && !BodyPictures.belongsToPicture(attribute)) {
                diagnostics.error(path, line(body, node), column(node), "markdown.attribute", "a credit belongs to a picture",
                        "write it right after the image: ![What it shows](photo.jpg \"Caption\"){credit=\"Name\"}");
            } else if (node instanceof com.vladsch.flexmark.ast.Image image) {
                picture(image, body, path, diagnostics);
            } else if (MarkdownProcessor.isRawHtml(node) && !MarkdownProcessor.isRawHtml(node.getParent())) {
                rawHtml(node, body, path, diagnostics);
            } else if (node instanceof LinkNodeBase link && !SafeHtml.allowsAddress("a", "href", link.getUrl().unescape())) {
                diagnostics.add(new Diagnostic(path, line(body, node), column(node), Severity.WARNING, "html.url-scheme",
                        "the link to \"" + SafeHtml.shown(link.getUrl().unescape()) + "\" is removed; its text stays", SafeHtml.ADDRESS_HINT));
            }
        }
    }

    /**
     * Warns of every part of a piece of raw HTML that the site's {@link SafeHtml} policy removes, and
     * reports each picture it keeps without a text alternative, at its own line and column.
     */
    private void rawHtml(Node node, Markdown body, String path, Diagnostics diagnostics) {
        BasedSequence text = node instanceof Block block && !block.getContentChars().isEmpty() ? block.getContentChars() : node.getChars();
        // A position in the HTML as the file's line and column (the node's own when flexmark cannot map it back).
        java.util.function.IntFunction<int[]> place = index -> {
            int offset = text.getIndexOffset(index);
            return offset < 0 ? new int[] {line(body, node), column(node)}
                    : new int[] {body.firstLine() + body.document().getLineNumber(offset), offset - text.getBaseSequence().lastIndexOf('\n', offset - 1)};
        };
        SafeHtml.Review review = html.review(text.toString());
        for (SafeHtml.Removal removal : review.removals()) {
            int[] at = place.apply(removal.index());
            diagnostics.add(new Diagnostic(path, at[0], at[1], Severity.WARNING, removal.code(), removal.message(), removal.hint()));
        }
        for (int index : review.picturesWithoutText()) {
            int[] at = place.apply(index);
            diagnostics.error(path, at[0], at[1], "image.alt-missing", "the <img> has no text alternative",
                    "write what the picture shows in alt=\"…\" (alt=\"\" if it only decorates), or write it in Markdown: ![Workers at the plant](plant.jpg)");
        }
    }

    /** A picture in the text: a file of the site, with a text alternative unless it only decorates, and a credit only where it is shown. */
    private void picture(com.vladsch.flexmark.ast.Image image, Markdown body, String path, Diagnostics diagnostics) {
        String address = image.getUrl().toString();
        int line = line(body, image);
        int column = column(image);
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

    private static int line(Markdown body, Node node) {
        return body.firstLine() + node.getStartLineNumber();
    }

    private static int column(Node node) {
        return node.getStartOffset() - node.getStartOfLine() + 1;
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
