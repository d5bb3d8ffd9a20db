package news.coop.portal.model;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A validated news item. Immutable.
 *
 * @param source       the project-relative path of its Markdown file
 * @param date         publication date with the offset it was written with (or the site zone's)
 * @param updated      when the item was last changed ({@code updated:}), never before {@code date};
 *                     {@code date} itself when the item was never updated
 * @param translation  the key shared by the language versions of one story, or empty
 * @param image        the lead image, or {@code null}
 */
public record NewsItem(
        String source,
        String title,
        OffsetDateTime date,
        OffsetDateTime updated,
        String lead,
        List<Term> areas,
        List<Term> regions,
        String lang,
        Status status,
        String slug,
        String translation,
        Image image,
        Body body) implements Document {

    public NewsItem {
        areas = List.copyOf(areas);
        regions = List.copyOf(regions);
    }

    /** The date as the site's readers see it: in the site zone. */
    public ZonedDateTime localDate(ZoneId zone) {
        return date.atZoneSameInstant(zone);
    }

    /** {@link #updated} as the site's readers see it: in the site zone. */
    public ZonedDateTime localUpdated(ZoneId zone) {
        return updated.atZoneSameInstant(zone);
    }

    /** Whether the item was changed after it was published. */
    public boolean wasUpdated() {
        return !updated.isEqual(date);
    }

    /** The site-absolute URL: {@code /{lang}/news/{yyyy}/{mm}/{slug}/}, year and month in the site zone. */
    public String url(ZoneId zone) {
        ZonedDateTime local = localDate(zone);
        int month = local.getMonthValue();
        return "/" + lang + "/news/" + local.getYear() + (month < 10 ? "/0" : "/") + month + "/" + slug + "/";
    }
}
