package news.coop.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import news.coop.portal.TestSite.Run;
import news.coop.portal.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jbake.properties} and {@code data/*.yml} as the commands report them: every problem at once,
 * each at its line and column, and JBake's keys that the portal ignores as warnings.
 */
class ConfigurationTest {
    private static final String THREE_PROBLEMS = """
            site.host=https://news.example.org
            portal.languages=en,ru,be
            portal.page_sise=5
            portal.feed_size=twenty
            portal.timezone=Europe/Minks
            """;
    private static final String THREE_ERRORS = """
            jbake.properties:3:1: error [config.unknown-key] unknown key "portal.page_sise": the portal would ignore it — did you mean "portal.page_size"?
            jbake.properties:4:18: error [config.number] portal.feed_size must be a whole number above 0, not "twenty" — for example portal.feed_size = 20
            jbake.properties:5:17: error [config.timezone] "Europe/Minks" is not a time zone — use a zone id such as Europe/Minsk
            """;
    private static final String IGNORED = "jbake.properties:9:1: warning [config.jbake-ignored] JBake's key markdown.extensions has no effect here:"
            + " the portal sets up its Markdown (flexmark) itself, with fixed extensions and limits — delete the line\n";

    @TempDir
    Path dir;

    @Test
    void buildReportsEveryProblemOfTheConfigurationAtItsLineAndPublishesNothing() {
        TestSite site = TestSite.create(dir).standardPages().file("jbake.properties", THREE_PROBLEMS);
        Run run = site.cli("build");

        assertThat(run.err()).isEqualTo(THREE_ERRORS + "portal: 3 errors; nothing was published, the previous site is unchanged\n");
        assertThat(run.out()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(site.output()).doesNotExist();
    }

    @Test
    void checkReportsEveryProblemOfTheConfigurationAtItsLine() {
        TestSite site = TestSite.create(dir).standardPages().file("jbake.properties", THREE_PROBLEMS);
        Run run = site.cli("check");

        assertThat(run.err()).isEqualTo(THREE_ERRORS);
        assertThat(run.out()).isEqualTo("Checked 0 sources: 3 errors\n");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void everyCommandThatReadsTheConfigurationStopsOnItsErrors() throws Exception {
        TestSite site = TestSite.create(dir).standardPages().file("jbake.properties", THREE_PROBLEMS);
        Files.createDirectories(site.output());

        assertThat(site.cli("verify").err()).isEqualTo(THREE_ERRORS + "portal: 3 errors; nothing was verified\n");
        assertThat(site.cli("new", "Energy forum", "--area", "energy").err()).isEqualTo(THREE_ERRORS + "portal: 3 errors; nothing was written\n");
        assertThat(site.cli("serve", "--port", "0").err()).isEqualTo(THREE_ERRORS + "portal: 3 errors; nothing to preview — fix jbake.properties, then start again\n");
        assertThat(site.cli("verify").exitCode()).isEqualTo(1);
        assertThat(site.cli("new", "Energy forum", "--area", "energy").exitCode()).isEqualTo(1);
    }

    @Test
    void aKeyOfJBakesThatThePortalIgnoresIsAWarningAtItsLine() {
        TestSite site = TestSite.create(dir).standardPages().news("2023-09-26-one", "One", "energy").configure("markdown.extensions=HARDWRAPS,AUTOLINKS");
        Run build = site.cli("build");

        assertThat(build.err()).isEqualTo(IGNORED);
        assertThat(build.exitCode()).isZero();
        assertThat(site.exists("/en/news/2023/09/one/")).isTrue();

        Run check = site.cli("check");
        assertThat(check.err()).isEqualTo(IGNORED);
        assertThat(check.out()).isEqualTo("Checked 10 sources: 1 warning\n");
        assertThat(check.exitCode()).isZero();
    }

    @Test
    void strictTurnsTheWarningOfAnIgnoredKeyIntoAnError() {
        TestSite site = TestSite.create(dir).standardPages().configure("db.store=plocal");
        String error = "jbake.properties:9:1: error [config.jbake-ignored] JBake's key db.store has no effect here:"
                + " the portal keeps the content in memory and never opens JBake's database — delete the line\n";

        Run build = site.cli("build", "--strict");
        assertThat(build.err()).isEqualTo(error + "portal: 1 error; nothing was published, the previous site is unchanged\n");
        assertThat(build.exitCode()).isEqualTo(1);

        Run check = site.cli("check", "--strict");
        assertThat(check.err()).isEqualTo(error);
        assertThat(check.exitCode()).isEqualTo(1);
    }

    @Test
    void keysThatAreNeitherJBakesNorThePortalsAreTheSitesOwn() {
        TestSite site = TestSite.create(dir).standardPages().configure("site.name=Cooperation news", "press.phone=+375 17 000-00-00");
        Run run = site.cli("build");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void everyProblemOfAVocabularyIsReportedAtOnce() {
        TestSite site = TestSite.create(dir).standardPages().file("data/areas.yml", """
                - id: Energy Plans
                  label: {en: Energy, ru: Энергетика, rus: Энергетика}
                  description: {en: Power., ru: Энергия., be: Энергія.}
                  keyword: [power]
                - id: roads
                  label: {en: Roads, ru: Дороги, be: Дарогі}
                  description: {en: Roads., ru: Дороги., be: Дарогі.}
                  keywords: {en: [road, ""], ru: [дорог, ~]}
                """);
        Run run = site.cli("check");

        assertThat(run.err()).isEqualTo("""
                data/areas.yml:1:7: error [data.id] an entry needs an id of lowercase letters, digits and hyphens — for example "id: housing-and-utilities"
                data/areas.yml:2:10: error [data.translation-missing] the label has no text in "be" — add "be: …" under "label:"
                data/areas.yml:2:39: error [data.translation-language] "rus" is not a language of this site — did you mean "ru"?
                data/areas.yml:4:3: error [data.unknown-field] "keyword" is not a field of an entry — did you mean "keywords"?
                data/areas.yml:8:25: error [data.keywords] each keyword for "en" must be a word or a phrase — write en: [road, bridge, road construction]: lowercase word starts or phrases
                data/areas.yml:8:42: error [data.keywords] each keyword for "ru" must be a word or a phrase — write ru: [road, bridge, road construction]: lowercase word starts or phrases
                """);
        assertThat(run.out()).isEqualTo("Checked 0 sources: 6 errors\n");
        assertThat(run.exitCode()).isEqualTo(1);
    }
}
