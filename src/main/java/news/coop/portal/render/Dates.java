package news.coop.portal.render;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as readers see them, in the item's language: "26 September 2023", "26 сентября 2023 г.",
 * "26 верасня 2023 г.". The pattern is the UI string {@code date.format}, so each language keeps its
 * own grammar (Russian and Belarusian month names in the genitive case). Never uses the JVM's locale.
 */
public final class Dates {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private Dates() {
    }

    public static String text(ZonedDateTime date, String lang, Messages messages) {
        return DateTimeFormatter.ofPattern(messages.get(lang, "date.format"), locale(lang)).format(date);
    }

    /** The month's name standing alone, capitalised: "September", "Сентябрь", "Верасень". */
    public static String month(ZonedDateTime date, String lang) {
        String name = DateTimeFormatter.ofPattern("LLLL", locale(lang)).format(date);
        return name.substring(0, 1).toUpperCase(locale(lang)) + name.substring(1);
    }

    /** ISO-8601 with offset, as {@code <time datetime>}, JSON-LD and Atom want it. */
    public static String iso(ZonedDateTime date) {
        return ISO.format(date.toOffsetDateTime());
    }

    public static Locale locale(String lang) {
        return Locale.forLanguageTag(lang);
    }
}
