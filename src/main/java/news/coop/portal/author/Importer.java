package news.coop.portal.author;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import news.coop.portal.diag.BuildFailure;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.diag.DiagnosticException;
import news.coop.portal.diag.Diagnostics;
import news.coop.portal.diag.Severity;
import news.coop.portal.load.SourceText;
import news.coop.portal.model.NewsItem;
import news.coop.portal.validate.Slugs;

/**
 * {@code portal import}: turns press releases into news items, all or nothing. Every release is read,
 * its language, lead, areas and regions decided and its item checked by the build's own validator
 * before any file is written; one bad release means nothing is written, so that an import can simply
 * be run again once the release is fixed.
 *
 * <p>Immutable; {@link #plan} is thread-safe, {@link #write} writes files.
 */
public final class Importer {
    private final Workspace workspace;
    private final Choices choices;

    /**
     * What the command line fixed for every release.
     *
     * @param areas    area ids, or empty to suggest them from each release
     * @param regions  region ids, or empty to suggest them
     * @param lang     the language, or {@code null} to detect it
     */
    public record Choices(List<String> areas, List<String> regions, String lang) {
        public Choices {
            areas = List.copyOf(new LinkedHashSet<>(areas));
            regions = List.copyOf(new LinkedHashSet<>(regions));
        }
    }

    /**
     * One item to write.
     *
     * @param release  the release's display path
     * @param file     where the item goes
     * @param notes    what was decided and why, one line each ({@code language: en (…)})
     */
    public record Planned(String release, Path file, String text, NewsItem item, List<String> notes) {
        public Planned {
            notes = List.copyOf(notes);
        }
    }

    /** The items to write, and every problem found; write the items only when there are no errors. */
    public record Plan(List<Planned> items, List<Diagnostic> problems) {
        public Plan {
            items = List.copyOf(items);
            problems = List.copyOf(problems);
        }

        public boolean hasErrors() {
            return problems.stream().anyMatch(Diagnostic::isError);
        }
    }

    public Importer(Workspace workspace, Choices choices) {
        this.workspace = workspace;
        this.choices = choices;
    }

    /** Reads every release and decides its item; two releases that would make the same file are an error. */
    public Plan plan(List<Path> releases) {
        List<Planned> items = new ArrayList<>();
        Diagnostics problems = new Diagnostics();
        Map<Path, String> claimed = new HashMap<>();
        for (Path release : releases) {
            String path = workspace.display(release);
            try {
                Planned planned = plan(release, path, problems);
                String other = claimed.putIfAbsent(planned.file(), path);
                if (other != null) {
                    problems.error(path, 0, 0, "import.duplicate", "makes the same item as " + other + ": " + workspace.display(planned.file()),
                            "import one of them, or change the title or Posted time of one");
                } else if (Files.exists(planned.file())) {
                    problems.error(path, 0, 0, "import.exists", workspace.display(planned.file()) + " already exists",
                            "it was imported before: delete it to import the release again, or change the release's title or Posted time");
                } else {
                    // The same title on the same day is most likely the same story, under another slug;
                    // most likely is not surely, so the author is told and decides.
                    workspace.sameStory(planned.file(), planned.item().title()).ifPresent(same -> problems.add(new Diagnostic(path, 0, 0,
                            Severity.WARNING, "import.same-story", workspace.display(same) + " has the same title on the same day",
                            "if it is this story, keep one of the two items and delete the other")));
                    items.add(planned);
                }
            } catch (DiagnosticException e) {
                problems.add(e.diagnostic());
            } catch (BuildFailure e) {
                problems.addAll(e.diagnostics());
            }
        }
        return new Plan(items, problems.sorted());
    }

    /** One release's item; the build's warnings about it (advice on writing) go to {@code warnings}. */
    private Planned plan(Path file, String path, Diagnostics warnings) throws DiagnosticException, BuildFailure {
        Release release = ReleaseParser.parse(path, read(file, path).text(), workspace.config().zone());
        List<String> notes = new ArrayList<>();
        String text = release.allText();
        String lang = language(path, text, notes);
        notes.add("lead: " + release.leadReason());
        List<String> areas = areas(path, lang, release.title(), text, notes);
        List<String> regions = regions(lang, text, notes);
        String slug = Slugs.of(release.title(), lang);
        if (slug.isEmpty()) {
            throw new DiagnosticException(Diagnostic.error(path, 0, 0, "import.slug", "the title has no letters or digits to make a file name of",
                    "give the release a title in words"));
        }
        Path target = workspace.newsFile(release.posted(), slug);
        NewsDraft draft = new NewsDraft(release.title(), release.posted(), release.lead(), areas, regions, lang, false, release.markdown());
        String itemText = ItemWriter.text(draft);
        Workspace.Checked checked = workspace.check(target, itemText);
        if (checked.item().isEmpty()) {
            // Not expected: the item is made to be valid. If the build would still object, say so rather than write it.
            throw new BuildFailure(checked.problems());
        }
        // Warnings (a long title, say) are the release's own wording: the author hears of them, and the item is written.
        warnings.addAll(checked.problems());
        return new Planned(path, target, itemText, checked.item().get(), notes);
    }

    private String language(String path, String text, List<String> notes) throws DiagnosticException {
        if (choices.lang() != null) {
            notes.add("language: " + choices.lang() + " (from --lang)");
            return choices.lang();
        }
        LanguageDetector.Detection detection = LanguageDetector.detect(text);
        Optional<String> lang = detection.lang().filter(workspace.config().languages()::contains);
        if (lang.isEmpty()) {
            String what = detection.lang().map(found -> "the text is in " + found + " (" + detection.reason() + "), not a language of this site")
                    .orElse("cannot tell the language: " + detection.reason());
            throw new DiagnosticException(Diagnostic.error(path, 0, 0, "import.language", what,
                    "pass --lang with one of: " + String.join(", ", workspace.config().languages())));
        }
        notes.add("language: " + lang.get() + " (" + detection.reason() + ")");
        return lang.get();
    }

    private List<String> areas(String path, String lang, String title, String text, List<String> notes) throws DiagnosticException {
        if (!choices.areas().isEmpty()) {
            notes.add("areas: " + String.join(", ", choices.areas()) + " (from --area)");
            return choices.areas();
        }
        TermSuggester.Suggestion suggestion = TermSuggester.areas(workspace.areas(), lang, title, text);
        String others = suggestion.others().isEmpty() ? "" : "; also matched: " + join(suggestion.others());
        if (suggestion.chosen().isEmpty()) {
            throw new DiagnosticException(Diagnostic.error(path, 0, 0, "import.no-area",
                    "no area could be suggested: " + (suggestion.others().isEmpty() ? "no keyword of data/areas.yml is in the text"
                            : "too few keywords of data/areas.yml are in the text (" + join(suggestion.others()) + ")"),
                    "pass --area with one or more of: " + String.join(", ", workspace.areas().ids())));
        }
        notes.add("areas: " + join(suggestion.chosen()) + others);
        return suggestion.ids();
    }

    private List<String> regions(String lang, String text, List<String> notes) {
        if (!choices.regions().isEmpty()) {
            notes.add("regions: " + String.join(", ", choices.regions()) + " (from --region)");
            return choices.regions();
        }
        TermSuggester.Suggestion suggestion = TermSuggester.regions(workspace.regions(), lang, text);
        notes.add("regions: " + (suggestion.chosen().isEmpty() ? "none named in the text" : join(suggestion.chosen())));
        return suggestion.ids();
    }

    private static String join(List<TermSuggester.Score> scores) {
        return scores.stream().map(TermSuggester.Score::toString).collect(Collectors.joining(", "));
    }

    /** Reads a release as strictly as a source: UTF-8, no NUL; problems carry {@code import.*} codes. */
    private static SourceText read(Path file, String path) throws DiagnosticException {
        if (Files.isDirectory(file)) {
            throw new DiagnosticException(Diagnostic.error(path, 0, 0, "import.not-a-file", "this is a folder, not a release", "name the release files"));
        }
        if (!Files.exists(file)) {
            throw new DiagnosticException(Diagnostic.error(path, 0, 0, "import.not-found", "there is no such file",
                    "check the path; a relative path is read from the folder you ran the command in"));
        }
        try {
            return SourceText.read(file, path);
        } catch (DiagnosticException e) {
            Diagnostic problem = e.diagnostic();
            String code = switch (problem.code()) {
                case "encoding.invalid" -> "import.encoding";
                case "encoding.binary" -> "import.binary";
                default -> "import.read";
            };
            throw new DiagnosticException(Diagnostic.error(problem.path(), problem.line(), problem.column(), code, problem.message(), problem.hint()));
        }
    }

    /**
     * Writes the planned items, all or none: the folders are made as needed, a file that appeared since
     * it was planned is never overwritten, and when one cannot be written the ones already written are
     * removed again.
     *
     * @throws UncheckedIOException when an item cannot be written (then none is left behind)
     */
    public static void write(List<Planned> items) {
        List<Path> written = new ArrayList<>();
        try {
            for (Planned item : items) {
                Files.createDirectories(item.file().getParent());
                Files.writeString(item.file(), item.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                written.add(item.file());
            }
        } catch (IOException e) {
            for (Path file : written) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException again) {
                    e.addSuppressed(again);
                }
            }
            throw new UncheckedIOException(e);
        }
    }
}
