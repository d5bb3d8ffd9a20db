package news.coop.portal.validate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates of a news item's front matter: the required {@code date} and the optional {@code updated},
 * each with an offset, or read in the site's zone without one ({@code date.invalid},
 * {@code updated.invalid}, {@code updated.before-date}).
 *
 * <p>Thread-safe: holds only the zone.
 */
final class DateFields {
    private static final Pattern LOCAL_DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(:\\d{2})?)");
    private static final String EXAMPLE = "2023-09-26T13:00:00+03:00";

    private final ZoneId zone;

    DateFields(ZoneId zone) {
        this.zone = zone;
    }

    /** The required {@code date}, or empty when it is missing or invalid (reported). */
    Optional<OffsetDateTime> date(FieldReader fields) {
        return read(fields, "date");
    }

    /** The optional {@code updated}: when the item was last changed, so never before its {@code date}. */
    Optional<OffsetDateTime> updated(FieldReader fields, Optional<OffsetDateTime> date) {
        Optional<OffsetDateTime> updated = read(fields, "updated");
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

    private Optional<OffsetDateTime> read(FieldReader fields, String key) {
        Optional<String> text = key.equals("date") ? fields.requiredText(key, EXAMPLE) : fields.optionalText(key, EXAMPLE);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String value = text.get();
        try {
            OffsetDateTime date;
            Matcher local = LOCAL_DATE_TIME.matcher(value);
            if (local.matches()) {
                date = LocalDateTime.parse(local.group(1) + "T" + local.group(2)).atZone(zone).toOffsetDateTime();
            } else if (value.length() == 10) {
                date = LocalDate.parse(value).atStartOfDay(zone).toOffsetDateTime();
            } else {
                date = OffsetDateTime.parse(value.replace(' ', 'T'));
            }
            // The year is a four-digit URL segment (/en/news/2023/09/…): ISO's signed years (-0005, +99999) are no dates of news.
            int year = date.atZoneSameInstant(zone).getYear();
            if (year < 1000 || year > 9999) {
                throw new DateTimeException("year " + year);
            }
            return Optional.of(date);
        } catch (DateTimeException e) {
            fields.error(fields.field(key).orElseThrow().value(), key + ".invalid", "\"" + value + "\" is not a valid date",
                    "write it as " + EXAMPLE + ", or 2023-09-26 13:00 for " + zone.getId() + " time");
            return Optional.empty();
        }
    }
}
