package news.coop.portal.author;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import news.coop.portal.model.Term;
import news.coop.portal.model.Vocabulary;

/**
 * Suggests the areas and regions of a text from the vocabularies in {@code data/}.
 *
 * <p>Words are runs of letters and digits, compared in lowercase with ё read as е and a Belarusian
 * word-initial ў as у ({@code ўніверсітэт} is {@code універсітэт}). A keyword matches where each of its
 * words starts a word of the text, in order: {@code road} matches "roads" and "road-building",
 * {@code ахов здароў} matches "ахове здароўя". Every match of every keyword counts one hit.
 *
 * <p><b>Areas</b> use the {@code keywords} of each entry of {@code data/areas.yml} for the text's
 * language. An area scores one point a hit, and {@link #TITLE_WEIGHT} for a hit in the title, which
 * states what the story is about. It is chosen with at least {@link #MIN_AREA_SCORE} points and at
 * least a quarter of the best area's; at most {@link #MAX_AREAS}, highest score first (file order
 * breaks ties).
 * <p><b>Regions</b> are chosen where the text names them: each word of the region's label in the
 * text's language starts a word of the text, in order; Cyrillic label words longer than five letters
 * lose their last two, so that "Ленинградская область" finds "Ленинградской области".
 *
 * <p>Stateless and thread-safe.
 */
public final class TermSuggester {
    public static final int MIN_AREA_SCORE = 3;
    public static final int TITLE_WEIGHT = 3;
    public static final int MAX_AREAS = 3;
    public static final int MAX_REGIONS = 3;

    private TermSuggester() {
    }

    /**
     * The keywords of one term that a text matched, with their counts.
     *
     * @param inTitle  hits in the title (they count {@link #TITLE_WEIGHT} each)
     */
    public record Score(Term term, List<Hit> hits, int inTitle) {
        public Score {
            hits = List.copyOf(hits);
        }

        /** One point a hit, and {@link #TITLE_WEIGHT} for a hit in the title. */
        public int points() {
            return hits.stream().mapToInt(Hit::count).sum() + inTitle * (TITLE_WEIGHT - 1);
        }

        /** {@code energy (in the title; energy ×2, heat ×1)}. */
        @Override
        public String toString() {
            return term.id() + " (" + (inTitle > 0 ? "in the title; " : "") + hits.stream().map(Hit::toString).collect(Collectors.joining(", ")) + ")";
        }
    }

    /** One keyword (or label, quoted) and how often it matched. */
    public record Hit(String keyword, int count) {
        @Override
        public String toString() {
            return keyword + " ×" + count;
        }
    }

    /** What was chosen, and what else matched but too little, each most hits first. */
    public record Suggestion(List<Score> chosen, List<Score> others) {
        public List<String> ids() {
            return chosen.stream().map(score -> score.term().id()).toList();
        }
    }

    /**
     * @param title  the title, also part of {@code text}
     * @param text   the whole text: title, lead and body
     */
    public static Suggestion areas(Vocabulary areas, String lang, String title, String text) {
        List<String> words = words(text);
        List<String> titleWords = words(title);
        List<Score> scores = new ArrayList<>();
        for (Term term : areas.terms()) {
            List<Hit> hits = new ArrayList<>();
            int inTitle = 0;
            for (String keyword : term.keywords(lang)) {
                List<String> phrase = words(keyword);
                int count = count(words, phrase);
                if (count > 0) {
                    hits.add(new Hit(keyword, count));
                    inTitle += count(titleWords, phrase);
                }
            }
            if (!hits.isEmpty()) {
                scores.add(new Score(term, hits.stream().sorted(Comparator.comparingInt(Hit::count).reversed()).toList(), inTitle));
            }
        }
        scores.sort(Comparator.comparingInt(Score::points).reversed());
        int best = scores.isEmpty() ? 0 : scores.get(0).points();
        List<Score> chosen = scores.stream().filter(score -> score.points() >= MIN_AREA_SCORE && score.points() * 4 >= best).limit(MAX_AREAS).toList();
        return new Suggestion(chosen, scores.stream().filter(score -> !chosen.contains(score)).toList());
    }

    public static Suggestion regions(Vocabulary regions, String lang, String text) {
        List<String> words = words(text);
        List<Score> scores = new ArrayList<>();
        for (Term term : regions.terms()) {
            String label = term.label(lang);
            if (label == null) {
                continue;
            }
            int count = count(words, words(label).stream().map(TermSuggester::stem).toList());
            if (count > 0) {
                scores.add(new Score(term, List.of(new Hit("\"" + label + "\"", count)), 0));
            }
        }
        scores.sort(Comparator.comparingInt(Score::points).reversed());
        List<Score> chosen = scores.stream().limit(MAX_REGIONS).toList();
        return new Suggestion(chosen, scores.subList(chosen.size(), scores.size()));
    }

    /** How often the phrase's words start consecutive words of the text. */
    private static int count(List<String> words, List<String> phrase) {
        if (phrase.isEmpty()) {
            return 0;
        }
        int count = 0;
        for (int i = 0; i + phrase.size() <= words.size(); i++) {
            boolean match = true;
            for (int j = 0; j < phrase.size() && match; j++) {
                match = words.get(i + j).startsWith(phrase.get(j));
            }
            if (match) {
                count++;
            }
        }
        return count;
    }

    /** The words of a text, normalised for matching. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (word.length() > 0) {
                words.add(normalise(word.toString()));
                word.setLength(0);
            }
        }
        return words;
    }

    private static String normalise(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
        return lower.startsWith("ў") ? "у" + lower.substring(1) : lower;
    }

    private static String stem(String word) {
        boolean cyrillic = word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
        return cyrillic && word.length() > 5 ? word.substring(0, word.length() - 2) : word;
    }
}
