package news.coop.portal.model;

import java.util.List;
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

    /** The ids in file order. */
    public Set<String> ids() {
        return terms.stream().map(Term::id).collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /** The URL segment for this vocabulary: {@code areas} or {@code regions}. */
    public String segment() {
        return kind + "s";
    }
}
