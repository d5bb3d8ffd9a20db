package news.coop.portal.author;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import news.coop.portal.config.ConfigReader;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.BuildFailure;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.diag.DiagnosticException;
import news.coop.portal.diag.Diagnostics;
import news.coop.portal.load.ContentLoader;
import news.coop.portal.load.MarkdownProcessor;
import news.coop.portal.load.SourceText;
import news.coop.portal.load.VocabularyLoader;
import news.coop.portal.model.NewsItem;
import news.coop.portal.model.Vocabulary;
import news.coop.portal.pipeline.Configuration;
import news.coop.portal.validate.SourceValidator;
import news.coop.portal.validate.VocabularyFields;

/**
 * The portal an authoring command writes into, read as the build reads it: the configuration from
 * {@code jbake.properties}, the vocabularies from {@code data/}, and the build's own loader and
 * validator, which check every item before it is written.
 *
 * <p>Immutable once opened, and thread-safe.
 */
public final class Workspace {
    private final SiteConfig config;
    private final Vocabulary areas;
    private final Vocabulary regions;
    private final ContentLoader loader;
    private final SourceValidator validator;
    private final List<Diagnostic> warnings;

    private Workspace(SiteConfig config, Vocabulary areas, Vocabulary regions, List<Diagnostic> warnings) {
        this.config = config;
        this.warnings = List.copyOf(warnings);
        this.areas = areas;
        this.regions = regions;
        this.loader = new ContentLoader(config, new MarkdownProcessor());
        this.validator = new SourceValidator(config, areas, regions);
    }

    /**
     * Reads the project's configuration and vocabularies.
     *
     * @throws BuildFailure with every problem, warnings included, when either cannot be used, as {@code portal build} reports them
     */
    public static Workspace open(Path project) throws BuildFailure {
        Path root = project.toAbsolutePath().normalize();
        ConfigReader.Result read = Configuration.read(root, root.resolve("target").resolve("site"), null);
        SiteConfig config = read.orThrow();
        Diagnostics problems = new Diagnostics();
        problems.addAll(read.diagnostics());
        VocabularyLoader vocabularies = new VocabularyLoader(config);
        Vocabulary areas = vocabularies.load("area", problems);
        Vocabulary regions = vocabularies.load("region", problems);
        if (problems.hasErrors()) {
            throw new BuildFailure(problems.sorted());
        }
        return new Workspace(config, areas, regions, problems.sorted());
    }

    public SiteConfig config() {
        return config;
    }

    /** The warnings about the configuration and vocabularies met in opening it, to be printed as a build prints them. */
    public List<Diagnostic> warnings() {
        return warnings;
    }

    public Vocabulary areas() {
        return areas;
    }

    public Vocabulary regions() {
        return regions;
    }

    /**
     * The problems with ids and a language given on the command line, each reported as the build
     * reports them in front matter but positioned at the option: {@code --area enrgy: error [area.unknown] …}.
     * Ids named twice count once.
     */
    public List<Diagnostic> checkOptions(List<String> areaIds, List<String> regionIds, String lang) {
        List<Diagnostic> problems = new ArrayList<>();
        for (String id : new LinkedHashSet<>(areaIds)) {
            if (areas.find(id).isEmpty()) {
                problems.add(VocabularyFields.unknownTerm(areas, id, "--area " + id, 0, 0));
            }
        }
        for (String id : new LinkedHashSet<>(regionIds)) {
            if (regions.find(id).isEmpty()) {
                problems.add(VocabularyFields.unknownTerm(regions, id, "--region " + id, 0, 0));
            }
        }
        if (lang != null && !config.languages().contains(lang)) {
            problems.add(VocabularyFields.unknownLanguage(config.languages(), lang, "--lang " + lang, 0, 0));
        }
        return problems;
    }

    /** Where a news item of that date and slug lives: {@code content/news/YYYY/YYYY-MM-DD-slug.md}, the date in the site's zone. */
    public Path newsFile(OffsetDateTime date, String slug) {
        ZonedDateTime local = date.atZoneSameInstant(config.zone());
        String day = String.format(Locale.ROOT, "%04d-%02d-%02d", local.getYear(), local.getMonthValue(), local.getDayOfMonth());
        return config.contentDir().resolve("news").resolve(String.valueOf(local.getYear())).resolve(day + "-" + slug + ".md");
    }

    /** A path as messages show it: relative to the project with forward slashes when inside it, else absolute. */
    public String display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(config.root().toAbsolutePath().normalize()) ? config.display(absolute) : absolute.toString();
    }

    /** What the build makes of an item's text at {@code file}: the item, or the problems (warnings included). */
    public record Checked(Optional<NewsItem> item, List<Diagnostic> problems) {
    }

    /**
     * A news item already in {@code content/} with this title on this day, under any slug: the same
     * story imported before, or written by hand. Only that day's files are read.
     *
     * @param target where the new item would be written ({@link #newsFile})
     */
    public Optional<Path> sameStory(Path target, String title) {
        String day = target.getFileName().toString().substring(0, "YYYY-MM-DD-".length());
        String wanted = title.strip();
        try (java.util.stream.Stream<Path> siblings = java.nio.file.Files.list(target.getParent())) {
            for (Path sibling : siblings.filter(file -> file.getFileName().toString().startsWith(day)).sorted().toList()) {
                try {
                    Optional<String> existing = loader.read(sibling).frontMatter().field("title")
                            .map(field -> field.value() instanceof org.yaml.snakeyaml.nodes.ScalarNode scalar ? scalar.getValue().strip() : "");
                    if (existing.filter(wanted::equals).isPresent()) {
                        return Optional.of(sibling);
                    }
                } catch (DiagnosticException e) {
                    // A broken file is the build's to report; it is not this story.
                }
            }
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.empty();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Optional.empty();
    }

    /** Reads an item's text with the build's own loader and validator, as if it were already in {@code content/}. */
    public Checked check(Path file, String text) {
        Diagnostics problems = new Diagnostics();
        try {
            Optional<NewsItem> item = validator.news(loader.parse(new SourceText(config.display(file), text)), problems);
            return new Checked(item, problems.sorted());
        } catch (DiagnosticException e) {
            return new Checked(Optional.empty(), List.of(e.diagnostic()));
        }
    }
}
