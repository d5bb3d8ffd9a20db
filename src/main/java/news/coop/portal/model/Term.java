package news.coop.portal.model;

import java.util.Map;

/**
 * One entry of a controlled vocabulary (a cooperation area or a partner region), with a label and a
 * description in each site language.
 */
public record Term(String id, Map<String, String> labels, Map<String, String> descriptions) {
    public Term {
        labels = Map.copyOf(labels);
        descriptions = Map.copyOf(descriptions);
    }

    public String label(String lang) {
        return labels.get(lang);
    }

    public String description(String lang) {
        return descriptions.get(lang);
    }
}
