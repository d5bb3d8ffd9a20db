package news.coop.portal.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.Diagnostics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pins dates as readers see them, with the real {@code date.format} patterns of each language:
 * Russian and Belarusian month names in the genitive after the day ("26 верасня 2023 г."), the
 * month standing alone capitalised in the nominative ("Верасень"), and ISO text that keeps the
 * offset. None of it may depend on the JVM's zone or locale (the tests run under Asia/Tokyo and tr-TR).
 */
class DatesTest {
    private static final ZoneId MINSK = ZoneId.of("Europe/Minsk");

    @TempDir
    static Path root;

    private static Messages messages;

    @BeforeAll
    static void messages() throws Exception {
        Path dir = Files.createDirectories(root.resolve("templates/messages"));
        Files.writeString(dir.resolve("en.properties"), "date.format=d MMMM uuuu\n");
        Files.writeString(dir.resolve("ru.properties"), "date.format=d MMMM uuuu 'г.'\n");
        Files.writeString(dir.resolve("be.properties"), "date.format=d MMMM uuuu 'г.'\n");
        SiteConfig config = new SiteConfig(root, root.resolve("content"), root.resolve("data"), root.resolve("templates"), root.resolve("assets"),
                root.resolve("target/site"), "https://news.example.org", List.of("en", "ru", "be"), "en", MINSK, 10, 20, List.of(), Map.of());
        Diagnostics diagnostics = new Diagnostics();
        messages = Messages.load(config, diagnostics);
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1} / {2} / {3}")
    @CsvSource({
            " 1, 26 January 2023,   26 января 2023 г.,   26 студзеня 2023 г.",
            " 2, 26 February 2023,  26 февраля 2023 г.,  26 лютага 2023 г.",
            " 3, 26 March 2023,     26 марта 2023 г.,    26 сакавіка 2023 г.",
            " 4, 26 April 2023,     26 апреля 2023 г.,   26 красавіка 2023 г.",
            " 5, 26 May 2023,       26 мая 2023 г.,      26 мая 2023 г.",
            " 6, 26 June 2023,      26 июня 2023 г.,     26 чэрвеня 2023 г.",
            " 7, 26 July 2023,      26 июля 2023 г.,     26 ліпеня 2023 г.",
            " 8, 26 August 2023,    26 августа 2023 г.,  26 жніўня 2023 г.",
            " 9, 26 September 2023, 26 сентября 2023 г., 26 верасня 2023 г.",
            "10, 26 October 2023,   26 октября 2023 г.,  26 кастрычніка 2023 г.",
            "11, 26 November 2023,  26 ноября 2023 г.,   26 лістапада 2023 г.",
            "12, 26 December 2023,  26 декабря 2023 г.,  26 снежня 2023 г.",
    })
    void writesTheDayWithTheMonthInTheGenitive(int month, String en, String ru, String be) {
        ZonedDateTime date = ZonedDateTime.of(2023, month, 26, 10, 0, 0, 0, MINSK);

        assertThat(Dates.text(date, "en", messages)).isEqualTo(en);
        assertThat(Dates.text(date, "ru", messages)).isEqualTo(ru);
        assertThat(Dates.text(date, "be", messages)).isEqualTo(be);
    }

    @Test
    void printsTheDayOfTheDateAsGivenNotOfTheMachinesZone() {
        // 23:30 in Minsk is already the next day in Tokyo, the zone the tests run in.
        ZonedDateTime lateEvening = ZonedDateTime.of(2023, 9, 26, 23, 30, 0, 0, MINSK);

        assertThat(Dates.text(lateEvening, "en", messages)).isEqualTo("26 September 2023");
    }

    @Test
    void monthStandsAloneCapitalisedInTheNominative() {
        ZonedDateTime september = ZonedDateTime.of(2023, 9, 26, 10, 0, 0, 0, MINSK);
        ZonedDateTime may = ZonedDateTime.of(2023, 5, 1, 10, 0, 0, 0, MINSK);

        assertThat(Dates.month(september, "en")).isEqualTo("September");
        assertThat(Dates.month(september, "ru")).isEqualTo("Сентябрь");
        assertThat(Dates.month(september, "be")).isEqualTo("Верасень");
        assertThat(Dates.month(may, "ru")).isEqualTo("Май");
        assertThat(Dates.month(may, "be")).isEqualTo("Май");
    }

    @Test
    void isoTextKeepsTheOffset() {
        assertThat(Dates.iso(ZonedDateTime.of(2023, 9, 26, 10, 0, 0, 0, MINSK))).isEqualTo("2023-09-26T10:00:00+03:00");
        assertThat(Dates.iso(ZonedDateTime.of(2023, 9, 26, 10, 0, 0, 0, ZoneOffset.UTC))).isEqualTo("2023-09-26T10:00:00Z");
        assertThat(Dates.iso(ZonedDateTime.of(2023, 9, 26, 10, 0, 5, 0, ZoneOffset.ofHours(-5)))).isEqualTo("2023-09-26T10:00:05-05:00");
    }
}
