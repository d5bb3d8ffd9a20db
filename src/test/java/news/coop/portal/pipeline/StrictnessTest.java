package news.coop.portal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import news.coop.portal.TestSite.Run;
import news.coop.portal.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each strictness rule, through the real command line: the exact diagnostic an author reads, the exit
 * code, and the previously published site left untouched.
 */
class StrictnessTest {
    private static final String FOOTER = "portal: 1 error; nothing was published, the previous site is unchanged\n";

    @TempDir
    Path dir;
    private TestSite site;
    private String publishedBefore;

    @BeforeEach
    void publishAGoodSite() {
        site = TestSite.create(dir).standardPages().news("2023-09-26-good", "Good item", "energy");
        Run good = site.cli("build");
        assertThat(good.exitCode()).as(good.err()).isZero();
        publishedBefore = site.text("/en/index.html");
    }

    private void assertRejected(Run run, String expectedStderr) {
        assertThat(run.err()).isEqualTo(expectedStderr + FOOTER);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(site.text("/en/index.html")).isEqualTo(publishedBefore);
        assertThat(site.exists("/en/news/2024/01/bad/")).isFalse();
    }

    @Test
    void anUnknownAreaPointsAtItsLineAndSuggestsTheClosestArea() {
        site.file("content/news/2024/2024-01-10-bad.md", """
                ---
                title: Bad
                date: 2024-01-10T10:00:00+03:00
                lead: A lead.
                areas: [enrgy]
                lang: en
                ---
                Body.
                """);
        assertRejected(site.cli("build"),
                "content/news/2024/2024-01-10-bad.md:5:9: error [area.unknown] unknown area \"enrgy\" — did you mean \"energy\"? (the list is in data/areas.yml)\n");
    }

    @Test
    void anUnknownRegionIsAnErrorToo() {
        site.news("2024-01-10-bad", "Bad", "energy", "regions: [leningrad]");
        assertRejected(site.cli("build"),
                "content/news/2024/2024-01-10-bad.md:7:11: error [region.unknown] unknown region \"leningrad\" — did you mean \"leningrad-region\"? (the list is in data/regions.yml)\n");
    }

    @Test
    void aMissingRequiredFieldPointsAtTheFrontMatter() {
        site.file("content/news/2024/2024-01-10-bad.md", """
                ---
                title: Bad
                date: 2024-01-10T10:00:00+03:00
                areas: [energy]
                lang: en
                ---
                Body.
                """);
        assertRejected(site.cli("build"),
                "content/news/2024/2024-01-10-bad.md:1:1: error [field.missing] the required field \"lead\" is missing — add a line such as lead: One sentence that sums up the story.\n");
    }

    @Test
    void aFieldOfTheWrongTypeIsReported() {
        site.news("2024-01-10-bad", "Bad", "energy", "areas: energy");
        assertRejected(site.cli("build"),
                "content/news/2024/2024-01-10-bad.md:7:8: error [field.type] \"areas\" must be a list — write it as areas: [construction, energy]\n");
    }

    @Test
    void anUnknownFieldIsReportedWithTheFieldItProbablyMeant() {
        site.news("2024-01-10-bad", "Bad", "energy", "regoins: [tatarstan]");
        assertRejected(site.cli("build"),
                "content/news/2024/2024-01-10-bad.md:8:1: error [field.unknown] unknown field \"regoins\" — did you mean \"regions\"?\n");
    }

    /** An impossible date, and years ISO 8601 reads but the URL's four-digit year (/en/news/2023/…) cannot hold. */
    @ParameterizedTest
    @ValueSource(strings = {"2023-02-30T10:00:00+03:00", "-0005-01-10T10:00:00+03:00", "+20240-01-10T10:00:00+03:00"})
    void anImpossibleDateIsReported(String date) {
        site.news("2024-01-10-bad", "Bad", "energy", "date: " + date);
        assertRejected(site.cli("build"),
                "content/news/2024/2024-01-10-bad.md:7:7: error [date.invalid] \"" + date + "\" is not a valid date"
                        + " — write it as 2023-09-26T13:00:00+03:00, or 2023-09-26 13:00 for Europe/Minsk time\n");
    }

    @Test
    void aDateWithoutAnOffsetIsReadInTheSiteZone() {
        site.news("2024-01-10-local", "Local", "energy", "date: 2024-01-10 23:30");
        Run run = site.cli("build");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(site.page("/en/news/2024/01/local/").selectFirst("main time").attr("datetime")).isEqualTo("2024-01-10T23:30:00+03:00");
    }

    @Test
    void twoItemsClaimingOneUrlAreRejected() {
        site.news("2024-01-10-same", "First", "energy");
        site.file("content/news/2024/2024-01-12-other.md", """
                ---
                title: Second
                date: 2024-01-20T10:00:00+03:00
                lead: A lead.
                areas: [energy]
                lang: en
                slug: same
                ---
                Body.
                """);
        assertRejected(site.cli("build"),
                "content/news/2024/2024-01-12-other.md:1:1: error [url.collision] this item would be published at /en/news/2024/01/same/,"
                        + " which content/news/2024/2024-01-10-same.md already claims — give one of them a different slug (slug: …) or date\n");
    }

    @Test
    void aCyrillicFileNameIsTransliteratedByTheItemsLanguage() {
        assumeUtf8FileNames();
        site.news("2024-05-16-модернизация-котельных", "Модернизация котельных", "energy", "lang: ru");
        site.news("2024-05-17-будаўнікі-з-Магілёва", "Будаўнікі з Магілёва", "energy", "lang: be");
        Run run = site.cli("build");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(site.page("/ru/news/2024/05/modernizatsiya-kotelnykh/").selectFirst("h1").text()).isEqualTo("Модернизация котельных");
        assertThat(site.page("/be/news/2024/05/budauniki-z-mahiliova/").selectFirst("h1").text()).isEqualTo("Будаўнікі з Магілёва");
    }

    @Test
    void twoCyrillicFileNamesTransliteratedToOneUrlAreRejected() {
        assumeUtf8FileNames();
        site.news("2024-01-10-котельные", "Первая", "energy", "lang: ru");
        site.news("2024-01-12-kotelnyye", "Вторая", "energy", "lang: ru");
        assertRejected(site.cli("build"),
                "content/news/2024/2024-01-12-kotelnyye.md:1:1: error [url.collision] this item would be published at /ru/news/2024/01/kotelnyye/,"
                        + " which content/news/2024/2024-01-10-котельные.md already claims — give one of them a different slug (slug: …) or date\n");
    }

    @Test
    void anExplicitSlugInCyrillicIsReportedWithItsTransliteration() {
        site.news("2024-01-10-bad", "Bad", "energy", "lang: be", "slug: Магілёў");
        assertRejected(site.cli("build"),
                "content/news/2024/2024-01-10-bad.md:8:7: error [slug.invalid] the slug \"Магілёў\" is not a valid URL segment"
                        + " — write it in lowercase Latin letters, digits and single hyphens, e.g. slug: mahiliou\n");
    }

    @Test
    void anAsciiFileNameThatIsNoSlugIsStillAnError() {
        site.news("2024-01-10-Road_Works", "Road works", "energy");
        assertRejected(site.cli("build"),
                "content/news/2024/2024-01-10-Road_Works.md:1:1: error [slug.invalid] the file name \"2024-01-10-Road_Works.md\" does not give a valid URL segment"
                        + " — rename the file to lowercase letters, digits and hyphens (2023-09-26-road-works.md), or add slug: road-works\n");
    }

    /** Cyrillic file names need a JVM that writes file names in UTF-8 (LANG=C.UTF-8 or any UTF-8 locale). */
    private static void assumeUtf8FileNames() {
        org.junit.jupiter.api.Assumptions.assumeTrue("UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")),
                "file names are not UTF-8 here: " + System.getProperty("sun.jnu.encoding"));
    }

    @Test
    void anUnknownLanguageIsReported() {
        site.news("2024-01-10-bad", "Bad", "energy", "lang: de");
        assertRejected(site.cli("build"),
                "content/news/2024/2024-01-10-bad.md:7:7: error [lang.unknown] \"de\" is not a language of this site — did you mean \"be\"?\n");
    }

    @Test
    void anInvalidSlugIsReported() {
        site.news("2024-01-10-bad", "Bad", "energy", "slug: ../../etc");
        assertRejected(site.cli("build"),
                "content/news/2024/2024-01-10-bad.md:8:7: error [slug.invalid] the slug \"../../etc\" is not a valid URL segment"
                        + " — use lowercase letters a–z, digits and single hyphens, e.g. slug: leningrad-region-cooperation\n");
    }

    @Test
    void everyProblemIsReportedNotOnlyTheFirst() {
        site.news("2024-01-10-bad", "Bad", "enrgy", "lang: de");
        site.news("2024-01-11-worse", "Worse", "energy", "status: hidden");
        Run run = site.cli("build");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).hasSize(4)
                .anyMatch(line -> line.contains("[area.unknown]"))
                .anyMatch(line -> line.contains("[lang.unknown]"))
                .anyMatch(line -> line.contains("[status.invalid]"))
                .last().isEqualTo("portal: 3 errors; nothing was published, the previous site is unchanged");
    }

    @Test
    void aBodyWithASecondMainHeadingIsRejected() {
        writeBadItemWithBody("Intro.\n\n# Another title\n");
        assertRejected(site.cli("build"),
                "content/news/2024/2024-01-10-bad.md:10:1: error [markdown.h1] a \"#\" heading in the body would be a second main title"
                        + " — the title field is the page's heading; start sections with \"##\"\n");
    }

    @Test
    void aMissingImageAndAMissingTextAlternativeAreBothReported() {
        site.news("2024-01-10-bad", "Bad", "energy", "image: /img/nowhere.jpg");
        Run run = site.cli("build");
        assertThat(run.err()).contains("content/news/2024/2024-01-10-bad.md:8:8: error [image.not-found] the image \"/img/nowhere.jpg\" does not exist")
                .contains("content/news/2024/2024-01-10-bad.md:8:1: error [image.alt-missing] the image has no text alternative");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void aLinkToAMissingSourceFileIsRejectedAtItsLine() {
        writeBadItemWithBody("First line.\n\nSee [this](../2023/2023-09-26-gone.md).\n");
        assertRejected(site.cli("build"),
                "content/news/2024/2024-01-10-bad.md:10:5: error [link.unknown-source] the link to \"../2023/2023-09-26-gone.md\" names no source file"
                        + " (looked for content/news/2023/2023-09-26-gone.md) — check the file name; links between items are relative, e.g. ../2023/2023-09-26-x.md\n");
    }

    @Test
    void aBrokenSiteLinkInABodyIsRejected() {
        writeBadItemWithBody("See [energy](/en/areas/enrgy/).\n");
        Run run = site.cli("build");
        assertThat(run.err()).startsWith("content/news/2024/2024-01-10-bad.md:8:5: error [link.broken] the link \"/en/areas/enrgy/\" leads to no file of the site"
                + " (on en/news/2024/01/bad/index.html)");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(site.text("/en/index.html")).isEqualTo(publishedBefore);
    }

    @Test
    void aTemplateErrorNamesTheTemplateLineAndColumnAndPublishesNothing() {
        site.news("2024-01-10-bad", "Bad", "energy");
        site.file("templates/news.ftlh", "<#import \"layout.ftlh\" as layout>\n<@layout.page>\n<h1>${item.titel}</h1>\n</@layout.page>\n");
        Run run = site.cli("build");
        assertThat(run.err()).startsWith("templates/news.ftlh:3:7: error [template.error] The following has evaluated to null or missing: item.titel"
                + " (while rendering en/news/2024/01/bad/index.html from content/news/2024/2024-01-10-bad.md) and 1 other page —");
        assertThat(run.err()).doesNotContain("\tat ", "Exception");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(site.text("/en/index.html")).isEqualTo(publishedBefore);
        assertThat(site.exists("/en/news/2024/01/bad/")).isFalse();
    }

    @Test
    void aTemplateSyntaxErrorIsReportedWithItsPosition() {
        site.file("templates/404.ftlh", "<#if>\n");
        Run run = site.cli("build");
        assertThat(run.err()).startsWith("templates/404.ftlh:1:");
        assertThat(run.err()).contains("error [template.syntax]");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void aMissingUiStringNamesTheFileAndTheKey() {
        site.file("templates/messages/be.properties", site.root().resolve("templates/messages/be.properties").toFile().exists()
                ? readWithout("templates/messages/be.properties", "nav.archive=") : "");
        assertRejected(site.cli("build"),
                "templates/messages/be.properties: error [messages.key-missing] the UI string \"nav.archive\" is missing in \"be\""
                        + " — add \"nav.archive = …\" here, translated from templates/messages/en.properties\n");
    }

    @Test
    void aLanguageWithoutTheFooterPagesIsRejected() {
        site.delete("content/pages/accessibility.md");
        assertRejected(site.cli("build"),
                "content/pages: error [page.required] there is no \"accessibility\" page in \"en\", and every en page's footer links to /en/accessibility/"
                        + " — add content/pages/accessibility.md with lang: en and slug: accessibility\n");
    }

    @ParameterizedTest(name = "{0} without its {1} side")
    @CsvSource({"contacts, be, ru", "about, ru, be"})
    void aCorePageWithoutOneCoreSideIsRejectedAtTheKeyTheOtherSideMustShare(String slug, String missing, String existing) {
        site.delete("content/pages/" + slug + "." + missing + ".md");
        assertRejected(site.cli("build"),
                "content/pages/" + slug + "." + existing + ".md:6:14: error [page.core-missing] the core page \"" + slug + "\" has no \"" + missing + "\" version:"
                        + " it must exist in every core language (ru, be), linked by one translation key"
                        + " — add content/pages/" + slug + "." + missing + ".md with lang: " + missing + ", slug: " + slug + " and translation: " + slug + "\n");
    }

    @Test
    void aCorePageMissingEverywhereIsRequiredInEveryLanguage() {
        for (String file : new String[] {"contacts.md", "contacts.ru.md", "contacts.be.md"}) {
            site.delete("content/pages/" + file);
        }
        Run run = site.cli("build");
        assertThat(run.err()).isEqualTo(
                "content/pages: error [page.required] there is no \"contacts\" page in \"be\", and every be page's footer links to /be/contacts/"
                        + " — add content/pages/contacts.be.md with lang: be and slug: contacts\n"
                        + "content/pages: error [page.required] there is no \"contacts\" page in \"en\", and every en page's footer links to /en/contacts/"
                        + " — add content/pages/contacts.md with lang: en and slug: contacts\n"
                        + "content/pages: error [page.required] there is no \"contacts\" page in \"ru\", and every ru page's footer links to /ru/contacts/"
                        + " — add content/pages/contacts.ru.md with lang: ru and slug: contacts\n"
                        + "portal: 3 errors; nothing was published, the previous site is unchanged\n");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void aCorePageWithAnotherTranslationKeyIsRejectedAtTheField() {
        site.file("content/pages/contacts.be.md", "---\ntitle: Кантакты\nlead: Як звязацца з рэдакцыяй.\nlang: be\nslug: contacts\ntranslation: contact\n---\nПішыце.\n");
        assertRejected(site.cli("build"),
                "content/pages/contacts.be.md:6:14: error [page.translation-mismatch] the core page \"contacts\" in \"be\" has translation \"contact\","
                        + " but content/pages/contacts.ru.md has \"contacts\" — write translation: contacts, the same in every language version\n");
    }

    @Test
    void aCorePageWithoutATranslationKeyIsRejectedAtItsFrontMatter() {
        site.file("content/pages/about.ru.md", "---\ntitle: О портале\nlead: Что это за портал.\nlang: ru\nslug: about\n---\nО портале.\n");
        assertRejected(site.cli("build"),
                "content/pages/about.ru.md:1:1: error [page.translation-missing] the core page \"about\" in \"ru\" has no translation key,"
                        + " so its language versions are not linked — add translation: about, the same in every language version\n");
    }

    @Test
    void aCoreLanguageThatIsNoSiteLanguageIsAConfigurationError() {
        site.file("jbake.properties", read("jbake.properties").replace("portal.core_languages=ru,be", "portal.core_languages=ru,by"));
        Run run = site.cli("build");
        assertThat(run.err()).startsWith("jbake.properties:8:26: error [config.core-language] the core language \"by\" is not in portal.languages (en,ru,be)"
                + " — did you mean \"be\"?\n");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void anEventHandlerAttributeInTheTextIsRejected() {
        writeBadItemWithBody("Click me.\n{onclick=alert(1)}\n");
        assertRejected(site.cli("build"),
                "content/news/2024/2024-01-10-bad.md:9:2: error [markdown.attribute] the attribute \"onclick\" is not allowed in the text"
                        + " — use {#id}, {.class} or {lang=ru} only; links and images take their address in (…)\n");
    }

    @Test
    void withStrictAWarningStopsTheBuildAsAnError() {
        site.file("content/news/2024/2024-01-10-bad.md", "---\ntitle: Bad\ndate: 2024-01-10T10:00:00+03:00\nlead: Bad.\nareas: [energy]\nlang: en\n---\nBody.\n");
        String problem = "content/news/2024/2024-01-10-bad.md:4:7: %s [lead.repeats-title] the lead repeats the title"
                + " — write one sentence that tells the reader what happened, beyond the title\n";

        assertRejected(site.cli("build", "--strict"), problem.formatted("error"));
        Run lenient = site.cli("build");
        assertThat(lenient.err()).isEqualTo(problem.formatted("warning"));
        assertThat(lenient.exitCode()).isZero();
    }

    @Test
    void anIdThatClashesWithTheLayoutIsRejected() {
        writeBadItemWithBody("## Section {#main-content}\n");
        assertRejected(site.cli("build"),
                "content/news/2024/2024-01-10-bad.md:8:13: error [html.duplicate-id] the id \"main-content\" appears more than once (on en/news/2024/01/bad/index.html)"
                        + " — an {#main-content} in the text or two headings with the same words clash; choose another id\n");
    }

    @Test
    void aBrokenLinkInATemplateIsReportedOnceNotOncePerPage() {
        site.file("templates/page.ftlh", "<#import \"layout.ftlh\" as layout>\n<@layout.page><h1>${doc.title}</h1><a href=\"${url('/en/contact/')}\">x</a></@layout.page>\n");
        Run run = site.cli("build");

        assertThat(run.err()).isEqualTo("target/site/en/about/index.html: error [link.broken] the link \"/en/contact/\" leads to no file of the site"
                + " (on en/about/index.html and 8 other pages) — correct the link; site links look like /en/areas/energy/ and must lead to a page this build publishes\n"
                + FOOTER);
        assertThat(run.exitCode()).isEqualTo(1);
    }

    private String read(String file) {
        try {
            return java.nio.file.Files.readString(site.root().resolve(file), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A valid front matter (energy, English, 10 January 2024) with the given body: the body is what is wrong. */
    private void writeBadItemWithBody(String body) {
        site.file("content/news/2024/2024-01-10-bad.md",
                "---\ntitle: Bad\ndate: 2024-01-10T10:00:00+03:00\nlead: A lead.\nareas: [energy]\nlang: en\n---\n" + body);
    }

    private String readWithout(String path, String prefix) {
        try {
            return String.join("\n", java.nio.file.Files.readAllLines(site.root().resolve(path)).stream().filter(line -> !line.startsWith(prefix)).toList());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
