package news.coop.portal.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The text of synthetic news in one language: sentences, paragraphs and phrases drawn from a few
 * hundred words of the domain (co-operation, construction, energy, roads…) by a generator the caller
 * gives, plus the few fixed phrases an item needs. The same generator state gives the same text on
 * every machine (no clock, zone or locale). Immutable.
 *
 * @param seeAlso the words before a link to an earlier item
 * @param earlier the text of that link
 * @param credit  the credit of a lead picture
 * @param words   the words text is drawn from
 */
record SyntheticText(String seeAlso, String earlier, String credit, List<String> words) {
    private static final Map<String, SyntheticText> LANGUAGES = Map.of(
            "en", new SyntheticText("See also", "an earlier report", "Press service", """
                    the Belarusian regional partners agreed to expand joint projects in construction energy and roads
                    delegation enterprises supplies equipment machinery government ministry programme development
                    investment trade exports contracts forum meeting talks plans results season district plant workers
                    engineers specialists experience technology modernisation infrastructure housing utilities
                    agriculture farms food transport logistics freight bridges heating networks universities students
                    training research exhibition market products quality deliveries service working group council
                    production components will also new for with of on at"""),
            "ru", new SyntheticText("Подробнее — в", "предыдущем материале", "Пресс-служба", """
                    сотрудничество строительство энергетика предприятия область регион делегация соглашение поставки
                    оборудование техника правительство министерство партнёры совместные проекты программа развитие
                    инвестиции торговля экспорт контракты форум встреча переговоры стороны планы результаты год сезон
                    район завод специалисты опыт технологии модернизация инфраструктура жильё сельское хозяйство
                    продукция транспорт логистика мосты дороги теплоснабжение котельные сети университеты студенты
                    обучение исследования выставка рынок качество сервис рабочая группа совет белорусские российские
                    новые региональные промышленные будут расширят обсудили подписали договорились и в на для с по также"""),
            "be", new SyntheticText("Падрабязней — у", "папярэднім матэрыяле", "Прэс-служба", """
                    супрацоўніцтва будаўніцтва энергетыка прадпрыемствы вобласць рэгіён дэлегацыя пагадненне пастаўкі
                    абсталяванне тэхніка урад міністэрства партнёры сумесныя праекты праграма развіццё інвестыцыі
                    гандаль экспарт кантракты форум сустрэча перамовы бакі планы вынікі год сезон раён завод спецыялісты
                    вопыт тэхналогіі мадэрнізацыя інфраструктура жыллё сельская гаспадарка прадукцыя транспарт
                    лагістыка масты дарогі цеплазабеспячэнне кацельні сеткі універсітэты студэнты навучанне
                    даследаванні выстаўка рынак якасць сэрвіс рабочая група савет беларускія расійскія новыя
                    рэгіянальныя прамысловыя будуць пашыраць абмеркавалі падпісалі дамовіліся і ў на для з па таксама"""));

    private SyntheticText(String seeAlso, String earlier, String credit, String words) {
        this(seeAlso, earlier, credit, List.of(words.strip().split("\\s+")));
    }

    SyntheticText {
        words = List.copyOf(words);
    }

    /** The text of language {@code lang}, or null when there is none for it (en, ru and be have one). */
    static SyntheticText of(String lang) {
        return LANGUAGES.get(lang);
    }

    /** 2–5 sentences. */
    String paragraph(SplittableRandom random) {
        List<String> sentences = new ArrayList<>();
        for (int count = random.nextInt(2, 6); count > 0; count--) {
            sentences.add(sentence(random));
        }
        return String.join(" ", sentences);
    }

    /** 7–13 words ending with a period, sometimes with commas and one word in bold. */
    String sentence(SplittableRandom random) {
        int length = random.nextInt(7, 14);
        int bold = random.nextInt(4) == 0 ? random.nextInt(length) : -1;
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < length; i++) {
            String word = i == 0 ? capitalised(firstWord(random)) : pick(random);
            sentence.append(i == 0 ? "" : " ").append(i == bold ? "**" + word + "**" : word);
            if (i > 1 && i < length - 2 && random.nextInt(9) == 0) {
                sentence.append(',');
            }
        }
        return sentence.append('.').toString();
    }

    /** {@code min} to {@code max} words without punctuation, in lower case: a title, a heading or a list item once capitalised. */
    String phrase(SplittableRandom random, int min, int max) {
        List<String> words = new ArrayList<>(List.of(firstWord(random)));
        for (int count = random.nextInt(min, max + 1); count > 1; count--) {
            words.add(pick(random));
        }
        return String.join(" ", words);
    }

    private String pick(SplittableRandom random) {
        return words.get(random.nextInt(words.size()));
    }

    /** A word that can open a sentence or a heading: not a short one such as "of", "і" or "ў". */
    private String firstWord(SplittableRandom random) {
        String word = pick(random);
        return word.length() > 3 ? word : firstWord(random);
    }

    static String capitalised(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** Words of Markdown text: whitespace-separated tokens that hold a letter or a digit, so {@code ##} and list dashes do not count. */
    static long words(String markdown) {
        long words = 0;
        boolean counted = false;
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (Character.isWhitespace(c)) {
                counted = false;
            } else if (!counted && Character.isLetterOrDigit(c)) {
                words++;
                counted = true;
            }
        }
        return words;
    }

    /** An independent generator for one item and purpose: the seed, index and purpose pass through SplitMix64's finaliser. */
    static SplittableRandom generator(long seed, long index, int purpose) {
        long mixed = seed + (index * 4 + purpose) * 0x9E3779B97F4A7C15L;
        mixed = (mixed ^ (mixed >>> 30)) * 0xBF58476D1CE4E5B9L;
        mixed = (mixed ^ (mixed >>> 27)) * 0x94D049BB133111EBL;
        return new SplittableRandom(mixed ^ (mixed >>> 31));
    }
}
