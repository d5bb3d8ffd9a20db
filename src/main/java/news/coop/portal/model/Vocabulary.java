package news.coop.portal.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A controlled vocabulary from {@code data/}: the only ids a news item may name. Keeps file order,
 * which is the order pages list the terms in.
 *
 * @param kind   {@code area} or {@code region}: the word used in diagnostics and URLs ({@code areas/}, {@code regions/})
 */
public record Vocabulary(String kind, List<Term> terms) {
    public Vocabulary {
        terms = List.copyOf(terms);
    }

    public Optional<Term> find(String id) {
        return terms.stream().filter(term -> term.id().equals(id)).findFirst();
    }

    public Set<String> ids() {
        Map<String, Term> byId = new LinkedHashMap<>();
        terms.forEach(term -> byId.put(term.id(), term));
        return byId.keySet();
    }

    /** The URL segment for this vocabulary: {@code areas} or {@code regions}. */
    public String segment() {
        return kind + "s";
    }
}
