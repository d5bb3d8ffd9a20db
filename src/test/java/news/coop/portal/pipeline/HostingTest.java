package news.coop.portal.pipeline;

import static news.coop.portal.TestSite.hashes;
import static news.coop.portal.TestSite.sha256;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import news.coop.portal.TestSite;
import news.coop.portal.TestSite.Run;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site is ready for a static host: files from assets/ are published under names that hold a hash
 * of their content and every page links to those names; {@code _headers} and the nginx snippet give
 * them a year's lifetime and the pages a short one; every text file over 1 KB has a deterministic
 * {@code .gz} and {@code .br} beside it.
 */
class HostingTest {
    private static final Pattern FINGERPRINTED = Pattern.compile(".+\\.([0-9a-f]{10})(\\.[A-Za-z0-9]+)?");
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final String SHORT = "public, max-age=300, must-revalidate";

    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.create(dir).standardPages()
                .news("2024-01-01-plant", "A plant", "energy", "image: /img/news/plant.jpg", "image_alt: The plant")
                .news("2024-01-02-roads", "Roads", "roads")
                .picture("assets/img/news/plant.jpg", 1700, 1000);
    }

    @Test
    void everyAssetReferenceOfEveryPageIsAPublishedFileAndScriptsAndStylesAreFingerprinted() throws Exception {
        TestSite site = site();
        site.build();

        int checked = 0;
        for (String file : site.publishedFiles()) {
            if (!file.endsWith(".html")) {
                continue;
            }
            Document page = site.page("/" + file);
            for (Element element : page.select("link[rel=stylesheet], script[src]")) {
                String address = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                assertThat(address).as(file).matches(FINGERPRINTED);
                assertThat(site.output().resolve(address.substring(1))).as(file + " → " + address).isRegularFile();
                checked++;
            }
            for (Element image : page.select("img[src], img[srcset], source[srcset], meta[property=og:image]")) {
                List<String> addresses = new ArrayList<>();
                if (image.hasAttr("src")) {
                    addresses.add(image.attr("src"));
                }
                if (image.hasAttr("content")) {
                    addresses.add(image.attr("content").replace("https://news.example.org", ""));
                }
                for (String candidate : image.attr("srcset").split(",")) {
                    if (!candidate.isBlank()) {
                        addresses.add(candidate.trim().split("\\s+")[0]);
                    }
                }
                for (String address : addresses) {
                    assertThat(site.output().resolve(address.substring(1))).as(file + " → " + address).isRegularFile();
                }
            }
        }
        assertThat(checked).isGreaterThan(20);
        // The name is the start of the SHA-256 of the bytes (of the original, for copies of a
        // picture, named after what makes them), and the plain names are not published.
        for (String file : site.publishedFiles()) {
            var name = FINGERPRINTED.matcher(file);
            if ((file.startsWith("css/") || file.startsWith("js/") || file.startsWith("img/")) && !isCopy(file)) {
                assertThat(name.matches()).as(file).isTrue();
                if (!file.matches(".+-\\d+w\\..+")) {
                    assertThat(name.group(1)).isEqualTo(sha256(Files.readAllBytes(site.output().resolve(file))).substring(0, 10));
                }
            }
        }
        assertThat(site.publishedFiles()).doesNotContain("css/site.css", "js/vi.js", "js/search.js", "js/search-be.js",
                "js/vendor/snowball-stemmers.js", "img/news/plant.jpg");
        assertThat(site.publishedFiles()).filteredOn(file -> file.startsWith("img/news/")).hasSize(4);
    }

    @Test
    void aChangedStylesheetChangesItsNameOnEveryPage() throws Exception {
        TestSite site = site();
        site.build();
        String before = stylesheet(site.page("/en/"));

        Path css = site.root().resolve("assets/css/site.css");
        Files.writeString(css, Files.readString(css) + "\n.changed { color: red; }\n");
        site.build();

        String after = stylesheet(site.page("/en/"));
        assertThat(after).isNotEqualTo(before).matches(FINGERPRINTED);
        assertThat(site.output().resolve(before.substring(1))).doesNotExist();
        assertThat(site.output().resolve(after.substring(1))).isRegularFile();
        for (String file : site.publishedFiles()) {
            // All but the redirect at /, which has no shell.
            if (file.endsWith(".html") && !file.equals("index.html")) {
                assertThat(stylesheet(site.page("/" + file))).as(file).isEqualTo(after);
            }
        }
    }

    @Test
    void aStylesheetNamesTheFingerprintedFilesItUsesAndIsNamedAfterThem() throws Exception {
        TestSite site = site().file("assets/css/print.css", "@media print { a::after { content: attr(href); } }\n")
                .file("assets/fonts/pt.woff2", "woff2 bytes").file("assets/fonts/pt.woff", "woff bytes")
                .picture("assets/img/bg.png", 40, 40);
        Path css = site.root().resolve("assets/css/site.css");
        Files.writeString(css, """
                @import "print.css";
                .hero { background: url(../img/bg.png) no-repeat; }
                @font-face { font-family: PT; src: url("/fonts/pt.woff2") format("woff2"), url('../fonts/pt.woff?v=2#pt') format("woff"); }
                .dot { background: url(data:image/png;base64,AAAA); } .filtered { filter: url(#soft); }
                /* url(../img/gone.png) stays a comment */
                """ + Files.readString(css));
        site.build();

        String published = stylesheet(site.page("/en/")).substring(1);
        String text = Files.readString(site.output().resolve(published));
        assertThat(text).startsWith("@import \"" + site.asset("css/print.css").substring(4) + "\";\n"
                + ".hero { background: url(../" + site.asset("img/bg.png") + ") no-repeat; }\n"
                + "@font-face { font-family: PT; src: url(\"/" + site.asset("fonts/pt.woff2") + "\") format(\"woff2\"), url('../"
                + site.asset("fonts/pt.woff") + "?v=2#pt') format(\"woff\"); }\n"
                + ".dot { background: url(data:image/png;base64,AAAA); } .filtered { filter: url(#soft); }\n"
                + "/* url(../img/gone.png) stays a comment */\n");
        assertThat(published).isEqualTo("css/site." + sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 10) + ".css");
        assertThat(site.publishedFiles()).doesNotContain("img/bg.png", "fonts/pt.woff2", "css/print.css");

        // A new font renames the stylesheet that names it, and every page links to the new name.
        Files.writeString(site.root().resolve("assets/fonts/pt.woff2"), "new woff2 bytes");
        site.build();
        String renamed = stylesheet(site.page("/en/")).substring(1);
        assertThat(renamed).isNotEqualTo(published);
        assertThat(Files.readString(site.output().resolve(renamed))).contains("url(\"/" + site.asset("fonts/pt.woff2") + "\")");
    }

    @Test
    void aStylesheetAddressUnderABasePathGetsThePathAndRelativeOnesStayRelative() throws Exception {
        TestSite site = site().file("assets/fonts/pt.woff2", "woff2 bytes").file("assets/css/extra.css", ".a { src: url(/fonts/pt.woff2); }\n"
                + ".b { src: url(../fonts/pt.woff2); }\n");
        Run run = site.cli("build", "--base-url", "https://example.org/portal");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(site.output().resolve(site.asset("css/extra.css"))))
                .isEqualTo(".a { src: url(/portal/" + site.asset("fonts/pt.woff2") + "); }\n.b { src: url(../" + site.asset("fonts/pt.woff2") + "); }\n");
    }

    @Test
    void filesNamedWithSpacesOrInCyrillicAreNamedByTheirAddressesInStylesheetsAndHeaders() throws Exception {
        TestSite site = site().file("assets/fonts/pt sans.woff2", "woff2 bytes").file("assets/css/extra.css", ".a { src: url(../fonts/pt%20sans.woff2); }\n")
                .picture("content/news/2024/завод.png", 300, 200).file("content/news/2024/plan.pdf", "%PDF-1.4\n")
                .file("content/news/2024/2024-06-04-plant.md", "---\ntitle: The plant\ndate: 2024-06-04T10:00:00+03:00\nlead: The plant.\n"
                        + "areas: [energy]\nlang: en\n---\n![The plant](завод.png)\n");
        site.build();

        String font = site.asset("fonts/pt sans.woff2");
        assertThat(Files.readString(site.output().resolve(site.asset("css/extra.css")))).isEqualTo(".a { src: url(../" + font.replace(" ", "%20") + "); }\n");
        String picture = site.asset("news/2024/завод.png");
        assertThat(picture).matches("news/2024/завод\\.[0-9a-f]{10}\\.png");
        String address = "/news/2024/%D0%B7%D0%B0%D0%B2%D0%BE%D0%B4" + picture.substring("news/2024/завод".length());
        assertThat(site.page("/en/news/2024/06/plant/").selectFirst("main .prose img").attr("src")).isEqualTo(address);
        assertThat(headers(Files.readString(site.output().resolve("_headers")))).containsEntry(address, List.of("Cache-Control: " + IMMUTABLE));
    }

    @Test
    void aStylesheetThatNamesAMissingFileOrImportsItselfStopsTheBuildAtTheAddress() throws Exception {
        TestSite site = site();
        site.build();
        Map<String, String> before = hashes(site.output());
        site.file("assets/css/a.css", "@import 'b.css';\n").file("assets/css/b.css", "/* b */\n.x {\n  background: url( \"../img/gone.png\" );\n}\n@import \"a.css\";\n");
        Run run = site.cli("build");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("""
                assets/css/b.css:3:21: error [css.missing-file] the stylesheet names "../img/gone.png", a file the site does not have \
                — put the file at assets/img/gone.png, or correct the address (relative to the stylesheet's folder)
                assets/css/b.css:5:10: error [css.import-cycle] the stylesheet imports "a.css", which imports it back — remove one of the two imports
                portal: 2 errors; nothing was published, the previous site is unchanged
                """);
        assertThat(hashes(site.output())).isEqualTo(before);
    }

    @Test
    void headersGiveFingerprintedFilesAYearAndPagesFeedsAndTheIndexAShortLifetime() throws Exception {
        TestSite site = site();
        site.build();
        Map<String, List<String>> rules = headers(Files.readString(site.output().resolve("_headers")));

        int fingerprinted = 0;
        int short_ = 0;
        for (String file : site.publishedFiles()) {
            if (isCopy(file) || file.equals("_headers")) {
                continue;
            }
            List<String> urls = new ArrayList<>(List.of("/" + file));
            if (file.endsWith("index.html")) {
                urls.add("/" + file.substring(0, file.length() - "index.html".length()));
            }
            for (String url : urls) {
                // Hosts join the values of every matching rule: exactly one may set Cache-Control.
                List<String> all = new ArrayList<>();
                rules.forEach((pattern, values) -> {
                    if (matches(pattern, url)) {
                        all.addAll(values);
                    }
                });
                List<String> cacheControl = all.stream().filter(value -> value.startsWith("Cache-Control: ")).map(value -> value.substring(15)).toList();
                assertThat(all).as(url).contains("X-Content-Type-Options: nosniff");
                if (FINGERPRINTED.matcher(file).matches()) {
                    assertThat(cacheControl).as(url).containsExactly(IMMUTABLE);
                    fingerprinted++;
                } else if (file.matches(".+\\.(html|xml|json|txt)")) {
                    assertThat(cacheControl).as(url).containsExactly(SHORT);
                    short_++;
                } else {
                    assertThat(cacheControl).as(url + ": a file under its own name keeps the host's default").isEmpty();
                }
            }
        }
        assertThat(fingerprinted).as("5 scripts and styles, a picture and its 3 copies").isEqualTo(9);
        // One rule for a folder of fingerprinted files: a site of many pictures keeps a short file.
        assertThat(rules).containsKeys("/css/*", "/js/*", "/img/*").doesNotContainKey("/" + site.asset("img/news/plant.jpg"));
        assertThat(short_).isGreaterThan(30);
        assertThat(site.publishedFiles()).anyMatch(file -> file.matches("en/search/.+\\.json"));
        assertThat(rules.get("/")).containsExactly("Cache-Control: " + SHORT);
    }

    @Test
    void aFolderHoldingAFileUnderItsOwnNameGetsARuleForEachFingerprintedFile() throws Exception {
        TestSite site = site().picture("assets/img/news/only-linked.png", 20, 20).picture("content/news/2024/beside.png", 30, 20)
                .file("content/news/2024/2024-01-03-beside.md", """
                        ---
                        title: Beside
                        date: 2024-01-03T10:00:00+03:00
                        lead: A picture beside its source.
                        areas: [energy]
                        lang: en
                        ---
                        ![A picture beside the source](beside.png) and [a link](/img/news/only-linked.png).
                        """);
        site.build();
        Map<String, List<String>> rules = headers(Files.readString(site.output().resolve("_headers")));

        List<String> immutable = rules.entrySet().stream().filter(rule -> rule.getValue().contains("Cache-Control: " + IMMUTABLE)).map(Map.Entry::getKey).toList();
        List<String> plant = site.publishedFiles().stream().filter(file -> file.startsWith("img/news/plant")).map(file -> "/" + file).toList();
        assertThat(plant).hasSize(4);
        assertThat(immutable).containsAll(plant).contains("/css/*", "/js/*", "/news/*")
                .doesNotContain("/img/*", "/img/news/*").noneMatch(pattern -> matches(pattern, "/img/news/only-linked.png"));
        assertThat(site.publishedFiles()).contains("img/news/only-linked.png", site.asset("news/2024/beside.png"));
    }

    @Test
    void theNginxSnippetServesCompressedCopiesAndGivesFingerprintedFilesAYear() throws Exception {
        TestSite site = site();
        site.build();
        String nginx = Files.readString(site.output().resolveSibling("site-nginx.conf"));

        assertThat(nginx).contains("gzip_static on;", "# brotli_static on;", "add_header Cache-Control \"" + IMMUTABLE + "\" always;",
                "add_header Cache-Control \"" + SHORT + "\" always;", "error_page 404 /404.html;");
        var location = Pattern.compile("location ~ \"(.+)\" \\{").matcher(nginx);
        assertThat(location.find()).isTrue();
        Pattern immutable = Pattern.compile(location.group(1));
        for (String file : site.publishedFiles()) {
            boolean fingerprinted = file.matches("(css|js|img)/.+") && !isCopy(file);
            assertThat(immutable.matcher("/" + file).find()).as(file).isEqualTo(fingerprinted);
        }
    }

    @Test
    void everyTextFileOverOneKilobyteHasADeterministicGzipAndBrotliCopyBesideIt() throws Exception {
        TestSite site = site();
        site.build();
        Map<String, String> first = new LinkedHashMap<>();
        for (String file : site.publishedFiles()) {
            Path path = site.output().resolve(file);
            if (isCopy(file)) {
                String original = file.substring(0, file.length() - 3);
                assertThat(TestSite.decompressed(path)).as(file).isEqualTo(Files.readAllBytes(site.output().resolve(original)));
                if (file.endsWith(".gz")) {
                    byte[] gz = Files.readAllBytes(path);
                    assertThat(gz[3] & 0xff).as(file + ": no name, no flags").isZero();
                    assertThat(new byte[] {gz[4], gz[5], gz[6], gz[7]}).as(file + ": mtime 0").containsOnly(0);
                }
                first.put(file, sha256(Files.readAllBytes(path)));
            } else if (file.matches(".+\\.(html|css|js|json|xml|txt|svg)") && Files.size(path) > 1024) {
                assertThat(site.output().resolve(file + ".gz")).as(file).isRegularFile();
                assertThat(site.output().resolve(file + ".br")).as(file).isRegularFile();
            } else {
                assertThat(site.output().resolve(file + ".gz")).as(file).doesNotExist();
                assertThat(site.output().resolve(file + ".br")).as(file).doesNotExist();
            }
        }
        assertThat(first.keySet().stream().filter(file -> file.endsWith(".br")).count()).isGreaterThan(30)
                .isEqualTo(first.keySet().stream().filter(file -> file.endsWith(".gz")).count());
        String css = "css/" + stylesheet(site.page("/en/")).substring(5);
        assertThat(first).containsKeys(css + ".gz", css + ".br", "sitemap.xml.gz", "sitemap.xml.br", "en/feed.xml.br", "en/index.html.br");
        // Small text files have none: the redirect at / and robots.txt.
        assertThat(Files.size(site.output().resolve("robots.txt"))).isLessThanOrEqualTo(1024);
        assertThat(site.publishedFiles()).contains("index.html", "robots.txt").doesNotContain("index.html.br", "robots.txt.br", "robots.txt.gz");

        Path again = dir.resolve("again");
        site.build(new BuildOptions(site.root(), again, false, TestSite.NOW));
        for (Map.Entry<String, String> copy : first.entrySet()) {
            assertThat(sha256(Files.readAllBytes(again.resolve(copy.getKey())))).as(copy.getKey()).isEqualTo(copy.getValue());
        }
    }

    /**
     * Where Brotli's native library does not load (here: made to look for it where it is not), the
     * build still succeeds, with its .gz copies and no .br, and says so once, naming the platform.
     */
    @Test
    void withoutBrotliTheBuildWarnsOnceAndWritesOnlyGzip() throws Exception {
        TestSite site = site();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dbrotli4j.library.path=" + dir.resolve("no-such-library.so"), "-cp", System.getProperty("java.class.path"),
                "news.coop.portal.cli.Main", "build", "--now", TestSite.NOW.toString(), "--project", site.root().toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        List<String> warnings = output.lines().filter(line -> line.contains("site.no-brotli")).toList();
        assertThat(warnings).as(output).singleElement().asString()
                .startsWith("target/site: warning [site.no-brotli] no .br copies: Brotli's native library (brotli4j) does not load on "
                        + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        assertThat(site.publishedFiles()).contains("sitemap.xml.gz", "en/index.html.gz").noneMatch(file -> file.endsWith(".br"));
    }

    /** A compressed copy of a published file, not a file of its own. */
    private static boolean isCopy(String file) {
        return file.endsWith(".gz") || file.endsWith(".br");
    }

    private static String stylesheet(Document page) {
        return page.selectFirst("link[rel=stylesheet]").attr("href");
    }

    /** The rules of a {@code _headers} file: path pattern → its header lines, in order. */
    static Map<String, List<String>> headers(String text) {
        Map<String, List<String>> rules = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("  ")) {
                assertThat(current).as("a header before any path: " + line).isNotNull();
                assertThat(line.trim()).matches("[A-Za-z-]+: .+");
                current.add(line.trim());
            } else {
                assertThat(line).startsWith("/");
                assertThat(rules).as("one rule per path").doesNotContainKey(line);
                current = new ArrayList<>();
                rules.put(line, current);
            }
        }
        return rules;
    }

    /** Netlify's and Cloudflare's path patterns: {@code *} matches any rest of the path. */
    private static boolean matches(String pattern, String url) {
        return pattern.endsWith("*") ? url.startsWith(pattern.substring(0, pattern.length() - 1)) : pattern.equals(url);
    }
}
