package news.coop.portal;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.Decoder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import javax.imageio.ImageIO;
import news.coop.portal.pipeline.Build;
import news.coop.portal.pipeline.BuildOptions;
import news.coop.portal.pipeline.BuildResult;
import news.coop.portal.cli.PortalCommand;
import news.coop.portal.cli.Stderr;
import news.coop.portal.diag.BuildFailure;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A small site written inline, built in a temporary folder, in the spirit of Hugo's
 * {@code hugolib} tests. It uses the project's real templates, UI strings and stylesheet, a small
 * vocabulary, and a fixed "now" so that embargo rules are reproducible.
 *
 * <pre>{@code
 * TestSite site = TestSite.create(dir).files("""
 *     -- content/news/2023/2023-09-26-roads.md --
 *     ---
 *     title: Roads
 *     ...
 *     """);
 * site.build();
 * Document page = site.page("/en/");
 * }</pre>
 */
public final class TestSite {
    /** The "now" of every test build unless a test says otherwise: after all test content. */
    public static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private final Path root;

    private TestSite(Path root) {
        this.root = root;
    }

    /** A site with configuration, vocabularies, the real templates and assets, and no content. */
    public static TestSite create(Path root) {
        TestSite site = new TestSite(root);
        site.file("jbake.properties", """
                site.host=https://news.example.org
                portal.languages=en,ru,be
                portal.default_language=en
                portal.timezone=Europe/Minsk
                portal.page_size=10
                portal.feed_size=20
                portal.required_pages=about,contacts,accessibility
                portal.core_languages=ru,be
                """);
        site.file("data/areas.yml", vocabulary("construction", "Construction", "energy", "Energy", "roads", "Roads"));
        site.file("data/regions.yml", vocabulary("leningrad-region", "Leningrad Region", "tatarstan", "Tatarstan"));
        copyTree(Path.of("templates"), root.resolve("templates"));
        copyTree(Path.of("assets"), root.resolve("assets"));
        site.mkdirs("content/news");
        site.mkdirs("content/pages");
        return site;
    }

    private static String vocabulary(String... idsAndLabels) {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < idsAndLabels.length; i += 2) {
            String label = idsAndLabels[i + 1];
            yaml.append("- id: ").append(idsAndLabels[i]).append('\n')
                    .append("  label: {en: ").append(label).append(", ru: ").append(label).append(" (ru), be: ").append(label).append(" (be)}\n")
                    .append("  description: {en: About ").append(label).append(", ru: Про ").append(label).append(", be: Пра ").append(label).append("}\n");
        }
        return yaml.toString();
    }

    public Path root() {
        return root;
    }

    public Path output() {
        return root.resolve("target").resolve("site");
    }

    public TestSite file(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Sets keys of {@code jbake.properties}: each {@code key=value} line replaces the key's line, or is added. */
    public TestSite configure(String... lines) {
        try {
            List<String> config = new ArrayList<>(Files.readAllLines(root.resolve("jbake.properties"), StandardCharsets.UTF_8));
            for (String line : lines) {
                String key = line.substring(0, line.indexOf('=')).strip();
                config.removeIf(existing -> existing.contains("=") && existing.substring(0, existing.indexOf('=')).strip().equals(key));
                config.add(line);
            }
            return file("jbake.properties", String.join("\n", config) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A real picture of {@code width}×{@code height} pixels, JPEG or PNG by the path's extension: a
     * gradient of {@code tint}, written by ImageIO, the same bytes on every run.
     */
    public TestSite picture(String path, int width, int height, int tint) {
        writePicture(root.resolve(path), width, height, tint);
        return this;
    }

    /** Writes a picture as {@link #picture} does, anywhere. */
    public static void writePicture(Path file, int width, int height, int tint) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (tint * 40 % 256) << 16 | (255 * x / width) << 8 | 255 * y / height);
            }
        }
        try {
            Files.createDirectories(file.getParent());
            String format = file.toString().endsWith(".png") ? "png" : "jpeg";
            if (!ImageIO.write(image, format, file.toFile())) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestSite picture(String path, int width, int height) {
        return picture(path, width, height, 1);
    }

    public TestSite delete(String path) {
        try {
            Files.delete(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Files in the txtar-like form {@code -- path --} followed by the file's lines. */
    public TestSite files(String archive) {
        String path = null;
        StringBuilder text = new StringBuilder();
        for (String line : archive.split("\n", -1)) {
            if (line.startsWith("-- ") && line.endsWith(" --")) {
                if (path != null) {
                    file(path, text.toString());
                }
                path = line.substring(3, line.length() - 3).strip();
                text.setLength(0);
            } else if (path != null) {
                text.append(line).append('\n');
            }
        }
        if (path != null) {
            file(path, text.toString());
        }
        return this;
    }

    /** A valid English news item; {@code extra} lines are added to (or replace) its front matter. */
    public TestSite news(String dateAndSlug, String title, String areas, String... extra) {
        String year = dateAndSlug.substring(0, 4);
        String date = dateAndSlug.substring(0, 10) + "T10:00:00+03:00";
        List<String> lines = new ArrayList<>(List.of("title: " + title, "date: " + date, "lead: Lead of " + title + ".", "areas: [" + areas + "]",
                "regions: [leningrad-region]", "lang: en"));
        for (String line : extra) {
            String key = line.substring(0, line.indexOf(':'));
            lines.removeIf(existing -> existing.startsWith(key + ":"));
            lines.add(line);
        }
        return file("content/news/" + year + "/" + dateAndSlug + ".md", "---\n" + String.join("\n", lines) + "\n---\nBody of " + title + ".\n");
    }

    /** An English page at /en/{slug}/. */
    public TestSite page(String slug, String title) {
        return file("content/pages/" + slug + ".md", "---\ntitle: " + title + "\nlead: About " + title + ".\nlang: en\n---\nText of " + title + ".\n");
    }

    /** The pages every site's footer links to, in every language. */
    public TestSite standardPages() {
        for (String lang : List.of("en", "ru", "be")) {
            String suffix = lang.equals("en") ? "" : "." + lang;
            file("content/pages/about" + suffix + ".md",
                    "---\ntitle: About " + lang + "\nlead: About the portal.\nlang: " + lang + "\nslug: about\ntranslation: about\n---\nAbout.\n");
            file("content/pages/contacts" + suffix + ".md",
                    "---\ntitle: Contacts " + lang + "\nlead: How to reach the editors.\nlang: " + lang + "\nslug: contacts\ntranslation: contacts\n---\nWrite to us.\n");
            file("content/pages/accessibility" + suffix + ".md",
                    "---\ntitle: Accessibility " + lang + "\nlead: Accessibility statement.\nlang: " + lang + "\nslug: accessibility\ntranslation: accessibility\n---\nStatement.\n");
        }
        return this;
    }

    public BuildOptions options() {
        return new BuildOptions(root, output(), false, NOW);
    }

    public BuildResult build() throws BuildFailure {
        return build(options());
    }

    public BuildResult build(BuildOptions options) throws BuildFailure {
        return new Build(options).run();
    }

    /** The published file for a site URL ({@code /en/} → {@code en/index.html}). */
    public Path fileFor(String url) {
        String path = url.substring(1);
        if (path.isEmpty() || path.endsWith("/")) {
            path += "index.html";
        }
        return output().resolve(path);
    }

    public boolean exists(String url) {
        return Files.isRegularFile(fileFor(url));
    }

    public String text(String url) {
        try {
            return Files.readString(fileFor(url), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Document page(String url) {
        return Jsoup.parse(text(url), "https://news.example.org" + url);
    }

    /**
     * The published file of a file from assets/, under its fingerprinted name: {@code css/site.css} →
     * {@code css/site.3f9a1c2e7b.css}.
     */
    public String asset(String file) {
        List<String> found = publishedFiles().stream().filter(published -> published.replaceFirst("\\.[0-9a-f]{10}(\\.[^./]+)?$", "$1").equals(file)).toList();
        if (found.size() != 1) {
            throw new AssertionError("not published once under a fingerprinted name: " + file + " " + found);
        }
        return found.get(0);
    }

    /**
     * The address a file is published at, under its fingerprinted name: {@code /img/news/plant.jpg} →
     * {@code /img/news/plant.3f9a1c2e7b.jpg}; several, joined as a {@code srcset} lists them.
     */
    public String published(String url) {
        return "/" + asset(url.substring(1));
    }

    /** Every published file, as paths inside the site with forward slashes, sorted. */
    public List<String> publishedFiles() {
        if (!Files.isDirectory(output())) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(output())) {
            return walk.filter(Files::isRegularFile).map(file -> output().relativize(file).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a compressed copy of a published file ({@code .gz} or {@code .br}) decompresses to, as a browser would. */
    public static byte[] decompressed(Path copy) {
        try {
            byte[] bytes = Files.readAllBytes(copy);
            String name = copy.getFileName().toString();
            if (name.endsWith(".gz")) {
                try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                    return in.readAllBytes();
                }
            }
            if (name.endsWith(".br")) {
                Brotli4jLoader.ensureAvailability();
                return Decoder.decompress(bytes, 0, bytes.length);
            }
            throw new IllegalArgumentException("not a compressed copy: " + copy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code portal ARGS --project ROOT} in-process and captures everything it prints. */
    public Run cli(String... args) {
        return cli(Map.of(), args);
    }

    /**
     * Runs {@code portal ARGS --project ROOT} in-process as {@link #cli(String...)} does, with
     * {@code environment} as its whole environment (the process's own is not read).
     */
    public Run cli(Map<String, String> environment, String... args) {
        return cli(environment, Stderr.CAPTURED, args);
    }

    /** Runs {@code portal ARGS --project ROOT} as {@link #cli(Map, String...)} does, its standard error being what {@code stderr} says. */
    public Run cli(Map<String, String> environment, Stderr stderr, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (!all.isEmpty() && !all.get(0).startsWith("-")) {
            all.add("--project");
            all.add(root.toString());
        }
        return Run.of(environment, stderr, all.toArray(String[]::new));
    }

    /** One run of the command line. */
    public record Run(int exitCode, String out, String err) {
        /** A run with an empty environment, so that the tests do not depend on the machine's. */
        public static Run of(String... args) {
            return of(Map.of(), args);
        }

        public static Run of(Map<String, String> environment, String... args) {
            return of(environment, Stderr.CAPTURED, args);
        }

        /** A run whose standard error is what {@code stderr} says (a terminal, a log), for the tests of progress. */
        public static Run of(Map<String, String> environment, Stderr stderr, String... args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = PortalCommand.commandLine(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                    environment, stderr).execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    private void mkdirs(String path) {
        try {
            Files.createDirectories(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Path inside {@code folder}, with forward slashes → SHA-256 of the file's bytes, for every file below it. */
    public static Map<String, String> hashes(Path folder) {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                hashes.put(folder.relativize(file).toString().replace('\\', '/'), sha256(Files.readAllBytes(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hashes;
    }

    /** The SHA-256 of {@code bytes}, in lower-case hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies a file, or a folder and everything below it, to {@code to}, replacing the files already there. */
    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
