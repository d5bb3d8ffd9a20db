package news.coop.portal.validate;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.Diagnostics;
import news.coop.portal.diag.Suggestions;
import news.coop.portal.load.Field;
import news.coop.portal.load.ParsedSource;
import news.coop.portal.load.SafeHtml;
import news.coop.portal.model.Image;
import news.coop.portal.model.NewsItem;
import news.coop.portal.model.Page;
import news.coop.portal.model.Status;
import news.coop.portal.model.Term;
import news.coop.portal.model.Vocabulary;

/**
 * The validate stage for one source: checks its front matter against the schema and the
 * vocabularies and turns it into a {@link NewsItem} or a {@link Page}. Every problem is reported, not
 * only the first; a source with any error yields nothing.
 *
 * <p>The schema (which fields a kind of source has, and {@code status}) is here; the rules of each
 * kind of field and of the text are apart: {@link DateFields}, {@link VocabularyFields},
 * {@link SlugFields}, {@link Pictures} and {@link BodyRules}, then {@link WritingAdvice}.
 *
 * <p>Thread-safe: holds only immutable configuration.
 */
public final class SourceValidator {
    public static final Set<String> NEWS_FIELDS = Set.of("title", "date", "updated", "lead", "areas", "regions", "lang", "status", "slug",
            "translation", "image", "image_alt", "image_caption", "image_credit", "image_decorative");
    public static final Set<String> PAGE_FIELDS = Set.of("title", "lead", "lang", "status", "slug", "translation");

    private final Vocabulary areas;
    private final Vocabulary regions;
    private final DateFields dates;
    private final VocabularyFields vocabularies;
    private final Pictures pictures;
    private final BodyRules text;

    public SourceValidator(SiteConfig config, Vocabulary areas, Vocabulary regions) {
        this.areas = areas;
        this.regions = regions;
        this.dates = new DateFields(config.zone());
        this.vocabularies = new VocabularyFields(config);
        this.pictures = new Pictures(config);
        this.text = new BodyRules(SafeHtml.of(config), pictures);
    }

    /** A news item from {@code content/news/}, or empty when the source has errors (all reported). */
    public Optional<NewsItem> news(ParsedSource source, Diagnostics diagnostics) {
        Diagnostics local = new Diagnostics();
        FieldReader fields = new FieldReader(source.frontMatter(), local);
        unknownFields(fields, source, NEWS_FIELDS, local);
        Optional<String> title = fields.requiredText("title", "Belarus and the Leningrad Region agree on road works");
        Optional<OffsetDateTime> date = dates.date(fields);
        Optional<OffsetDateTime> updated = dates.updated(fields, date);
        Optional<String> lead = fields.requiredText("lead", "One sentence that sums up the story.");
        List<Term> itemAreas = vocabularies.terms(fields, areas, "areas", true);
        List<Term> itemRegions = vocabularies.terms(fields, regions, "regions", false);
        Optional<String> lang = vocabularies.lang(fields);
        Status status = status(fields);
        Optional<String> slug = SlugFields.slug(fields, source, true, lang);
        String translation = SlugFields.translation(fields);
        Image image = pictures.lead(fields);
        text.check(source.body(), source.frontMatter().path(), local);
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
        Optional<String> lang = vocabularies.lang(fields);
        Status status = status(fields);
        Optional<String> slug = SlugFields.slug(fields, source, false, lang);
        String translation = SlugFields.translation(fields);
        text.check(source.body(), source.frontMatter().path(), local);
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
}
