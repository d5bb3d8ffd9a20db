package news.coop.portal.bench;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Writes a synthetic news archive for the benchmark: a project folder with the real configuration,
 * templates, assets, vocabularies and pages, and any number of valid news items in ru, en and be
 * (about 45, 35 and 20 %), dated 2011–2025, 300–800 words each, some with a picture or a link to an
 * earlier item.
 *
 * <p>Each item is a pure function of the seed, its index and the vocabularies: it has generators of
 * its own (never the clock, the time zone or the locale), so an archive is byte-identical wherever it
 * is written, and {@code addItem(into, n + 1, seed)} after {@code generate(project, into, n, seed)}
 * writes exactly the file {@code generate(project, into, n + 1, seed)} would have. Stateless and
 * thread-safe.
 */
public final class SyntheticArchive {
    private static final LocalDate FIRST_DAY = LocalDate.of(2011, 1, 1);
    private static final int DAYS = (int) ChronoUnit.DAYS.between(FIRST_DAY, LocalDate.of(2026, 1, 1));
    private static final int PHOTOS = 4;
    private static final String NEWS = "content/news/";
    private static final Pattern LANG = Pattern.compile("(?m)^lang: *([a-z]+) *$");
    private static final Map<String, Language> LANGUAGES = Map.of(
            "en", new Language("See also", "an earlier report", "Press service", """
                    the Belarusian regional partners agreed to expand joint projects in construction energy and roads
                    delegation enterprises supplies equipment machinery government ministry programme development
                    investment trade exports contracts forum meeting talks plans results season district plant workers
                    engineers specialists experience technology modernisation infrastructure housing utilities
                    agriculture farms food transport logistics freight bridges heating networks universities students
                    training research exhibition market products quality deliveries service working group council
                    production components will also new for with of on at"""),
            "ru", new Language("Подробнее — в", "предыдущем материале", "Пресс-служба", """
                    сотрудничество строительство энергетика предприятия область регион делегация соглашение поставки
                    оборудование техника правительство министерство партнёры совместные проекты программа развитие
                    инвестиции торговля экспорт контракты форум встреча переговоры стороны планы результаты год сезон
                    район завод специалисты опыт технологии модернизация инфраструктура жильё сельское хозяйство
                    продукция транспорт логистика мосты дороги теплоснабжение котельные сети университеты студенты
                    обучение исследования выставка рынок качество сервис рабочая группа совет белорусские российские
                    новые региональные промышленные будут расширят обсудили подписали договорились и в на для с по также"""),
            "be", new Language("Падрабязней — у", "папярэднім матэрыяле", "Прэс-служба", """
                    супрацоўніцтва будаўніцтва энергетыка прадпрыемствы вобласць рэгіён дэлегацыя пагадненне пастаўкі
                    абсталяванне тэхніка урад міністэрства партнёры сумесныя праекты праграма развіццё інвестыцыі
                    гандаль экспарт кантракты форум сустрэча перамовы бакі планы вынікі год сезон раён завод спецыялісты
                    вопыт тэхналогіі мадэрнізацыя інфраструктура жыллё сельская гаспадарка прадукцыя транспарт
                    лагістыка масты дарогі цеплазабеспячэнне кацельні сеткі універсітэты студэнты навучанне
                    даследаванні выстаўка рынак якасць сэрвіс рабочая група савет беларускія расійскія новыя
                    рэгіянальныя прамысловыя будуць пашыраць абмеркавалі падпісалі дамовіліся і ў на для з па таксама"""));

    private SyntheticArchive() {
    }

    /**
     * What {@link #generate} wrote.
     *
     * @param words       body words of all items (whitespace-separated tokens holding a letter or digit)
     * @param perLanguage items per language code, sorted by code
     * @param newsPaths   every item's path relative to the archive, with forward slashes, sorted
     */
    public record Summary(int items, long words, Map<String, Integer> perLanguage, List<String> newsPaths) {
        public Summary {
            perLanguage = Collections.unmodifiableMap(new TreeMap<>(perLanguage));
            newsPaths = List.copyOf(newsPaths);
        }
    }

    /** One language's words and the few fixed phrases items need. */
    private record Language(String seeAlso, String earlier, String credit, List<String> words) {
        Language(String seeAlso, String earlier, String credit, String words) {
            this(seeAlso, earlier, credit, List.of(words.strip().split("\\s+")));
        }
    }

    /** The vocabulary ids items may name. */
    private record Ids(List<String> areas, List<String> regions) {
    }

    /** What fixes an item's path: drawn from a generator of its own, so a link can name an earlier item cheaply. */
    private record Header(int index, LocalDate day, int minute, String lang, List<String> areas, String region) {
        String path() {
            return NEWS + day.getYear() + "/" + day + "-" + areas.get(0) + "-" + region + "-" + index + ".md";
        }

        String date() {
            return String.format(Locale.ROOT, "%sT%02d:%02d:00+03:00", day, minute / 60, minute % 60);
        }
    }

    private record Item(Header header, String text, long words) {
    }

    /**
     * Copies {@code jbake.properties}, {@code templates/}, {@code assets/}, {@code data/} and
     * {@code content/pages/} from {@code project} into {@code into} (created if missing; it must be empty
     * or absent), adds four pictures under {@code assets/img/bench/}, then writes {@code items} news
     * items, indexes 1 to {@code items}, under {@code into/content/news/}.
     */
    public static Summary generate(Path project, Path into, int items, long seed) throws IOException {
        createEmpty(into);
        Files.copy(project.resolve("jbake.properties"), into.resolve("jbake.properties"));
        for (String folder : List.of("templates", "assets", "data", "content/pages")) {
            copyTree(project.resolve(folder), into.resolve(folder));
        }
        for (int photo = 1; photo <= PHOTOS; photo++) {
            write(into.resolve("assets/img/bench/photo-" + photo + ".png"), png(photo));
        }
        Ids ids = ids(into);
        long words = 0;
        Map<String, Integer> perLanguage = new TreeMap<>();
        List<String> paths = new ArrayList<>();
        for (int index = 1; index <= items; index++) {
            Item item = item(seed, index, ids);
            write(into.resolve(item.header().path()), item.text().getBytes(StandardCharsets.UTF_8));
            words += item.words();
            perLanguage.merge(item.header().lang(), 1, Integer::sum);
            paths.add(item.header().path());
        }
        Collections.sort(paths);
        return new Summary(items, words, perLanguage, paths);
    }

    /**
     * Writes item {@code index} into an archive that already holds items 1 to {@code index - 1} written
     * with the same seed (it may link to any of them), and returns its path relative to {@code into}.
     */
    public static String addItem(Path into, int index, long seed) throws IOException {
        Item item = item(seed, index, ids(into));
        Path file = into.resolve(item.header().path());
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString());
        }
        write(file, item.text().getBytes(StandardCharsets.UTF_8));
        return item.header().path();
    }

    /** Appends a paragraph in the item's language, different for each {@code round}, after its body; the front matter is kept. */
    public static void editItem(Path into, String relativePath, int round) throws IOException {
        Path file = into.resolve(relativePath);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.indexOf("\n---\n", 3);
        Matcher lang = LANG.matcher(end < 0 ? "" : text.substring(0, end));
        if (!text.startsWith("---\n") || !lang.find() || !LANGUAGES.containsKey(lang.group(1))) {
            throw new IllegalArgumentException(relativePath + " is not a news item with front matter and a lang of en, ru or be");
        }
        String paragraph = paragraph(generator(round, relativePath.hashCode(), 3), LANGUAGES.get(lang.group(1)));
        write(file, (text + (text.endsWith("\n") ? "" : "\n") + "\n" + paragraph + "\n").getBytes(StandardCharsets.UTF_8));
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

    private static Item item(long seed, int index, Ids ids) {
        Header header = header(seed, index, ids);
        SplittableRandom random = generator(seed, index, 2);
        Language language = LANGUAGES.get(header.lang());
        StringBuilder front = new StringBuilder("---\n")
                .append("title: \"").append(capitalised(phrase(random, language, 6, 10))).append("\"\n")
                .append("date: ").append(header.date()).append('\n')
                .append("lead: \"").append(capitalised(phrase(random, language, 10, 18))).append(".\"\n")
                .append("areas: [").append(String.join(", ", header.areas())).append("]\n")
                .append("regions: [").append(header.region()).append("]\n")
                .append("lang: ").append(header.lang()).append('\n');
        if (random.nextInt(8) == 0) {
            front.append("image: ").append(photo(random)).append('\n')
                    .append("image_alt: \"").append(capitalised(phrase(random, language, 3, 6))).append("\"\n");
            if (random.nextBoolean()) {
                front.append("image_credit: \"").append(language.credit()).append("\"\n");
            }
        }
        String body = body(random, language, seed, index, ids);
        return new Item(header, front.append("---\n\n").append(body).toString(), words(body));
    }

    private static Header header(long seed, int index, Ids ids) {
        SplittableRandom random = generator(seed, index, 1);
        LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
        int minute = random.nextInt(8 * 60, 20 * 60);
        double roll = random.nextDouble();
        String lang = roll < 0.45 ? "ru" : roll < 0.80 ? "en" : "be";
        List<String> areas = new ArrayList<>(ids.areas());
        int count = Math.min(1 + random.nextInt(3), areas.size());
        for (int i = 0; i < count; i++) {
            Collections.swap(areas, i, random.nextInt(i, areas.size()));
        }
        String region = ids.regions().get(random.nextInt(ids.regions().size()));
        return new Header(index, day, minute, lang, List.copyOf(areas.subList(0, count)), region);
    }

    /** A lead paragraph, perhaps a link to an earlier item and a picture, then {@code ##} sections until 300–700 words are reached. */
    private static String body(SplittableRandom random, Language language, long seed, int index, Ids ids) {
        int target = random.nextInt(300, 700);
        List<String> blocks = new ArrayList<>(List.of(paragraph(random, language)));
        if (index > 1 && random.nextInt(5) == 0) {
            String earlier = header(seed, 1 + random.nextInt(index - 1), ids).path().substring(NEWS.length());
            blocks.add(language.seeAlso() + " [" + language.earlier() + "](../" + earlier + ").");
        }
        if (random.nextInt(10) == 0) {
            blocks.add("![" + capitalised(phrase(random, language, 3, 6)) + "](" + photo(random) + ")");
        }
        long words = words(String.join(" ", blocks));
        while (words < target) {
            words += add(blocks, "## " + capitalised(phrase(random, language, 2, 5)));
            words += add(blocks, paragraph(random, language));
            if (words < target && random.nextInt(3) == 0) {
                StringBuilder list = new StringBuilder();
                for (int item = random.nextInt(3, 6); item > 0; item--) {
                    list.append("- ").append(phrase(random, language, 3, 8)).append(item == 1 ? "." : ";\n");
                }
                words += add(blocks, list.toString());
            }
            if (words < target && random.nextInt(5) == 0) {
                words += add(blocks, "> " + sentence(random, language));
            }
        }
        return String.join("\n\n", blocks) + "\n";
    }

    private static long add(List<String> blocks, String block) {
        blocks.add(block);
        return words(block);
    }

    private static String paragraph(SplittableRandom random, Language language) {
        List<String> sentences = new ArrayList<>();
        for (int count = random.nextInt(2, 6); count > 0; count--) {
            sentences.add(sentence(random, language));
        }
        return String.join(" ", sentences);
    }

    /** 7–13 words ending with a period, sometimes with commas and one word in bold. */
    private static String sentence(SplittableRandom random, Language language) {
        int length = random.nextInt(7, 14);
        int bold = random.nextInt(4) == 0 ? random.nextInt(length) : -1;
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < length; i++) {
            String word = i == 0 ? capitalised(firstWord(random, language)) : pick(random, language);
            sentence.append(i == 0 ? "" : " ").append(i == bold ? "**" + word + "**" : word);
            if (i > 1 && i < length - 2 && random.nextInt(9) == 0) {
                sentence.append(',');
            }
        }
        return sentence.append('.').toString();
    }

    private static String phrase(SplittableRandom random, Language language, int min, int max) {
        List<String> words = new ArrayList<>(List.of(firstWord(random, language)));
        for (int count = random.nextInt(min, max + 1); count > 1; count--) {
            words.add(pick(random, language));
        }
        return String.join(" ", words);
    }

    private static String pick(SplittableRandom random, Language language) {
        return language.words().get(random.nextInt(language.words().size()));
    }

    /** A word that can open a sentence or a heading: not a short one such as "of", "і" or "ў". */
    private static String firstWord(SplittableRandom random, Language language) {
        String word = pick(random, language);
        return word.length() > 3 ? word : firstWord(random, language);
    }

    private static String photo(SplittableRandom random) {
        return "/img/bench/photo-" + (1 + random.nextInt(PHOTOS)) + ".png";
    }

    private static String capitalised(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** An independent generator for one item and purpose: the seed, index and purpose pass through SplitMix64's finaliser. */
    private static SplittableRandom generator(long seed, long index, int purpose) {
        long mixed = seed + (index * 4 + purpose) * 0x9E3779B97F4A7C15L;
        mixed = (mixed ^ (mixed >>> 30)) * 0xBF58476D1CE4E5B9L;
        mixed = (mixed ^ (mixed >>> 27)) * 0x94D049BB133111EBL;
        return new SplittableRandom(mixed ^ (mixed >>> 31));
    }

    private static Ids ids(Path into) throws IOException {
        return new Ids(vocabularyIds(into.resolve("data/areas.yml")), vocabularyIds(into.resolve("data/regions.yml")));
    }

    /** The {@code id} of every entry of a vocabulary file, in file order. */
    private static List<String> vocabularyIds(Path file) throws IOException {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file, StandardCharsets.UTF_8));
        List<String> ids = new ArrayList<>();
        if (root instanceof List<?> entries) {
            for (Object entry : entries) {
                if (entry instanceof Map<?, ?> map && map.get("id") instanceof String id) {
                    ids.add(id);
                }
            }
        }
        if (ids.isEmpty()) {
            throw new IOException(file + " names no ids");
        }
        return List.copyOf(ids);
    }

    /**
     * A 64×36 RGB gradient in one of four tints. Its pixels are stored uncompressed (a stored deflate
     * block), so the bytes never depend on the zlib the JDK was built with.
     */
    static byte[] png(int tint) throws IOException {
        int width = 64;
        int height = 36;
        ByteBuffer pixels = ByteBuffer.allocate(height * (1 + 3 * width));
        for (int y = 0; y < height; y++) {
            pixels.put((byte) 0);
            for (int x = 0; x < width; x++) {
                pixels.put((byte) (40 * tint + 2 * x)).put((byte) (90 + 3 * y)).put((byte) (220 - 45 * tint + x));
            }
        }
        byte[] raw = pixels.array();
        Adler32 adler = new Adler32();
        adler.update(raw);
        ByteBuffer zlib = ByteBuffer.allocate(raw.length + 11).put((byte) 0x78).put((byte) 0x01).put((byte) 1)
                .putShort(Short.reverseBytes((short) raw.length)).putShort(Short.reverseBytes((short) ~raw.length))
                .put(raw).putInt((int) adler.getValue());
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream png = new DataOutputStream(bytes);
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(png, "IHDR", header.array());
        chunk(png, "IDAT", zlib.array());
        chunk(png, "IEND", new byte[0]);
        return bytes.toByteArray();
    }

    private static void chunk(DataOutputStream png, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeInt(data.length);
        png.write(name);
        png.write(data);
        png.writeInt((int) crc.getValue());
    }

    private static void createEmpty(Path into) throws IOException {
        if (Files.isDirectory(into)) {
            try (Stream<Path> entries = Files.list(into)) {
                if (entries.findAny().isPresent()) {
                    throw new DirectoryNotEmptyException(into.toString());
                }
            }
        }
        Files.createDirectories(into);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        if (!Files.isDirectory(file.getParent())) {
            Files.createDirectories(file.getParent());
        }
        Files.write(file, bytes);
    }
}
