package news.coop.portal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import news.coop.portal.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bakes the portal's real {@code content/} with the real templates and checks what readers get: the
 * meeting report in full, its area pages, and no broken link or missing asset anywhere.
 */
class RealContentTest {
    private static final String REPORT = "/en/news/2023/09/lukashenko-leningrad-region-cooperation/";

    @TempDir
    static Path dir;
    static Path site;
    static BuildResult result;

    @BeforeAll
    static void bakeTheRealContent() throws Exception {
        site = dir.resolve("site");
        result = new Build(new BuildOptions(Path.of("").toAbsolutePath(), site, false, TestSite.NOW)).run();
    }

    private static Document page(String url) throws IOException {
        return Jsoup.parse(Files.readString(file(url), StandardCharsets.UTF_8), "https://news.coop.example.org" + url);
    }

    private static Path file(String url) {
        String path = url.substring(1);
        return site.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
    }

    @Test
    void theMeetingReportShowsTheFullOriginalText() throws Exception {
        List<String> seed = Files.readAllLines(Path.of("src/test/resources/seed/meeting-report.txt"), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(line -> !line.isEmpty()).toList();
        Document report = page(REPORT);

        assertThat(seed.get(0)).startsWith("Posted: 26.09.2023 13:00:00");
        assertThat(report.selectFirst("h1").text()).isEqualTo(seed.get(1));
        assertThat(report.selectFirst("main .lead").text()).isEqualTo(seed.get(2));
        List<String> paragraphs = report.select("main .prose p").eachText();
        assertThat(paragraphs).hasSize(seed.size() - 3);
        for (int i = 3; i < seed.size(); i++) {
            assertThat(normaliseQuotes(paragraphs.get(i - 3))).isEqualTo(normaliseQuotes(seed.get(i)));
        }
        assertThat(report.selectFirst("main time").attr("datetime")).isEqualTo("2023-09-26T13:00:00+03:00");
    }

    /** One field of a source's front matter ("" when absent), read as written: {@code key: value} or {@code key: "value"}. */
    private static String field(Path source, String key) {
        try {
            List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
            for (int i = 1; i < lines.size() && !lines.get(i).equals("---"); i++) {
                String line = lines.get(i);
                if (line.startsWith(key + ":")) {
                    return line.substring(key.length() + 1).strip().replaceAll("^\"(.*)\"$", "$1");
                }
            }
            return "";
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Translation key → language → source, over every published news item of the real content. */
    private static java.util.Map<String, java.util.Map<String, Path>> newsTranslations() throws IOException {
        java.util.Map<String, java.util.Map<String, Path>> groups = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(Path.of("content/news"))) {
            for (Path source : walk.filter(file -> file.toString().endsWith(".md")).sorted().toList()) {
                String key = field(source, "translation");
                if (!key.isEmpty() && !field(source, "status").equals("draft")) {
                    groups.computeIfAbsent(key, k -> new java.util.TreeMap<>()).put(field(source, "lang"), source);
                }
            }
        }
        return groups;
    }

    /** The published URL of a news item of the real content, none of which sets its own slug or crosses a month in Minsk. */
    private static String newsUrl(Path source) {
        String name = source.getFileName().toString();
        return "/" + field(source, "lang") + "/news/" + name.substring(0, 4) + "/" + name.substring(5, 7) + "/"
                + name.substring(11, name.length() - 3) + "/";
    }

    @Test
    void atLeastFourStoriesExistInTwoOrThreeLanguages() throws Exception {
        java.util.Map<String, java.util.Map<String, Path>> groups = newsTranslations();
        List<String> multilingual = groups.entrySet().stream().filter(group -> group.getValue().size() >= 2).map(java.util.Map.Entry::getKey).toList();

        assertThat(multilingual).as(groups.toString()).hasSizeGreaterThanOrEqualTo(4);
        for (String key : multilingual) {
            for (Path source : groups.get(key).values()) {
                assertThat(file(newsUrl(source))).as(source.toString()).isRegularFile();
            }
        }
    }

    @Test
    void theMeetingReportHasARussianVersionLinkedByTheSameKey() throws Exception {
        java.util.Map<String, Path> report = newsTranslations().get("2023-09-26-leningrad-region");

        assertThat(report).containsKeys("en", "ru");
        assertThat(report.get("en")).isEqualTo(Path.of("content/news/2023/2023-09-26-lukashenko-leningrad-region-cooperation.md"));
        Path russian = report.get("ru");
        assertThat(field(russian, "date")).isEqualTo("2023-09-26T13:00:00+03:00");
        assertThat(field(russian, "areas")).isEqualTo(field(report.get("en"), "areas"));
        assertThat(russian.getFileName().toString()).matches("2023-09-26-[a-z0-9-]+\\.md");
        Document page = page(newsUrl(russian));
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ru");
        assertThat(page.selectFirst("h1").text()).contains("Лукашенко", "Ленинградской област");
    }

    @Test
    void theCorePagesExistInRussianAndBelarusianLinkedByOneKey() throws Exception {
        for (String slug : List.of("about", "contacts", "accessibility")) {
            Path russian = Path.of("content/pages/" + slug + ".ru.md");
            Path belarusian = Path.of("content/pages/" + slug + ".be.md");
            assertThat(field(russian, "lang")).isEqualTo("ru");
            assertThat(field(belarusian, "lang")).isEqualTo("be");
            assertThat(field(russian, "translation")).as(slug).isNotEmpty().isEqualTo(field(belarusian, "translation"))
                    .isEqualTo(field(Path.of("content/pages/" + slug + ".md"), "translation"));
            for (String lang : List.of("en", "ru", "be")) {
                Document page = page("/" + lang + "/" + slug + "/");
                assertThat(page.select("footer a[href=/" + lang + "/" + slug + "/]")).as(lang + " " + slug).hasSize(1);
            }
        }
    }

    /** Typography may curl straight quotes; the words, their order and every quotation stay. */
    private static String normaliseQuotes(String text) {
        return text.replaceAll("[“”\"]", "\"");
    }

    @Test
    void theMeetingReportLinksToItsAreasAndEachAreaListsIt() throws Exception {
        Document report = page(REPORT);
        for (String area : List.of("construction", "energy", "roads")) {
            String url = "/en/areas/" + area + "/";
            assertThat(report.select("main a[href=" + url + "]")).as(area).isNotEmpty();
            assertThat(page(url).select("main a[href=" + REPORT + "]")).as(url).isNotEmpty();
        }
        assertThat(report.select("main a[href=/en/regions/leningrad-region/]")).isNotEmpty();
    }

    @Test
    void everyInternalLinkAndAssetReferenceResolves() throws Exception {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path html : htmlFiles()) {
            String url = "/" + site.relativize(html).toString().replace('\\', '/');
            Document page = Jsoup.parse(Files.readString(html, StandardCharsets.UTF_8), "https://news.coop.example.org" + url);
            for (Element element : page.select("a[href], link[href], img[src], script[src]")) {
                String target = element.absUrl(element.hasAttr("href") ? "href" : "src");
                URI uri = URI.create(target);
                if (!"news.coop.example.org".equals(uri.getHost())) {
                    continue;
                }
                checked++;
                Path resolved = file(uri.getPath());
                if (!Files.isRegularFile(resolved)) {
                    broken.add(url + " → " + target);
                } else if (uri.getFragment() != null && resolved.toString().endsWith(".html")
                        && Jsoup.parse(Files.readString(resolved, StandardCharsets.UTF_8)).getElementById(uri.getFragment()) == null) {
                    broken.add(url + " → " + target + " (no such id)");
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(checked).isGreaterThan(1000);
    }

    @Test
    void everyPageKindIsPublished() {
        for (String url : List.of("/", "/404.html", "/robots.txt", "/sitemap.xml", "/en/", "/en/feed.xml", "/en/areas/", "/en/areas/energy/",
                "/en/areas/energy/feed.xml", "/en/regions/", "/en/regions/leningrad-region/", "/en/regions/leningrad-region/feed.xml",
                "/en/archive/", "/en/archive/2023/", "/en/about/", "/en/accessibility/", "/ru/", "/be/", REPORT)) {
            assertThat(file(url)).as(url).isRegularFile();
        }
        assertThat(result.newsItems()).isGreaterThanOrEqualTo(12);
    }

    @Test
    void noPageShowsAnUnlocalisedKeyOrATemplateLeftover() throws Exception {
        Set<String> offenders = new TreeSet<>();
        for (Path html : htmlFiles()) {
            String text = Files.readString(html, StandardCharsets.UTF_8);
            if (text.contains("${") || text.contains("<#") || text.matches("(?s).*>[a-z]+\\.[a-z.]+<.*")) {
                offenders.add(site.relativize(html).toString());
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void theRootSendsReadersToTheRussianHome() {
        Document root = Jsoup.parse(readString(file("/")), "https://news.coop.example.org/");

        assertThat(root.selectFirst("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=/ru/");
        assertThat(root.selectFirst("html").attr("lang")).isEqualTo("ru");
        assertThat(root.select("main ul a[hreflang]").eachAttr("hreflang")).containsExactly("ru", "be", "en");
        assertThat(Jsoup.parse(readString(file("/404.html"))).selectFirst("html").attr("lang")).isEqualTo("ru");
    }

    @Test
    void everyPageNamesExactlyItsLanguageVersions() throws IOException {
        LanguageVersions versions = new LanguageVersions(site, "https://news.coop.example.org", List.of("ru", "be", "en"), "ru");
        Map<String, Set<String>> stories = stories(versions);

        assertThat(stories.values().stream().filter(group -> group.size() > 1).count()).as("translated stories").isGreaterThanOrEqualTo(2);
        assertThat(versions.problems(path -> stories.getOrDefault(path, versions.samePathVersions(path)))).isEmpty();
        Map<String, Map<String, String>> sitemap = versions.sitemap();
        assertThat(sitemap.keySet()).containsExactlyInAnyOrderElementsOf(versions.pages());
        for (String path : versions.pages()) {
            assertThat(sitemap.get(path)).as(path).containsExactlyEntriesOf(versions.alternates(path));
        }
    }

    /**
     * The versions of every published news item, found independently of the tool: the items whose
     * front matter shares a translation key, matched to their pages by language and title.
     */
    private static Map<String, Set<String>> stories(LanguageVersions versions) throws IOException {
        Map<String, String> pageByTitle = new java.util.HashMap<>();
        for (String path : versions.pages()) {
            if (path.matches("/[a-z]+/news/.*")) {
                pageByTitle.put(LanguageVersions.language(path) + " " + normaliseQuotes(versions.page(path).selectFirst("h1").text()), path);
            }
        }
        Map<String, Set<String>> byKey = new java.util.HashMap<>();
        Map<String, Set<String>> stories = new java.util.HashMap<>();
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(Path.of("content/news"))) {
            sources = walk.filter(file -> file.toString().endsWith(".md")).sorted().toList();
        }
        for (Path source : sources) {
            Map<String, String> front = new java.util.HashMap<>();
            String[] parts = Files.readString(source, StandardCharsets.UTF_8).split("(?m)^---\\s*$", 3);
            for (String line : parts[1].split("\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && !line.startsWith(" ")) {
                    front.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip().replaceAll("^\"(.*)\"$", "$1"));
                }
            }
            String path = pageByTitle.get(front.get("lang") + " " + normaliseQuotes(front.get("title")));
            if (path == null) {
                continue; // a draft, or embargoed
            }
            String key = front.getOrDefault("translation", "");
            Set<String> group = key.isEmpty() ? new TreeSet<>() : byKey.computeIfAbsent(key, k -> new TreeSet<>());
            group.add(path);
            stories.put(path, group);
        }
        assertThat(stories.keySet()).as("every news page is matched to its source").containsExactlyInAnyOrderElementsOf(pageByTitle.values());
        return stories;
    }

    @Test
    void noPageShowsAnotherLanguagesUiText() throws IOException {
        Map<String, Map<String, String>> messages = UntranslatedText.messages(Path.of("templates/messages"), List.of("ru", "be", "en"));
        List<String> found = new ArrayList<>();
        int scanned = 0;
        for (Path html : htmlFiles()) {
            Document page = Jsoup.parse(Files.readString(html, StandardCharsets.UTF_8));
            String lang = page.selectFirst("html").attr("lang");
            for (String text : UntranslatedText.find(page, lang, messages)) {
                found.add(site.relativize(html) + ": " + text);
            }
            scanned++;
        }
        assertThat(found).isEmpty();
        assertThat(scanned).isGreaterThan(60);
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Path> htmlFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
    }
}
