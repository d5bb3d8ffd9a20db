package news.coop.portal.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The Hugo form of the reference archive, as {@code gen-corpus.py --format hugo} writes it into a
 * copy of the reference Hugo site: the site's configuration and templates (shipped unchanged in
 * {@value #RESOURCES}), its two pages, and each item with Hugo's YAML front matter (title, date
 * without an offset, tags). Stateless.
 */
final class HugoSite {
    /** Where the reference Hugo site lies on the class path (see {@code src/main/resources/bench/README.md}). */
    static final String RESOURCES = "/bench/hugo-site/";
    /** Every file of the reference Hugo site. */
    static final List<String> FILES = List.of("config.toml", "content/archive.md", "layouts/index.html", "layouts/_default/archive.html",
            "layouts/_default/baseof.html", "layouts/_default/single.html", "layouts/_default/taxonomy.html", "layouts/_default/term.html",
            "layouts/partials/footer.html", "layouts/partials/header.html", "static/css/site.css");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:00", Locale.ROOT);
    /** The script's {@code PAGES}: slug, title, text. */
    private static final List<List<String>> PAGES = List.of(
            List.of("about", "About the portal", "This portal publishes official news about international cooperation in construction, energy, "
                    + "transport, education and other areas.\n\nAll materials are prepared by the press service.\n"),
            List.of("contacts", "Contacts", "Press service: press@example.org\n\nAddress: 1 Example Street, Moscow.\n"));

    private HugoSite() {
    }

    /** Writes the reference site's files and its two pages into {@code site}, which holds no news yet. */
    static void writeSite(Path site) throws IOException {
        for (String name : FILES) {
            try (InputStream in = HugoSite.class.getResourceAsStream(RESOURCES + name)) {
                if (in == null) {
                    throw new IOException("the reference Hugo site is missing from the class path: " + RESOURCES + name);
                }
                SyntheticArchive.write(site.resolve(name), in.readAllBytes());
            }
        }
        for (List<String> page : PAGES) {
            SyntheticArchive.write(site.resolve("content/" + page.get(0) + ".md"),
                    ("---\ntitle: " + json(page.get(1)) + "\ndate: 2015-01-01T00:00:00\n---\n\n" + page.get(2)).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Where item {@code post} lies in the Hugo site: {@code content/news/YYYY/slug.md}. */
    static String path(ReferencePosts.Post post) {
        return String.format(Locale.ROOT, "content/news/%04d/%s.md", post.date().getYear(), post.slug());
    }

    /** The item's file, as the script's {@code write_hugo} writes it. */
    static String text(ReferencePosts.Post post) {
        return "---\ntitle: " + json(post.title()) + "\ndate: " + DATE.format(post.date()) + "\ntags: "
                + post.tags().stream().map(HugoSite::json).collect(Collectors.joining(", ", "[", "]")) + "\n---\n\n" + post.body();
    }

    /** Python's {@code json.dumps(text, ensure_ascii=False)} of a string: quotes, backslashes and control characters escaped. */
    static String json(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> json.append(c < 0x20 ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return json.append('"').toString();
    }
}
