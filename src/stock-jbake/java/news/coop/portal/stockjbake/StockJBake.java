package news.coop.portal.stockjbake;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;
import org.jbake.parser.MarkdownEngine;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The benchmark's baseline: the same archive baked by <em>stock</em> JBake 2.7.0, with its own
 * Markdown engine, Freemarker engine, OrientDB store and renderers, and classic {@code .ftl} templates
 * of a comparable page layout (shipped in {@code bench/jbake-templates/}).
 *
 * <p>Not part of the tool: it lives in {@code src/stock-jbake}, and only {@code mvn -Pstock-jbake}
 * builds it into the tool, with the OrientDB store it needs. {@code portal bench --compare-jbake} runs
 * {@link #main} in a JVM of its own, by class name, so that the tool has no compile-time reference to it.
 *
 * <p>{@link #convert} turns a project in our format into a stock JBake project: news items become
 * {@code content/blog/YYYY/<name>.md} posts and pages become {@code content/<name>.md} pages, each with
 * JBake's {@code key=value} header, the {@code ~~~~~~} separator and the Markdown body unchanged. Areas and
 * regions become tags, the lead becomes {@code summary}. {@link #bake} then bakes that project with
 * JBake's default utensils.
 *
 * <p>Stock behaviour is kept on purpose, for a fair comparison: drafts are written as {@code *-draft.html},
 * future-dated items are published, dates are read in the JVM's zone, and the output folder is not
 * cleaned. Not thread-safe: JBake's registries are static.
 */
public final class StockJBake {
    /**
     * OrientDB, which the Oven starts, logs its start-up chatter through java.util.logging, and so does
     * Freemarker, which logs every template error with its stack trace before JBake reports it again in
     * {@link Oven#getErrors()}. Held strongly: java.util.logging forgets the level of a logger nobody
     * references.
     */
    private static final java.util.logging.Logger ORIENT_LOG = java.util.logging.Logger.getLogger("com.orientechnologies");
    private static final java.util.logging.Logger FREEMARKER_LOG = java.util.logging.Logger.getLogger("freemarker");

    static {
        ORIENT_LOG.setLevel(java.util.logging.Level.SEVERE);
        FREEMARKER_LOG.setLevel(java.util.logging.Level.OFF);
    }

    /** Where the templates live on the classpath, and their names (a jar's folder cannot be listed). */
    private static final String TEMPLATES = "/bench/jbake-templates/";
    private static final List<String> TEMPLATE_NAMES = List.of("header.ftl", "menu.ftl", "footer.ftl", "card.ftl",
            "index.ftl", "post.ftl", "page.ftl", "tags.ftl", "tags-index.ftl", "archive.ftl", "feed.ftl", "sitemap.ftl");

    /** JBake's default {@code header.separator}. */
    private static final String SEPARATOR = "~~~~~~";
    private static final String FENCE = "---";

    private StockJBake() {
    }

    /**
     * Converts and bakes: {@code args[0]} a project in our format, {@code args[1]} a work folder (absent
     * or empty), which receives the stock JBake project in {@code project/} and its site in
     * {@code output/}. Prints {@code converted in N ms}, then {@code baked N items in N ms} (the bake
     * alone, without the conversion or the JVM's start); exits 1 if the conversion or the bake fails,
     * 2 on wrong usage.
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: StockJBake PORTAL_PROJECT WORK_DIR");
            System.exit(2);
        }
        Path work = Path.of(args[1]);
        try {
            long start = System.nanoTime();
            convert(Path.of(args[0]), work.resolve("project"));
            long converted = System.nanoTime();
            System.out.println("converted in " + (converted - start) / 1_000_000 + " ms");
            int items = bake(work.resolve("project"), work.resolve("output"));
            System.out.println("baked " + items + " items in " + (System.nanoTime() - converted) / 1_000_000 + " ms");
            // OrientDB may leave non-daemon threads behind.
            System.exit(0);
        } catch (BakeFailure failure) {
            for (Throwable error : failure.errors()) {
                System.err.println("error: " + error.getMessage());
            }
            System.exit(1);
        } catch (IOException | RuntimeException e) {
            // JBake reports a bad project (no templates/ or content/ folder) with an unchecked JBakeException.
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Writes a stock JBake project into {@code jbakeProject}, which must be absent or empty, from the
     * project in our format at {@code portalProject}. Only reads {@code portalProject}.
     *
     * @throws IOException if a file cannot be read or written, or a source has no readable front matter
     *                     or date (the message names the file)
     */
    public static void convert(Path portalProject, Path jbakeProject) throws IOException {
        requireEmpty(jbakeProject);
        Properties portal = readProperties(portalProject.resolve("jbake.properties"));
        ZoneId zone = ZoneId.of(portal.getProperty("portal.timezone", "Europe/Minsk"));
        Files.createDirectories(jbakeProject);
        writeConfiguration(portalProject, portal, jbakeProject.resolve("jbake.properties"));
        convertFolder(portalProject.resolve("content/news"), jbakeProject.resolve("content/blog"), "post", zone);
        convertFolder(portalProject.resolve("content/pages"), jbakeProject.resolve("content"), "page", zone);
        copyTemplates(jbakeProject.resolve("templates"));
        copyTree(portalProject.resolve("assets"), jbakeProject.resolve("assets"));
    }

    /**
     * Bakes the JBake project {@code source} into {@code destination} with stock JBake, and returns the
     * number of items the Oven rendered (its own count: each post, page, tag page, and the index, feed,
     * archive and sitemap as one each).
     *
     * @throws BakeFailure if the Oven reports errors (a template or rendering failure)
     */
    static int bake(Path source, Path destination) throws BakeFailure {
        // Engines is a static registry: if this JVM built our portal before, it holds our engine for .md.
        Engines.register("md", new MarkdownEngine());
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(source.toFile(), destination.toFile(), true);
        Oven oven = new Oven(config);
        oven.bake();
        if (!oven.getErrors().isEmpty()) {
            throw new BakeFailure(oven.getErrors());
        }
        return renderedCount(oven);
    }

    /** The errors stock JBake reported after baking. */
    static final class BakeFailure extends Exception {
        private final transient List<Throwable> errors;

        BakeFailure(List<Throwable> errors) {
            super(errors.size() + " error(s) while baking: " + errors.get(0).getMessage(), errors.get(0));
            this.errors = List.copyOf(errors);
        }

        List<Throwable> errors() {
            return errors;
        }
    }

    /** JBake 2.7.0 logs its count ("Baked N items") but has no getter for it; the field is read instead. */
    private static int renderedCount(Oven oven) {
        try {
            Field count = Oven.class.getDeclaredField("renderedCount");
            count.setAccessible(true);
            return count.getInt(oven);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("not JBake 2.7.0: Oven has no renderedCount field", e);
        }
    }

    private static void requireEmpty(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            if (entries.findAny().isPresent()) {
                throw new IOException(folder + ": not empty; convert writes a fresh JBake project");
            }
        }
    }

    private static Properties readProperties(Path file) throws IOException {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    /** Stock keys (see JBake's default.properties); our page size and feed size carry over. */
    private static void writeConfiguration(Path portalProject, Properties portal, Path file) throws IOException {
        String language = portal.getProperty("portal.default_language", "en");
        Properties messages = readProperties(portalProject.resolve("templates/messages/" + language + ".properties"));
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("site.host", stripTrailingSlash(portal.getProperty("site.host", "http://localhost:8820")));
        keys.put("site.name", messages.getProperty("site.name", "News"));
        keys.put("site.tagline", messages.getProperty("site.tagline", ""));
        keys.put("site.lang", language);
        keys.put("template.folder", "templates");
        keys.put("content.folder", "content");
        keys.put("asset.folder", "assets");
        keys.put("date.format", "yyyy-MM-dd");
        keys.put("markdown.extensions", "HARDWRAPS,AUTOLINKS,FENCED_CODE_BLOCKS,DEFINITIONS");
        keys.put("db.store", "memory");
        keys.put("render.index", "true");
        keys.put("index.paginate", "true");
        keys.put("index.posts_per_page", portal.getProperty("portal.page_size", "10"));
        keys.put("render.archive", "true");
        keys.put("render.feed", "true");
        keys.put("feed.entries", portal.getProperty("portal.feed_size", "20"));
        keys.put("render.sitemap", "true");
        keys.put("render.tags", "true");
        keys.put("render.tagsindex", "true");
        keys.put("render.error404", "false");
        keys.put("template.masterindex.file", "index.ftl");
        keys.put("template.post.file", "post.ftl");
        keys.put("template.page.file", "page.ftl");
        keys.put("template.tag.file", "tags.ftl");
        keys.put("template.tagsindex.file", "tags-index.ftl");
        keys.put("template.archive.file", "archive.ftl");
        keys.put("template.feed.file", "feed.ftl");
        keys.put("template.sitemap.file", "sitemap.ftl");
        StringBuilder text = new StringBuilder("# Stock JBake 2.7.0 configuration, written by StockJBake.convert. UTF-8.\n");
        keys.forEach((key, value) -> text.append(key).append('=').append(value.replace("\\", "\\\\")).append('\n'));
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String stripTrailingSlash(String host) {
        return host.endsWith("/") ? host.substring(0, host.length() - 1) : host;
    }

    /** Converts every {@code .md} file under {@code from} into {@code to}, keeping its relative path. */
    private static void convertFolder(Path from, Path to, String type, ZoneId zone) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(from)) {
            sources = walk.filter(Files::isRegularFile).filter(file -> file.toString().endsWith(".md")).sorted().toList();
        }
        for (Path source : sources) {
            Path target = to.resolve(from.relativize(source).toString());
            Files.createDirectories(target.getParent());
            Files.writeString(target, toJBake(source, type, zone), StandardCharsets.UTF_8);
        }
    }

    /** One source in JBake's format: the header, the separator, and the Markdown body unchanged. */
    private static String toJBake(Path source, String type, ZoneId zone) throws IOException {
        String text = Files.readString(source, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (!text.endsWith("\n")) {
            text += "\n";
        }
        if (!text.startsWith(FENCE + "\n")) {
            throw new IOException(source + ": does not start with a \"---\" front-matter line");
        }
        int close = text.indexOf("\n" + FENCE + "\n", FENCE.length());
        if (close < 0) {
            throw new IOException(source + ": the front matter is never closed with a \"---\" line");
        }
        Map<String, Object> fields = frontMatter(source, text.substring(FENCE.length() + 1, close + 1));
        String body = text.substring(close + FENCE.length() + 2);
        return header(source, fields, type, zone) + SEPARATOR + "\n" + body;
    }

    private static String header(Path source, Map<String, Object> fields, String type, ZoneId zone) throws IOException {
        StringBuilder header = new StringBuilder();
        line(header, "title", scalar(fields, "title"));
        String date = scalar(fields, "date");
        if (!date.isEmpty()) {
            line(header, "date", jbakeDate(source, date, zone));
        }
        line(header, "type", type);
        Set<String> tags = new LinkedHashSet<>(list(fields, "areas"));
        tags.addAll(list(fields, "regions"));
        if (!tags.isEmpty()) {
            line(header, "tags", String.join(",", tags));
        }
        line(header, "status", "draft".equals(scalar(fields, "status")) ? "draft" : "published");
        for (String[] key : new String[][] {{"lead", "summary"}, {"lang", "lang"}, {"image", "image"}, {"image_alt", "image_alt"}}) {
            String value = scalar(fields, key[0]);
            if (!value.isEmpty()) {
                line(header, key[1], value);
            }
        }
        return header.toString();
    }

    /** JBake's header is one {@code key=value} line per field: a value's line breaks become spaces. */
    private static void line(StringBuilder header, String key, String value) {
        header.append(key).append('=').append(value.replaceAll("\\s+", " ").strip()).append('\n');
    }

    /** The calendar day of the item in the site's zone, in JBake's {@code date.format} (yyyy-MM-dd). */
    private static String jbakeDate(Path source, String value, ZoneId zone) throws IOException {
        try {
            return OffsetDateTime.parse(value).atZoneSameInstant(zone).toLocalDate().toString();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDate.parse(value.substring(0, Math.min(10, value.length()))).toString();
            } catch (DateTimeParseException e) {
                throw new IOException(source + ": date \"" + value + "\" is not like 2023-09-26T13:00:00+03:00", e);
            }
        }
    }

    /**
     * The front matter's fields: a string for a scalar, a list of strings for a sequence. YAML is only
     * composed, so a date stays the text the author wrote.
     */
    private static Map<String, Object> frontMatter(Path source, String yaml) throws IOException {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yaml));
        } catch (YAMLException e) {
            throw new IOException(source + ": front matter is not valid YAML: " + e.getMessage(), e);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        if (root instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    fields.put(key.getValue(), value(tuple.getValueNode()));
                }
            }
        }
        return fields;
    }

    private static Object value(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        List<String> items = new ArrayList<>();
        if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar) {
                    items.add(scalar.getValue());
                }
            }
        }
        return items;
    }

    private static String scalar(Map<String, Object> fields, String key) {
        return fields.get(key) instanceof String value ? value : "";
    }

    private static List<String> list(Map<String, Object> fields, String key) {
        Object value = fields.get(key);
        if (value instanceof String single) {
            return single.isBlank() ? List.of() : List.of(single.strip());
        }
        @SuppressWarnings("unchecked")
        List<String> items = value == null ? List.of() : (List<String>) value;
        return items;
    }

    private static void copyTemplates(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (String name : TEMPLATE_NAMES) {
            try (InputStream in = StockJBake.class.getResourceAsStream(TEMPLATES + name)) {
                if (in == null) {
                    throw new IOException("template missing from the classpath: " + TEMPLATES + name);
                }
                Files.copy(in, folder.resolve(name));
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }
}
