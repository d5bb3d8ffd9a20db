package news.coop.portal.model;

import java.util.List;
import java.util.Map;

/**
 * One entry of a controlled vocabulary (a cooperation area or a partner region), with a label and a
 * description in each site language. Immutable.
 *
 * @param keywords  per language, lowercase word starts and phrases that suggest this term for a text
 *                  ({@code portal import}); empty for a language without any
 */
public record Term(String id, Map<String, String> labels, Map<String, String> descriptions, Map<String, List<String>> keywords) {
    public Term {
        labels = Map.copyOf(labels);
        descriptions = Map.copyOf(descriptions);
        keywords = keywords.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> List.copyOf(entry.getValue())));
    }

    /** A term without keywords. */
    public Term(String id, Map<String, String> labels, Map<String, String> descriptions) {
        this(id, labels, descriptions, Map.of());
    }

    public String label(String lang) {
        return labels.get(lang);
    }

    public String description(String lang) {
        return descriptions.get(lang);
    }

    /** The keywords for texts in {@code lang}; empty when there are none. */
    public List<String> keywords(String lang) {
        return keywords.getOrDefault(lang, List.of());
    }
}
