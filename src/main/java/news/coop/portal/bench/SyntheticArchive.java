package news.coop.portal.bench;

import java.io.IOException;
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
 * writes exactly the file {@code generate(project, into, n + 1, seed)} would have. The text comes from
 * {@link SyntheticText}, the pictures from {@link SyntheticPictures}. Stateless and thread-safe.
 */
public final class SyntheticArchive {
    private static final LocalDate FIRST_DAY = LocalDate.of(2011, 1, 1);
    private static final int DAYS = (int) ChronoUnit.DAYS.between(FIRST_DAY, LocalDate.of(2026, 1, 1));
    private static final int PHOTOS = 4;
    private static final String NEWS = "content/news/";
    private static final Pattern LANG = Pattern.compile("(?m)^lang: *([a-z]+) *$");
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
        copyProject(project, into);
        for (int photo = 1; photo <= PHOTOS; photo++) {
            write(into.resolve("assets/img/bench/photo-" + photo + ".png"), SyntheticPictures.png(photo));
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
        append(into.resolve(relativePath), editParagraph(into, relativePath, round));
    }

    /** The paragraph {@link #editItem} appends to the item at {@code relativePath} in {@code round}. */
    static String editParagraph(Path into, String relativePath, int round) throws IOException {
        String text = Files.readString(into.resolve(relativePath), StandardCharsets.UTF_8);
        int end = text.indexOf("\n---\n", 3);
        Matcher lang = LANG.matcher(end < 0 ? "" : text.substring(0, end));
        if (!text.startsWith("---\n") || !lang.find() || SyntheticText.of(lang.group(1)) == null) {
            throw new IllegalArgumentException(relativePath + " is not a news item with front matter and a lang of en, ru or be");
        }
        return SyntheticText.of(lang.group(1)).paragraph(SyntheticText.generator(round, relativePath.hashCode(), 3));
    }

    /** Appends {@code paragraph} to the Markdown file {@code file}, after an empty line. */
    static void append(Path file, String paragraph) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        write(file, (text + (text.endsWith("\n") ? "" : "\n") + "\n" + paragraph + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static Item item(long seed, int index, Ids ids) {
        Header header = header(seed, index, ids);
        SplittableRandom random = SyntheticText.generator(seed, index, 2);
        SyntheticText language = SyntheticText.of(header.lang());
        StringBuilder front = new StringBuilder("---\n")
                .append("title: \"").append(SyntheticText.capitalised(language.phrase(random, 6, 10))).append("\"\n")
                .append("date: ").append(header.date()).append('\n')
                .append("lead: \"").append(SyntheticText.capitalised(language.phrase(random, 10, 18))).append(".\"\n")
                .append("areas: [").append(String.join(", ", header.areas())).append("]\n")
                .append("regions: [").append(header.region()).append("]\n")
                .append("lang: ").append(header.lang()).append('\n');
        if (random.nextInt(8) == 0) {
            front.append("image: ").append(photo(random)).append('\n')
                    .append("image_alt: \"").append(SyntheticText.capitalised(language.phrase(random, 3, 6))).append("\"\n");
            if (random.nextBoolean()) {
                front.append("image_credit: \"").append(language.credit()).append("\"\n");
            }
        }
        String body = body(random, language, seed, index, ids);
        return new Item(header, front.append("---\n\n").append(body).toString(), SyntheticText.words(body));
    }

    private static Header header(long seed, int index, Ids ids) {
        SplittableRandom random = SyntheticText.generator(seed, index, 1);
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
    private static String body(SplittableRandom random, SyntheticText language, long seed, int index, Ids ids) {
        int target = random.nextInt(300, 700);
        List<String> blocks = new ArrayList<>(List.of(language.paragraph(random)));
        if (index > 1 && random.nextInt(5) == 0) {
            String earlier = header(seed, 1 + random.nextInt(index - 1), ids).path().substring(NEWS.length());
            blocks.add(language.seeAlso() + " [" + language.earlier() + "](../" + earlier + ").");
        }
        if (random.nextInt(10) == 0) {
            blocks.add("![" + SyntheticText.capitalised(language.phrase(random, 3, 6)) + "](" + photo(random) + ")");
        }
        long words = SyntheticText.words(String.join(" ", blocks));
        while (words < target) {
            words += add(blocks, "## " + SyntheticText.capitalised(language.phrase(random, 2, 5)));
            words += add(blocks, language.paragraph(random));
            if (words < target && random.nextInt(3) == 0) {
                StringBuilder list = new StringBuilder();
                for (int item = random.nextInt(3, 6); item > 0; item--) {
                    list.append("- ").append(language.phrase(random, 3, 8)).append(item == 1 ? "." : ";\n");
                }
                words += add(blocks, list.toString());
            }
            if (words < target && random.nextInt(5) == 0) {
                words += add(blocks, "> " + language.sentence(random));
            }
        }
        return String.join("\n\n", blocks) + "\n";
    }

    private static long add(List<String> blocks, String block) {
        blocks.add(block);
        return SyntheticText.words(block);
    }

    private static String photo(SplittableRandom random) {
        return "/img/bench/photo-" + (1 + random.nextInt(PHOTOS)) + ".png";
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
     * Creates {@code into} (it must be empty or absent) and copies {@code jbake.properties},
     * {@code templates/}, {@code assets/}, {@code data/} and {@code content/pages/} of {@code project} into it.
     */
    static void copyProject(Path project, Path into) throws IOException {
        createEmpty(into);
        Files.copy(project.resolve("jbake.properties"), into.resolve("jbake.properties"));
        for (String folder : List.of("templates", "assets", "data", "content/pages")) {
            copyTree(project.resolve(folder), into.resolve(folder));
        }
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

    /** Writes {@code bytes} to {@code file}, creating its folders. */
    static void write(Path file, byte[] bytes) throws IOException {
        if (!Files.isDirectory(file.getParent())) {
            Files.createDirectories(file.getParent());
        }
        Files.write(file, bytes);
    }
}
