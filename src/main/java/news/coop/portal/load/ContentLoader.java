package news.coop.portal.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.DiagnosticException;
import news.coop.portal.diag.Diagnostics;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The load stage: finds every file under {@code content/}, reads each Markdown source strictly and
 * splits it into front matter and a parsed body, rendered with its raw HTML cleaned by the site's
 * {@link SafeHtml} policy.
 *
 * <p>Rules, so that nothing is silently skipped: {@code .md} files are sources; images and documents
 * ({@link #ASSET_EXTENSIONS}) are copied to the site beside them; names starting with {@code .} are
 * editor and system files and are ignored; any other file is an error.
 */
public final class ContentLoader {
    /** Files under {@code content/} that are published as they are. */
    public static final Set<String> ASSET_EXTENSIONS = Set.of("jpg", "jpeg", "png", "gif", "webp", "svg", "pdf");

    private final SiteConfig config;
    private final FrontMatterParser frontMatterParser = new FrontMatterParser();
    private final MarkdownProcessor markdown;
    private final SafeHtml html;

    public ContentLoader(SiteConfig config, MarkdownProcessor markdown) {
        this.config = config;
        this.markdown = markdown;
        this.html = SafeHtml.of(config);
    }

    /**
     * Reads one source: its text, front matter and parsed body. Thread-safe.
     *
     * @throws DiagnosticException when the file cannot be read as a source
     */
    public ParsedSource read(Path file) throws DiagnosticException {
        return parse(SourceText.read(file, config.display(file)));
    }

    /**
     * Splits and parses a source's text as {@link #read} does, wherever the text came from (the
     * authoring commands check an item this way before they write it). Thread-safe.
     *
     * @throws DiagnosticException when the text has no readable front matter
     */
    public ParsedSource parse(SourceText text) throws DiagnosticException {
        String path = text.path();
        FrontMatterParser.Split split = frontMatterParser.parse(text);
        String lang = split.frontMatter().field("lang")
                .filter(field -> field.value() instanceof ScalarNode)
                .map(field -> ((ScalarNode) field.value()).getValue().strip())
                .orElse(config.defaultLanguage());
        MarkdownProcessor.Read body = markdown.read(split.body(), path, split.bodyFirstLine(), lang, html);
        return new ParsedSource(text, split.frontMatter(), body.markdown(), body.rendered());
    }

    /** The Markdown sources under {@code content/}, sorted; reports files that are neither sources nor assets. */
    /**
     * What {@code content/} holds, from one walk of it: the Markdown sources and the published
     * pictures and documents, each sorted, with their stamps.
     */
    public record Listing(List<Path> sources, List<Path> assets, Map<Path, FileStamp> stamps) {
    }

    /** Lists {@code content/}; reports files that are neither sources nor assets. */
    public Listing list(Diagnostics diagnostics) {
        Path content = config.contentDir();
        if (!Files.isDirectory(content)) {
            diagnostics.error(config.display(content), 0, 0, "content.missing", "the content folder does not exist",
                    "create content/news/ for news items and content/pages/ for pages");
            return new Listing(List.of(), List.of(), Map.of());
        }
        Map<Path, FileStamp> stamps = new HashMap<>();
        try {
            Files.walkFileTree(content, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && !isHidden(content.relativize(file))) {
                        stamps.put(file, FileStamp.of(attributes));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Path> sources = new ArrayList<>();
        List<Path> assets = new ArrayList<>();
        for (Path file : stamps.keySet().stream().sorted().toList()) {
            String extension = extension(file);
            if (extension.equals("md")) {
                sources.add(file);
            } else if (ASSET_EXTENSIONS.contains(extension)) {
                assets.add(file);
            } else {
                diagnostics.error(config.display(file), 0, 0, "content.unsupported-file",
                        "this kind of file cannot be published from content/",
                        "write news and pages as .md files; put images (" + String.join(", ", ASSET_EXTENSIONS.stream().sorted().toList())
                                + ") beside them or in assets/img/");
            }
        }
        return new Listing(sources, assets, stamps);
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
