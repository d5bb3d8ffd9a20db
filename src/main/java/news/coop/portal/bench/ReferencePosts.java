package news.coop.portal.bench;

import static news.coop.portal.bench.ReferenceWords.AREAS;
import static news.coop.portal.bench.ReferenceWords.CITIES;
import static news.coop.portal.bench.ReferenceWords.FIELDS;
import static news.coop.portal.bench.ReferenceWords.LIST_INTROS;
import static news.coop.portal.bench.ReferenceWords.LIST_ITEMS;
import static news.coop.portal.bench.ReferenceWords.OFFICIALS;
import static news.coop.portal.bench.ReferenceWords.OPENERS;
import static news.coop.portal.bench.ReferenceWords.ORGS;
import static news.coop.portal.bench.ReferenceWords.PARTNERS;
import static news.coop.portal.bench.ReferenceWords.QUOTES;
import static news.coop.portal.bench.ReferenceWords.REGIONS;
import static news.coop.portal.bench.ReferenceWords.SENTENCES;
import static news.coop.portal.bench.ReferenceWords.SUBHEADINGS;
import static news.coop.portal.bench.ReferenceWords.TITLE_PATTERNS;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The items of the reference archive, as {@code gen-corpus.py}'s {@code make_post(seed, i)} makes
 * them: the same calls on the same generator ({@link PythonRandom} seeded with {@code "SEED-i"}) in
 * the same order, so that item {@code i} has the script's title, date, tags and body, character for
 * character. {@code ReferencePostsTest} holds this to files the script wrote. Stateless.
 */
final class ReferencePosts {
    private static final LocalDateTime START = LocalDateTime.of(2015, 1, 1, 0, 0);
    private static final int SPAN_MINUTES = (int) Duration.between(START, LocalDateTime.of(2024, 12, 31, 23, 59)).toMinutes();
    private static final Pattern FIELD = Pattern.compile("\\{(\\w+)}");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    private ReferencePosts() {
    }

    /**
     * One item: its index, headline, local date (no offset: the script writes the portal's as +03:00
     * and Hugo's without one), tags (the script's names, not the portal's area ids), Markdown body and
     * slug ({@code slugified-title-00042}).
     */
    record Post(int index, String title, LocalDateTime date, List<String> tags, String body, String slug) {
        Post {
            tags = List.copyOf(tags);
        }
    }

    /** Item {@code index} (from 0) of the archive of seed {@code seed}, as the script's {@code make_post(seed, index)}. */
    static Post post(String seed, int index) {
        PythonRandom random = new PythonRandom(seed + "-" + index);
        List<String> tags = random.sample(AREAS, random.choice(List.of(1, 1, 2, 2, 2, 3)));
        String partner = random.choice(PARTNERS);
        LocalDateTime date = START.plusMinutes(random.below(SPAN_MINUTES));
        List<String> official = random.choice(OFFICIALS);
        Filler filler = new Filler(random, tags, partner, date, official.get(0), official.get(1));

        String title = filler.fill(random.choice(TITLE_PATTERNS));
        title = title.substring(0, 1).toUpperCase(Locale.ROOT) + title.substring(1);
        int target = random.between(300, 760);
        int quoteAt = random.between(1, 3);
        int listAt = random.fraction() < 0.45 ? random.between(2, 4) : -1;
        int headingAt = random.fraction() < 0.35 ? random.between(3, 5) : -1;
        List<String> blocks = new ArrayList<>();
        int words = 0;
        for (int p = 0; words < target; p++) {
            if (p == quoteAt) {
                String quote = filler.fill(random.choice(QUOTES));
                blocks.add("> \u201c" + quote + "\u201d\n>\n> \u2014 *" + official.get(0) + " " + official.get(1) + "*");
                words += words(quote) + 3;
            } else if (p == listAt) {
                List<String> items = random.sample(LIST_ITEMS, random.between(3, 5));
                String marker = random.choice(List.of("-", "1."));
                List<String> lines = new ArrayList<>(List.of(filler.fill(random.choice(LIST_INTROS)), ""));
                for (String item : items) {
                    String text = filler.fill(item);
                    lines.add(marker + " " + text + ";");
                    words += words(text);
                }
                String last = lines.remove(lines.size() - 1);
                lines.add(last.substring(0, last.length() - 1) + ".");
                blocks.add(String.join("\n", lines));
            } else if (p == headingAt) {
                blocks.add("## " + random.choice(SUBHEADINGS));
            } else {
                int count = random.between(3, 6);
                List<String> sentences = new ArrayList<>();
                if (p == 0) {
                    sentences.add(filler.fill(random.choice(OPENERS)));
                    count--;
                }
                for (int s = 0; s < count && words + sentences.stream().mapToInt(ReferencePosts::words).sum() < target; s++) {
                    sentences.add(filler.fill(random.choice(SENTENCES)));
                }
                String paragraph = String.join(" ", sentences);
                blocks.add(paragraph);
                words += words(paragraph);
            }
        }
        return new Post(index, title, date, tags, String.join("\n\n", blocks) + "\n", String.format(Locale.ROOT, "%s-%05d", slug(title), index));
    }

    /** Python's {@code len(text.split())}. */
    static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : SPACE.split(stripped).length;
    }

    /** The script's {@code slugify}: lower case, runs of anything but a–z and 0–9 as one hyphen, at most 70 characters. */
    static String slug(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.substring(0, Math.min(70, slug.length())).replaceAll("-+$", "");
    }

    /**
     * The script's {@code fill(t)}: one draw of the tag a phrase is about, then every placeholder's value
     * drawn in the order the script's keyword arguments are evaluated, whichever the template uses.
     */
    private record Filler(PythonRandom random, List<String> tags, String partner, LocalDateTime date, String officialTitle, String officialName) {
        String fill(String template) {
            ReferenceWords.Field field = FIELDS.get(random.choice(tags));
            ReferenceWords.Field main = FIELDS.get(tags.get(0));
            Map<String, String> values = new HashMap<>();
            values.put("P", partner);
            values.put("PA", ReferenceWords.ADJECTIVES.get(partner));
            values.put("F", field.phrase());
            values.put("X", random.choice(field.objects()));
            values.put("X2", random.choice(main.objects()));
            values.put("C", random.choice(CITIES));
            values.put("R", random.choice(REGIONS));
            values.put("ORG", random.choice(ORGS));
            values.put("OT", officialTitle);
            values.put("ON", officialName);
            values.put("O", officialTitle + " " + officialName);
            values.put("D", DAY_MONTH.format(date));
            values.put("TRADE", random.choice(List.of("mutual trade", "bilateral trade turnover", "investment flows", "industrial cooperation",
                    "non-resource exports")));
            values.put("MONEY", random.choice(List.of("1.5 billion dollars", "230 billion roubles", "870 million dollars", "4.2 billion dollars",
                    "65 billion roubles")));
            values.put("JOBS", random.choice(List.of("500", "1,200", "2,000", "3,500", "800")));
            values.put("YEAR", Integer.toString(date.getYear() + random.between(1, 4)));
            values.put("YEAR2", Integer.toString(date.getYear() + random.between(5, 8)));
            values.put("MONTHS", random.choice(List.of("three", "six", "nine")));
            values.put("PCT", Integer.toString(random.between(4, 38)));
            values.put("QUARTER", random.choice(List.of("first", "second", "third", "fourth")));
            values.put("COMP", random.choice(List.of("40", "120", "200", "350")));
            Matcher placeholder = FIELD.matcher(template);
            StringBuilder filled = new StringBuilder();
            while (placeholder.find()) {
                placeholder.appendReplacement(filled, Matcher.quoteReplacement(values.get(placeholder.group(1))));
            }
            return placeholder.appendTail(filled).toString();
        }
    }
}
