package news.coop.portal.diag;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean" hints: the closest known name within a small edit distance. */
public final class Suggestions {
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private Suggestions() {
    }

    /**
     * The closest candidate to {@code wrong}, if one is close enough to be a likely typo, or one that
     * {@code wrong} is the start of ("leningrad" → "leningrad-region").
     */
    public static Optional<String> closest(String wrong, Collection<String> candidates) {
        int limit = Math.max(2, wrong.length() / 3);
        String lower = wrong.toLowerCase(java.util.Locale.ROOT);
        Optional<String> completion = candidates.stream()
                .filter(candidate -> lower.length() >= 3 && candidate.startsWith(lower))
                .min(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        if (completion.isPresent()) {
            return completion;
        }
        return candidates.stream()
                .map(candidate -> new Scored(candidate, DISTANCE.apply(lower, candidate)))
                .filter(scored -> scored.distance <= limit)
                .min(Comparator.comparingInt(Scored::distance).thenComparing(Scored::candidate))
                .map(Scored::candidate);
    }

    /** A ready hint: {@code did you mean "energy"?}, or the list of valid names when nothing is close. */
    public static String hint(String wrong, Collection<String> candidates) {
        return closest(wrong, candidates)
                .map(best -> "did you mean \"" + best + "\"?")
                .orElseGet(() -> "use one of: " + String.join(", ", candidates.stream().sorted().toList()));
    }

    private record Scored(String candidate, int distance) {
    }
}
