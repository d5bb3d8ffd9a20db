package news.coop.portal.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pins the slugs of real titles, and the romanisations against reference examples: the Belarusian national
 * system's own place names (the 2000 Instruction's examples, with the 2007 acute for ь, and the names on the
 * UN list), and BGN/PCGN's for Russian.
 */
class SlugsTest {
    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Энергетический форум | ru | energeticheskiy-forum
            «Объём» работ: подъезд к Щёлково — 2024 | ru | obyem-rabot-podyezd-k-shchelkovo-2024
            Ленинградская область и Санкт-Петербург: модернизация котельных, водоочистных сооружений и дорог | ru | leningradskaya-oblast-i-sankt-peterburg-modernizatsiya
            Беларускія будаўнікі возьмуць удзел у жыллёвых праграмах Маскоўскай вобласці | be | bielaruskija-budauniki-vozmuc-udziel-u-zylliovych-prahramach
            Ўзровень супрацоўніцтва і аб’ём | be | uzrovien-supracounictva-i-abjom
            Lukashenko: "We'll build it" — today's talks (Part 2) | en | lukashenko-well-build-it-todays-talks-part-2
            Lukashenko outlined promising areas of co-operation with Leningrad Region, and these include construction, energy, roads | en | lukashenko-outlined-promising-areas-of-co-operation
            Café in Zürich | en | cafe-in-zurich
            Минск | en | minsk
            """)
    void titlesBecomeStableAsciiSlugs(String title, String lang, String slug) {
        assertThat(Slugs.of(title, lang)).isEqualTo(slug).matches("[a-z0-9]+(-[a-z0-9]+)*").hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH);
        assertThat(Slugs.of(title, lang)).as("the same title gives the same slug").isEqualTo(Slugs.of(title, lang));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Мінск        | Minsk        | minsk
            Гомель       | Homieĺ       | homiel
            Магілёў      | Mahilioŭ     | mahiliou
            Віцебск      | Viciebsk     | viciebsk
            Брэст        | Brest        | brest
            Гродна       | Hrodna       | hrodna
            Маладзечна   | Maladziečna  | maladziecna
            Ашмяны       | Ašmiany      | asmiany
            Шчучын       | Ščučyn       | scucyn
            Заслаўе      | Zaslaŭje     | zaslauje
            Нясвіж       | Niasviž      | niasviz
            Дзяржынск    | Dziaržynsk   | dziarzynsk
            Баранавічы   | Baranavičy   | baranavicy
            Ельск        | Jeĺsk        | jelsk
            Аршанскі     | Aršanski     | arsanski
            Бешанковічы  | Biešankovičy | biesankovicy
            Гаўя         | Haŭja        | hauja
            Добруш       | Dobruš       | dobrus
            Бабаедава    | Babajedava   | babajedava
            Лепель       | Liepieĺ      | liepiel
            Ёды          | Jody         | jody
            Вераб'ёвічы  | Vierabjovičy | vierabjovicy
            Мёры         | Miory        | miory
            Зэльва       | Zeĺva        | zelva
            Іўе          | Iŭje         | iuje
            Лагойск      | Lahojsk      | lahojsk
            Круглае      | Kruhlaje     | kruhlaje
            Любань       | Liubań       | liuban
            Орша         | Orša         | orsa
            Рагачоў      | Rahačoŭ      | rahacou
            Светлагорск  | Svietlahorsk | svietlahorsk
            Талачын      | Talačyn      | talacyn
            Шаркаўшчына  | Šarkaŭščyna  | sarkauscyna
            Фаніпаль     | Fanipaĺ      | fanipal
            Хоцімск      | Chocimsk     | chocimsk
            Беларусь     | Bielaruś     | bielarus
            """)
    void belarusianFollowsTheNationalSystem(String cyrillic, String latin, String slug) {
        assertThat(Slugs.belarusianLatin(cyrillic)).isEqualTo(latin);
        assertThat(Slugs.of(cyrillic, "be")).isEqualTo(slug);
    }

    @Test
    void belarusianApostropheSoftSignAndStressFollowTheRules() {
        assertThat(Slugs.belarusianLatin("сям’я, сям'я, сямʼя")).as("the apostrophe is dropped and the vowel after it takes j").isEqualTo("siamja, siamja, siamja");
        assertThat(Slugs.belarusianLatin("Ільля")).as("ь puts an acute on the consonant before it").isEqualTo("Iĺlia");
        assertThat(Slugs.belarusianLatin("Ільюшын")).as("the vowel after a separating soft sign takes j").isEqualTo("Iĺjušyn");
        assertThat(Slugs.belarusianLatin("Мі́нск")).as("a stress mark is dropped").isEqualTo("Minsk");
        assertThat(Slugs.belarusianLatin("ЕЛЬСК, ХОЦІМСК")).as("capitals stay capitals").isEqualTo("JEĹSK, CHOCIMSK");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Москва          | moskva
            Щёлково         | shchelkovo
            Ярославль       | yaroslavl
            Объединение     | obyedineniye
            Энергетический  | energeticheskiy
            Санкт-Петербург | sankt-peterburg
            Цимлянск        | tsimlyansk
            Хабаровск       | khabarovsk
            """)
    void russianFollowsBgnPcgn(String cyrillic, String slug) {
        assertThat(Slugs.of(cyrillic, "ru")).isEqualTo(slug);
    }

    @Test
    void aSingleLongWordIsCutAndATitleWithoutLettersGivesNothing() {
        assertThat(Slugs.of("Supercalifragilisticexpialidocious".repeat(3), "en")).hasSize(Slugs.MAX_LENGTH).startsWith("supercalifragilistic");
        assertThat(Slugs.of("!!! ??? …", "en")).isEmpty();
    }

    @Test
    void manyThreadsShareTheTransliterators() throws Exception {
        List<String> titles = List.of("Магілёў і Вераб'ёвічы", "Беларускія будаўнікі", "Щёлково и Ярославль", "Ельск, Любань, Ашмяны");
        List<String> expected = List.of(Slugs.of(titles.get(0), "be"), Slugs.of(titles.get(1), "be"), Slugs.of(titles.get(2), "ru"), Slugs.of(titles.get(3), "be"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int task = 0; task < 32; task++) {
                results.add(pool.submit(() -> {
                    for (int round = 0; round < 500; round++) {
                        for (int i = 0; i < titles.size(); i++) {
                            if (!Slugs.of(titles.get(i), i == 2 ? "ru" : "be").equals(expected.get(i))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
