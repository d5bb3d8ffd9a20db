package news.coop.portal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import news.coop.portal.diag.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * How {@code jbake.properties} becomes a {@link SiteConfig}: every problem at once, each where it is
 * written, whatever the file's layout (separators, indentation, continuation lines, comments).
 */
class ConfigReaderTest {
    private static final Path ROOT = Path.of("/site");

    @Test
    void aGoodFileGivesTheConfigurationWithoutADiagnostic() {
        ConfigReader.Result result = read("""
                site.host = https://news.example.org/
                portal.languages = ru, be, en
                portal.timezone: Europe/Vilnius
                portal.page_size 5
                """);

        assertThat(result.diagnostics()).isEmpty();
        SiteConfig config = result.config();
        assertThat(config.baseUrl()).isEqualTo("https://news.example.org");
        assertThat(config.languages()).containsExactly("ru", "be", "en");
        assertThat(config.defaultLanguage()).isEqualTo("ru");
        assertThat(config.zone()).isEqualTo(ZoneId.of("Europe/Vilnius"));
        assertThat(config.pageSize()).isEqualTo(5);
        assertThat(config.feedSize()).isEqualTo(20);
        assertThat(config.contentDir()).isEqualTo(ROOT.resolve("content"));
    }

    @Test
    void eachValueProblemIsReportedAtItsValueWhateverTheLayout() {
        ConfigReader.Result result = read("""
                # Site
                site.host=https://news.example.org
                portal.languages=en,ru,be

                  portal.page_size : ten
                portal.feed_size   0
                portal.core_languages = ru,\\
                    by
                ! a comment
                portal.html.iframe_hosts=www.youtube-nocookie.com, https://player.vimeo.com/
                portal.default_language=de
                """);

        assertThat(result.config()).isNull();
        assertThat(result.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                "jbake.properties:5:22: error [config.number] portal.page_size must be a whole number above 0, not \"ten\" — for example portal.page_size = 10",
                "jbake.properties:6:20: error [config.number] portal.feed_size must be a whole number above 0, not \"0\" — for example portal.feed_size = 20",
                "jbake.properties:7:25: error [config.core-language] the core language \"by\" is not in portal.languages (en,ru,be)"
                        + " — did you mean \"be\"?",
                "jbake.properties:10:52: error [config.iframe-host] \"https://player.vimeo.com/\" is not a host name — write host names alone,"
                        + " without https:// or a path, separated by commas: portal.html.iframe_hosts = www.youtube-nocookie.com,player.vimeo.com",
                "jbake.properties:11:25: error [config.default-language] the default language \"de\" is not in portal.languages (en,ru,be)"
                        + " — did you mean \"be\"?");
    }

    @Test
    void anUnknownPortalKeyIsAnErrorWithTheClosestKeyOrTheList() {
        ConfigReader.Result result = read("""
                site.host=https://news.example.org
                portal.langauges=en
                portal.colour=blue
                """);

        assertThat(result.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                "jbake.properties:2:1: error [config.unknown-key] unknown key \"portal.langauges\": the portal would ignore it"
                        + " — did you mean \"portal.languages\"?",
                "jbake.properties:3:1: error [config.unknown-key] unknown key \"portal.colour\": the portal would ignore it"
                        + " — use one of: " + String.join(", ", ConfigKeys.portalNames().stream().sorted().toList()));
    }

    @Test
    void aKeyThePortalReadsWrittenTwiceIsOneError() {
        ConfigReader.Result result = read("""
                site.host=https://news.example.org
                portal.page_size=5
                portal.page_size=50
                """);

        assertThat(result.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                "jbake.properties:3:1: error [config.repeated-key] portal.page_size is set twice (first on line 2)"
                        + " — keep one line: JBake would read the values together, as a list");
    }

    @Test
    void withoutSiteHostTheSiteWouldBeJBakesOwn() {
        String text = "portal.languages=en\n";

        assertThat(read(text).diagnostics()).extracting(Diagnostic::toString).containsExactly(
                "jbake.properties: error [config.site-host] there is no site.host, the site's absolute address"
                        + " — add the line site.host = https://news.example.org");
        assertThat(ConfigReader.read(ROOT, ROOT.resolve("target/site"), text, values(text), "https://staging.example.org").config().baseUrl())
                .isEqualTo("https://staging.example.org");
    }

    @Test
    void jbakesIgnoredKeysAreWarningsAndTheSitesOwnKeysPassWithoutAWord() {
        ConfigReader.Result result = read("""
                site.host=https://news.example.org
                render.tags=true
                site.name=Cooperation news
                index.posts_per_page=5
                """);

        assertThat(result.config()).isNotNull();
        assertThat(result.config().properties()).containsEntry("site.name", "Cooperation news");
        assertThat(result.warnings()).extracting(Diagnostic::toString).containsExactly(
                "jbake.properties:2:1: warning [config.jbake-ignored] JBake's key render.tags has no effect here: the portal makes every page"
                        + " from its own plan (home, items, areas, regions, archive, feeds, sitemap, 404), with JBake's page writers off — delete the line",
                "jbake.properties:4:1: warning [config.jbake-ignored] JBake's key index.posts_per_page has no effect here: listings are paged by"
                        + " portal.page_size — delete the line");
    }

    /** Reads {@code text} as the adapter does, with the values JBake would read (the file's keys, JBake's folder defaults). */
    private static ConfigReader.Result read(String text) {
        return ConfigReader.read(ROOT, ROOT.resolve("target/site"), text, values(text), null);
    }

    /** The file's keys and values as JBake's factory gives them: list values joined by commas, over JBake's default for site.host. */
    private static Map<String, String> values(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> values = new TreeMap<>(Map.of("site.host", "http://www.jbake.org", "content.folder", "content"));
        properties.forEach((key, value) -> values.put((String) key, ((String) value).replaceAll("\\s*,\\s*", ",")));
        return values;
    }
}
