package news.coop.portal.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.diag.Suggestions;
import news.coop.portal.model.Term;
import news.coop.portal.model.Vocabulary;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The front-matter fields whose values come from a closed list: {@code areas} and {@code regions}
 * from the vocabularies in {@code data/} ({@code area.unknown}, {@code area.duplicate}, …), and
 * {@code lang} from the site's languages ({@code lang.unknown}), each unknown value with a
 * did-you-mean hint. The authoring commands report their options with the same errors
 * ({@link #unknownTerm}, {@link #unknownLanguage}).
 *
 * <p>Thread-safe: holds only immutable configuration.
 */
public final class VocabularyFields {
    private final SiteConfig config;

    VocabularyFields(SiteConfig config) {
        this.config = config;
    }

    /** The terms a list field names, in order, each once; unknown and repeated ones are reported and left out. */
    List<Term> terms(FieldReader fields, Vocabulary vocabulary, String key, boolean required) {
        String example = "[" + String.join(", ", vocabulary.ids().stream().limit(2).toList()) + "]";
        Optional<List<ScalarNode>> ids = fields.list(key, required, example);
        List<Term> terms = new ArrayList<>();
        for (ScalarNode node : ids.orElse(List.of())) {
            String id = node.getValue().strip();
            Optional<Term> term = vocabulary.find(id);
            if (term.isEmpty()) {
                error(fields, node, unknownTerm(vocabulary, id, fields.path(), 0, 0));
            } else if (terms.contains(term.get())) {
                fields.error(node, vocabulary.kind() + ".duplicate", vocabulary.kind() + " \"" + id + "\" is named twice", "name it once");
            } else {
                terms.add(term.get());
            }
        }
        return terms;
    }

    /** The required {@code lang}, one of the site's languages. */
    Optional<String> lang(FieldReader fields) {
        Optional<String> lang = fields.requiredText("lang", config.defaultLanguage());
        if (lang.isPresent() && !config.languages().contains(lang.get())) {
            error(fields, fields.field("lang").orElseThrow().value(), unknownLanguage(config.languages(), lang.get(), fields.path(), 0, 0));
            return Optional.empty();
        }
        return lang;
    }

    /**
     * The error for an id that is not in a vocabulary ({@code area.unknown}, {@code region.unknown}), with a
     * did-you-mean hint and where the list is.
     */
    public static Diagnostic unknownTerm(Vocabulary vocabulary, String id, String path, int line, int column) {
        return Diagnostic.error(path, line, column, vocabulary.kind() + ".unknown", "unknown " + vocabulary.kind() + " \"" + id + "\"",
                Suggestions.hint(id, vocabulary.ids()) + " (the list is in data/" + vocabulary.segment() + ".yml)");
    }

    /** The error for a language that is not one of the site's ({@code lang.unknown}), with a did-you-mean hint. */
    public static Diagnostic unknownLanguage(List<String> languages, String lang, String path, int line, int column) {
        return Diagnostic.error(path, line, column, "lang.unknown", "\"" + lang + "\" is not a language of this site", Suggestions.hint(lang, languages));
    }

    /** Reports a problem made by one of the factories above at a front-matter node. */
    private static void error(FieldReader fields, Node at, Diagnostic problem) {
        fields.error(at, problem.code(), problem.message(), problem.hint());
    }
}
