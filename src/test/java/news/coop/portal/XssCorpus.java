package news.coop.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * The known XSS vectors of {@code src/test/resources/xss/vectors.txt} (the file says how it is
 * written), and a site that publishes each as a news item of its own, for the tests that prove none
 * of them survives: {@code XssCorpusTest} reads the built files, {@code XssBrowserIT} opens them in
 * Chromium.
 */
public final class XssCorpus {
    public static final String FILE = "xss/vectors.txt";
    /** The one host the corpus site lets raw HTML embed. */
    public static final String IFRAME_HOST = "www.youtube-nocookie.com";

    /** Attributes that hold an address a browser would follow or load. */
    private static final Set<String> ADDRESSES = Set.of("href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "cite",
            "codebase", "srcset");
    /** Elements that never come from the site's text. */
    private static final Set<String> NOT_IN_TEXT = Set.of("script", "style", "link", "meta", "base", "object", "embed", "applet", "frame", "frameset",
            "form", "input", "button", "textarea", "select", "svg", "math", "template", "noscript", "isindex", "marquee", "video", "audio", "source",
            "xss");

    private XssCorpus() {
    }

    /** What the build must make of a vector. */
    public enum Kind {
        /** It holds something the raw HTML policy removes, with a warning. */
        REMOVED,
        /** Nothing in it can run: shown as text, or kept; no warning. */
        HARMLESS,
        /** Front-matter fields, escaped wherever they are printed; no warning. */
        FRONT_MATTER,
        /** The build refuses it with an error. */
        REFUSED
    }

    /**
     * One vector: its number (from 0, in file order), name, kind, text, and the line of its header in
     * the file.
     */
    public record Vector(int number, String name, Kind kind, String text, int line) {
        /** The day of its item: one day each, from 2 January 2024 on. */
        public LocalDate date() {
            return LocalDate.of(2024, 1, 1).plusDays(number + 1);
        }

        /** Its item's source file, as diagnostics name it. */
        public String source() {
            return "content/news/" + date().getYear() + "/" + date() + "-" + name + ".md";
        }

        /** Its item's page. */
        public String url() {
            return String.format(java.util.Locale.ROOT, "/en/news/%d/%02d/%s/", date().getYear(), date().getMonthValue(), name);
        }

        /** Its item's title: the vector's own for a front-matter vector that sets one. */
        public String title() {
            return frontMatter().getOrDefault("title", "XSS vector " + name);
        }

        /** Its item's lead, likewise. */
        public String lead() {
            return frontMatter().getOrDefault("lead", "What the portal makes of the vector " + name + ".");
        }

        /** The front-matter fields a front-matter vector sets, with their YAML values read (quotes and escapes undone). */
        public Map<String, String> frontMatter() {
            Map<String, String> fields = new LinkedHashMap<>();
            if (kind == Kind.FRONT_MATTER) {
                for (String field : text.strip().split("\n")) {
                    String key = field.substring(0, field.indexOf(':'));
                    fields.put(key, String.valueOf(new org.yaml.snakeyaml.Yaml().loadAs(field, Map.class).get(key)));
                }
            }
            return fields;
        }

        @Override
        public String toString() {
            return FILE + ":" + line + " " + name;
        }
    }

    /** Every vector of the file, in order. */
    public static List<Vector> vectors() {
        String text;
        try (InputStream in = XssCorpus.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is not on the test classpath");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Vector> vectors = new ArrayList<>();
        String header = null;
        int headerLine = 0;
        StringBuilder body = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i <= lines.length; i++) {
            boolean end = i == lines.length;
            if (end || lines[i].startsWith("-- ") && lines[i].endsWith(" --")) {
                if (header != null) {
                    vectors.add(vector(vectors.size(), header, body.toString().strip() + "\n", headerLine));
                }
                if (!end) {
                    header = lines[i].substring(3, lines[i].length() - 3).strip();
                    headerLine = i + 1;
                    body.setLength(0);
                }
            } else if (header != null) {
                body.append(lines[i]).append('\n');
            }
        }
        return vectors;
    }

    private static Vector vector(int number, String header, String text, int line) {
        Kind kind = Kind.REMOVED;
        String name = header;
        int marker = header.indexOf(" (");
        if (marker >= 0) {
            name = header.substring(0, marker);
            kind = switch (header.substring(marker + 2, header.length() - 1)) {
                case "harmless" -> Kind.HARMLESS;
                case "front matter" -> Kind.FRONT_MATTER;
                case "refused" -> Kind.REFUSED;
                default -> throw new IllegalStateException(FILE + ":" + line + ": unknown marker in \"" + header + "\"");
            };
        }
        if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalStateException(FILE + ":" + line + ": a vector's name is a slug, not \"" + name + "\"");
        }
        return new Vector(number, name, kind, text, line);
    }

    /**
     * A site (the test site's templates, pages and vocabularies, with {@link #IFRAME_HOST} allowed and
     * feeds that hold every item) with
     * one English news item per chosen vector, and the picture the front-matter vectors show.
     */
    public static TestSite site(Path dir, Predicate<Vector> chosen) {
        // Feeds as long as the corpus, so that every vector is in them.
        TestSite site = TestSite.create(dir).standardPages().configure("portal.html.iframe_hosts=" + IFRAME_HOST, "portal.feed_size=1000")
                .picture("assets/img/news/xss.jpg", 640, 480);
        for (Vector vector : vectors()) {
            if (chosen.test(vector)) {
                site.file(vector.source(), item(vector));
            }
        }
        return site;
    }

    private static String item(Vector vector) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "XSS vector " + vector.name());
        fields.put("date", vector.date() + "T10:00:00+03:00");
        fields.put("lead", "What the portal makes of the vector " + vector.name() + ".");
        fields.put("areas", "[energy]");
        fields.put("lang", "en");
        String body = vector.text();
        if (vector.kind() == Kind.FRONT_MATTER) {
            // The vector's lines as written (YAML), in place of the defaults.
            for (String field : vector.text().strip().split("\n")) {
                fields.put(field.substring(0, field.indexOf(':')), field.substring(field.indexOf(':') + 1).strip());
            }
            body = "The text of the item.\n";
        }
        StringBuilder text = new StringBuilder("---\n");
        fields.forEach((key, value) -> text.append(key).append(": ").append(value).append('\n'));
        return text.append("---\n").append(body).toString();
    }

    /**
     * What would run or load code in a page or a piece of text: event attributes, script addresses,
     * styles that run code, iframes of other hosts, a base address, a refresh to a script, plugins.
     */
    public static List<String> activeContent(Element root, String where) {
        List<String> problems = new ArrayList<>();
        for (Element element : root.getAllElements()) {
            String name = element.normalName();
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = compact(attribute.getValue());
                boolean picture = name.equals("img") && key.equals("src") && value.matches("data:image/(png|jpeg|gif|webp)[;,].*");
                if (key.startsWith("on")
                        || ADDRESSES.contains(key) && (value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:") && !picture)
                        || key.equals("style") && value.replaceAll("/\\*.*?\\*/|\\\\", "").matches(".*(expression|javascript|vbscript|binding|behavio|@import).*")) {
                    problems.add(where + ": " + key + " on <" + name + ">: " + element.outerHtml());
                }
            }
            if (name.equals("iframe") && !element.attr("src").startsWith("https://" + IFRAME_HOST + "/")
                    || name.equals("base") || name.equals("meta") && compact(element.attr("content")).matches(".*url=['\"]?(javascript|vbscript|data):.*") || name.equals("link") && element.attr("rel").equals("import")
                    || Set.of("object", "embed", "applet", "frame", "frameset").contains(name)) {
                problems.add(where + ": <" + name + ">: " + element.outerHtml());
            }
        }
        return problems;
    }

    /** An attribute's value as a browser reads an address in it: spaces and control characters dropped, lower case. */
    private static String compact(String value) {
        return value.replaceAll("[\\s\\x00-\\x1f\\x7f]+", "").toLowerCase(Locale.ROOT);
    }

    /** The elements of a text (an item's body) that never come from an author: scripts, styles, forms, plugins… */
    public static List<String> notInText(Element text, String where) {
        return text.select("*").stream().filter(element -> NOT_IN_TEXT.contains(element.normalName()))
                .map(element -> where + ": <" + element.normalName() + "> in the text: " + element.outerHtml()).toList();
    }
}
