package news.coop.portal.author;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pins the slugs of real titles: ICU's BGN/PCGN romanisation, then ASCII, lowercase, hyphens, cut at a word. */
class SlugsTest {
    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Энергетический форум | ru | energeticheskiy-forum
            «Объём» работ: подъезд к Щёлково — 2024 | ru | obyem-rabot-podyezd-k-shchelkovo-2024
            Ленинградская область и Санкт-Петербург: модернизация котельных, водоочистных сооружений и дорог | ru | leningradskaya-oblast-i-sankt-peterburg-modernizatsiya
            Беларускія будаўнікі возьмуць удзел у жыллёвых праграмах Маскоўскай вобласці | be | byelaruskiya-budawniki-vozmuts-udzyel-u-zhyllyovykh
            Ўзровень супрацоўніцтва і аб’ём | be | wzrovyen-supratsownitstva-i-abyom
            Lukashenko: "We'll build it" — today's talks (Part 2) | en | lukashenko-well-build-it-todays-talks-part-2
            Lukashenko outlined promising areas of co-operation with Leningrad Region, and these include construction, energy, roads | en | lukashenko-outlined-promising-areas-of-co-operation
            Café in Zürich | en | cafe-in-zurich
            Минск | en | minsk
            """)
    void titlesBecomeStableAsciiSlugs(String title, String lang, String slug) {
        assertThat(Slugs.of(title, lang)).isEqualTo(slug).matches("[a-z0-9]+(-[a-z0-9]+)*").hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH);
        assertThat(Slugs.of(title, lang)).as("the same title gives the same slug").isEqualTo(Slugs.of(title, lang));
    }

    @org.junit.jupiter.api.Test
    void aSingleLongWordIsCutAndATitleWithoutLettersGivesNothing() {
        assertThat(Slugs.of("Supercalifragilisticexpialidocious".repeat(3), "en")).hasSize(Slugs.MAX_LENGTH).startsWith("supercalifragilistic");
        assertThat(Slugs.of("!!! ??? …", "en")).isEmpty();
    }
}
