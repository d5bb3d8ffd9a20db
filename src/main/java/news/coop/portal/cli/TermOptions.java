package news.coop.portal.cli;

import java.util.ArrayList;
import java.util.List;
import news.coop.portal.author.Workspace;
import news.coop.portal.diag.Diagnostic;
import picocli.CommandLine.Option;

/**
 * {@code --area}, {@code --region} and {@code --lang}, shared by {@code new} and {@code import}: what the
 * items they write are about, and their language. Each command says what holds without them.
 */
final class TermOptions {
    @Option(names = "--area", paramLabel = "ID", description = "A cooperation area from data/areas.yml; repeat for more.")
    private List<String> areas = new ArrayList<>();

    @Option(names = "--region", paramLabel = "ID", description = "A partner region from data/regions.yml; repeat for more.")
    private List<String> regions = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "LANG", description = "The language, one of portal.languages.")
    private String lang;

    /** The areas given, each once, in the order given. */
    List<String> areas() {
        return areas.stream().distinct().toList();
    }

    /** The regions given, each once, in the order given. */
    List<String> regions() {
        return regions.stream().distinct().toList();
    }

    /** The language given, or {@code null}. */
    String lang() {
        return lang;
    }

    /** The ids and the language that {@code workspace} does not know, each at its option. */
    List<Diagnostic> problems(Workspace workspace) {
        return workspace.checkOptions(areas, regions, lang);
    }
}
