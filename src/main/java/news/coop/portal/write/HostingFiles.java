package news.coop.portal.write;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import news.coop.portal.address.Addresses;

/**
 * The hosts' configuration the build writes with the site: {@code _headers} at its root (Netlify,
 * Cloudflare Pages) and an nginx snippet beside it. Both give fingerprinted files
 * ({@link Fingerprints}) a year's lifetime, {@link #IMMUTABLE}, and the files that change under
 * their name (pages, feeds, sitemap.xml and its parts, robots.txt, 404.html, the search index) {@link #SHORT}.
 * No Content-Security-Policy: the pages' inline script and JSON-LD would need hashes kept in step
 * with the templates. Stateless.
 */
public final class HostingFiles {
    /** The name of the headers file, at the site's root. */
    public static final String HEADERS = "_headers";
    public static final String IMMUTABLE = "public, max-age=31536000, immutable";
    public static final String SHORT = "public, max-age=300, must-revalidate";
    /** The parts of a sitemap split for its size, listed by {@code sitemap.xml}, its index: {@code sitemap-1.xml} …. */
    private static final Pattern SITEMAP_PART = Pattern.compile("sitemap-[1-9][0-9]*\\.xml");
    private static final List<String> SECURITY = List.of("X-Content-Type-Options: nosniff", "Referrer-Policy: strict-origin-when-cross-origin");

    private HostingFiles() {
    }

    /**
     * The {@code _headers} file. Hosts join the values of every rule that matches a path, so no two
     * rules give Cache-Control to one path: the short lifetime goes to the root files (the parts of a
     * split sitemap a rule each: one per 50,000 addresses) and the language folders, and the year to
     * the files named by their content outside those. A folder
     * whose files (its subfolders' too) are all named by content gets one rule, {@code /img/news/*},
     * so that a site of many pictures keeps a short file (Cloudflare Pages reads at most 100 rules);
     * other such files get a rule each. Other files (a PDF, a picture only linked to) keep the host's
     * default, which revalidates.
     *
     * @param basePath  the site's path on its host ("" at the root)
     * @param named     the files named by their content, as paths inside the site
     * @param plain     the site's other files: a folder holding one of them gets no rule of its own
     */
    public static String headers(String basePath, Collection<String> named, Collection<String> plain, List<String> languages) {
        StringBuilder text = new StringBuilder("# Written by portal build: cache lifetimes and security headers (README, \"Publishing and hosting\").\n");
        rule(text, basePath + "/*", SECURITY);
        Set<String> mixed = new TreeSet<>();
        plain.forEach(file -> mixed.addAll(folders(file)));
        Set<String> patterns = new TreeSet<>();
        for (String file : named) {
            if (file.indexOf('/') < 0 || languages.contains(file.substring(0, file.indexOf('/')))) {
                continue;
            }
            patterns.add(folders(file).stream().filter(folder -> !mixed.contains(folder)).findFirst().map(folder -> folder + "*").orElse(file));
        }
        // A path is an address: a name with a space or in Cyrillic is escaped, as pages link to it (the * stays a wildcard).
        patterns.forEach(pattern -> rule(text, basePath + Addresses.make("/" + pattern.replaceFirst("\\*$", "")) + (pattern.endsWith("*") ? "*" : ""),
                List.of("Cache-Control: " + IMMUTABLE)));
        List<String> short_ = List.of("Cache-Control: " + SHORT);
        rule(text, basePath + "/", short_);
        for (String file : List.of("index.html", "404.html", "sitemap.xml", "robots.txt")) {
            rule(text, basePath + "/" + file, short_);
        }
        // The parts of a sitemap too large for one file change under their names as sitemap.xml does.
        plain.stream().filter(file -> SITEMAP_PART.matcher(file).matches())
                .sorted(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
                .forEach(file -> rule(text, basePath + "/" + file, short_));
        for (String lang : languages) {
            rule(text, basePath + "/" + lang + "/*", short_);
        }
        return text.toString();
    }

    /** The folders that hold a file, outermost first: {@code img/news/a.jpg} → {@code img/}, {@code img/news/}. */
    private static List<String> folders(String file) {
        List<String> folders = new ArrayList<>();
        for (int slash = file.indexOf('/'); slash >= 0; slash = file.indexOf('/', slash + 1)) {
            folders.add(file.substring(0, slash + 1));
        }
        return folders;
    }

    private static void rule(StringBuilder text, String path, List<String> headers) {
        text.append(path).append('\n');
        headers.forEach(header -> text.append("  ").append(header).append('\n'));
    }

    /**
     * The nginx snippet, to include in the {@code server} block whose {@code root} is the published
     * site. nginx drops a server's {@code add_header} lines in a location that has its own, so each
     * location repeats the security headers.
     */
    public static String nginx(String basePath) {
        String security = """
                    add_header X-Content-Type-Options "nosniff" always;
                    add_header Referrer-Policy "strict-origin-when-cross-origin" always;
                """;
        return """
                # Written by portal build (README, "Publishing and hosting"). Include it in the server block
                # whose root is the published site, e.g.:  root /srv/portal/site;  include /srv/portal/site-nginx.conf;
                # Serve foo.css.gz for foo.css to clients that accept gzip (the build writes them, level 6).
                gzip_static on;
                # Serve foo.css.br to clients that accept Brotli (the build writes them, quality 6): uncomment where
                # nginx has the third-party ngx_brotli module (load_module ... ngx_http_brotli_static_module.so).
                # brotli_static on;
                error_page 404 %1$s/404.html;

                # Fingerprinted files (name.3f9a1c2e7b.ext: ten hex digits of SHA-256 of the content) never change.
                location ~ "^%1$s/.+\\.[0-9a-f]{10}(\\.[A-Za-z0-9]+)?$" {
                    add_header Cache-Control "%2$s" always;
                %3$s    try_files $uri =404;
                }

                # Pages, feeds, sitemap.xml, robots.txt, the search index and files only linked to change under their name.
                location %1$s/ {
                    add_header Cache-Control "%4$s" always;
                %3$s    try_files $uri $uri/ =404;
                }
                """.formatted(basePath, IMMUTABLE, security, SHORT);
    }
}
