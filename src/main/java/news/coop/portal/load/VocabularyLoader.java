package news.coop.portal.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.DiagnosticException;
import news.coop.portal.diag.Diagnostics;
import news.coop.portal.diag.Suggestions;
import news.coop.portal.model.Term;
import news.coop.portal.model.Vocabulary;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a controlled vocabulary ({@code data/areas.yml}, {@code data/regions.yml}): a YAML list of
 * entries, each with an {@code id}, a {@code label} and a {@code description} in every site language,
 * and optionally {@code keywords}: per site language, a list of lowercase word starts and phrases that
 * suggest the entry for a text ({@code portal import}).
 * Every problem becomes a diagnostic, all of them at once, each at its line and column (a field that is
 * not one of these, or not a site language, or that is given twice, included); a vocabulary with
 * errors is returned empty of the bad entries.
 */
public final class VocabularyLoader {
    /** What an id may look like: it becomes a URL segment. */
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** The fields of an entry. */
    private static final List<String> FIELDS = List.of("id", "label", "description", "keywords");
    private static final String LANGUAGE = "a language of this site";

    private final SiteConfig config;

    public VocabularyLoader(SiteConfig config) {
        this.config = config;
    }

    /**
     * @param kind  {@code area} or {@code region}; the file is {@code data/{kind}s.yml}
     */
    public Vocabulary load(String kind, Diagnostics diagnostics) {
        Path file = config.dataDir().resolve(kind + "s.yml");
        String path = config.display(file);
        List<Term> terms = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            diagnostics.error(path, 0, 0, "data.missing", "the vocabulary file is missing",
                    "create it: a YAML list of entries with id, label and description in " + String.join(", ", config.languages()));
            return new Vocabulary(kind, terms);
        }
        Node root;
        try {
            root = Yamls.compose(path, SourceText.read(file, path).text(), 1);
        } catch (DiagnosticException e) {
            diagnostics.add(e.diagnostic());
            return new Vocabulary(kind, terms);
        }
        if (!(root instanceof SequenceNode list)) {
            diagnostics.error(path, 1, 1, "data.not-a-list", "the file must be a YAML list of entries", "start each entry with \"- id: …\"");
            return new Vocabulary(kind, terms);
        }
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Node entry : list.getValue()) {
            Term term = readTerm(path, entry, diagnostics);
            if (term == null) {
                continue;
            }
            Integer firstLine = seen.putIfAbsent(term.id(), line(entry));
            if (firstLine != null) {
                diagnostics.error(path, line(entry), column(entry), "data.duplicate-id",
                        "the " + kind + " id \"" + term.id() + "\" is defined twice (first on line " + firstLine + ")", "keep one entry per id");
            } else {
                terms.add(term);
            }
        }
        return new Vocabulary(kind, terms);
    }

    /**
     * Reports any file in {@code data/} that is not one of the vocabularies: the build would ignore it,
     * and nothing may be ignored silently. Names starting with {@code .} are editor and system files.
     */
    public void reportUnknownFiles(java.util.Collection<String> kinds, Diagnostics diagnostics) {
        java.util.Set<String> known = new java.util.HashSet<>();
        kinds.forEach(kind -> known.add(kind + "s.yml"));
        if (!Files.isDirectory(config.dataDir())) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.list(config.dataDir())) {
            files.filter(file -> !file.getFileName().toString().startsWith("."))
                    .filter(file -> !known.contains(file.getFileName().toString()))
                    .sorted()
                    .forEach(file -> diagnostics.error(config.display(file), 0, 0, "data.unknown-file", "the build does not use this file",
                            "data/ holds only " + String.join(" and ", known.stream().sorted().toList()) + "; move or delete it"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The entry's term; {@code null} when it has errors, every one of them reported, whichever field they are in. */
    private Term readTerm(String path, Node entry, Diagnostics diagnostics) {
        if (!(entry instanceof MappingNode mapping)) {
            diagnostics.error(path, line(entry), column(entry), "data.entry", "an entry must have id, label and description", "write \"- id: …\" then the other fields");
            return null;
        }
        Map<String, Node> fields = fields(path, mapping, FIELDS, "data.unknown-field", "a field of an entry", diagnostics);
        Node idNode = fields.get("id");
        boolean validId = idNode instanceof ScalarNode idScalar && ID.matcher(idScalar.getValue()).matches();
        if (!validId) {
            Node at = idNode != null ? idNode : entry;
            diagnostics.error(path, line(at), column(at), "data.id", "an entry needs an id of lowercase letters, digits and hyphens",
                    "for example \"id: housing-and-utilities\"");
        }
        Map<String, String> labels = perLanguage(path, fields.get("label"), "label", entry, diagnostics);
        Map<String, String> descriptions = perLanguage(path, fields.get("description"), "description", entry, diagnostics);
        Map<String, List<String>> keywords = keywords(path, fields.get("keywords"), diagnostics);
        if (!validId || labels == null || descriptions == null || keywords == null || fields.size() < mapping.getValue().size()) {
            return null;
        }
        return new Term(((ScalarNode) idNode).getValue(), labels, descriptions, keywords);
    }

    /** The optional {@code keywords} map, lowercased; {@code null} when it has errors (all reported). */
    private Map<String, List<String>> keywords(String path, Node node, Diagnostics diagnostics) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        if (node == null) {
            return result;
        }
        String example = "write \"keywords:\" then \"  " + config.defaultLanguage() + ": [road, bridge, road construction]\" for each language";
        if (!(node instanceof MappingNode mapping)) {
            diagnostics.error(path, line(node), column(node), "data.keywords", "\"keywords\" must map each language to a list of words", example);
            return null;
        }
        Map<String, Node> perLanguage = fields(path, mapping, config.languages(), "data.keywords-language", LANGUAGE, diagnostics);
        boolean valid = perLanguage.size() == mapping.getValue().size();
        for (Map.Entry<String, Node> language : perLanguage.entrySet()) {
            List<String> words = words(path, language.getKey(), language.getValue(), diagnostics);
            if (words == null) {
                valid = false;
            } else {
                result.put(language.getKey(), words);
            }
        }
        return valid ? result : null;
    }

    private static List<String> words(String path, String lang, Node node, Diagnostics diagnostics) {
        String hint = "write " + lang + ": [road, bridge, road construction]: lowercase word starts or phrases";
        if (!(node instanceof SequenceNode sequence)) {
            diagnostics.error(path, line(node), column(node), "data.keywords", "the keywords for \"" + lang + "\" must be a list", hint);
            return null;
        }
        List<String> words = new ArrayList<>();
        boolean valid = true;
        for (Node item : sequence.getValue()) {
            if (!(item instanceof ScalarNode scalar) || scalar.getTag().equals(org.yaml.snakeyaml.nodes.Tag.NULL) || scalar.getValue().isBlank()) {
                diagnostics.error(path, line(item), column(item), "data.keywords", "each keyword for \"" + lang + "\" must be a word or a phrase", hint);
                valid = false;
            } else {
                words.add(scalar.getValue().strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT));
            }
        }
        return valid ? words : null;
    }

    private Map<String, String> perLanguage(String path, Node node, String field, Node entry, Diagnostics diagnostics) {
        if (!(node instanceof MappingNode mapping)) {
            Node at = node != null ? node : entry;
            diagnostics.error(path, line(at), column(at), "data." + field, "the entry needs a \"" + field + "\" with one text per language",
                    "write \"" + field + ":\" then \"  " + config.defaultLanguage() + ": …\" for each of " + String.join(", ", config.languages()));
            return null;
        }
        Map<String, Node> texts = fields(path, mapping, config.languages(), "data.translation-language", LANGUAGE, diagnostics);
        Map<String, String> result = new LinkedHashMap<>();
        boolean complete = texts.size() == mapping.getValue().size();
        for (String lang : config.languages()) {
            Node text = texts.get(lang);
            if (text instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                result.put(lang, scalar.getValue().strip());
            } else {
                diagnostics.error(path, line(node), column(node), "data.translation-missing",
                        "the " + field + " has no text in \"" + lang + "\"", "add \"" + lang + ": …\" under \"" + field + ":\"");
                complete = false;
            }
        }
        return complete ? result : null;
    }

    /**
     * The fields of {@code mapping} by name. A name that is not one of {@code known} (an entry's fields,
     * or the site's languages: {@code unknownCode}, "is not {@code what}"), or that is given twice, is an
     * error at the name, and is left out: so fewer fields than the mapping has means there were errors.
     */
    private static Map<String, Node> fields(String path, MappingNode mapping, List<String> known, String unknownCode, String what,
            Diagnostics diagnostics) {
        Map<String, Node> fields = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node key = tuple.getKeyNode();
            String name = key instanceof ScalarNode scalar ? scalar.getValue() : "";
            Integer first = lines.putIfAbsent(name, line(key));
            if (first != null) {
                diagnostics.error(path, line(key), column(key), "data.duplicate-field", "\"" + name + "\" is given twice (first on line " + first + ")",
                        "keep one of them");
            } else if (!known.contains(name)) {
                diagnostics.error(path, line(key), column(key), unknownCode, "\"" + name + "\" is not " + what, Suggestions.hint(name, known));
            } else {
                fields.put(name, tuple.getValueNode());
            }
        }
        return fields;
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    private static int column(Node node) {
        return node.getStartMark().getColumn() + 1;
    }
}
