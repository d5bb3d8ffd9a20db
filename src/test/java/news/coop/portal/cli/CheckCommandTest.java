package news.coop.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import news.coop.portal.TestSite;
import news.coop.portal.TestSite.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code portal check}: every problem, in every format, and nothing written. */
class CheckCommandTest {
    private static final String AREA = "content/news/2024/2024-01-10-area.md";
    private static final String DATE = "content/news/2024/2024-01-11-date.md";
    private static final String LINK = "content/news/2024/2024-01-12-link.md";
    private static final String AREA_ERROR = AREA + ":5:9: error [area.unknown] unknown area \"enrgy\" — did you mean \"energy\"? (the list is in data/areas.yml)";
    private static final String DATE_ERROR = DATE + ":3:7: error [date.invalid] \"2024-13-45\" is not a valid date"
            + " — write it as 2023-09-26T13:00:00+03:00, or 2023-09-26 13:00 for Europe/Minsk time";
    private static final String LINK_ERROR = LINK + ":8:5: error [link.unknown-source] the link to \"../2023/2023-01-01-gone.md\" names no source file"
            + " (looked for content/news/2023/2023-01-01-gone.md) — check the file name; links between items are relative, e.g. ../2023/2023-09-26-x.md";

    @TempDir
    Path dir;

    /** A good site (six pages, one item) plus three broken items, each with one mistake of a different stage. */
    private TestSite threeBrokenItems() {
        return TestSite.create(dir).standardPages().news("2023-09-26-good", "Good", "energy")
                .file(AREA, "---\ntitle: Area\ndate: 2024-01-10T10:00:00+03:00\nlead: A lead.\nareas: [enrgy]\nlang: en\n---\nText.\n")
                .file(DATE, "---\ntitle: Date\ndate: 2024-13-45\nlead: A lead.\nareas: [energy]\nlang: en\n---\nText.\n")
                // Links to a broken item are not reported again: that item's own error says what to fix.
                .file(LINK, "---\ntitle: Link\ndate: 2024-01-12T10:00:00+03:00\nlead: A lead.\nareas: [energy]\nlang: en\n---\n"
                        + "See [this](../2023/2023-01-01-gone.md) and [that](2024-01-10-area.md).\n");
    }

    @Test
    void aGoodSiteHasNoProblemsAndNothingIsWritten() {
        TestSite site = TestSite.create(dir).standardPages().news("2023-09-26-good", "Good", "energy");
        Run run = site.cli("check");

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("Checked 10 sources: no problems\n");
        assertThat(run.exitCode()).isZero();
        assertThat(dir.resolve("target")).doesNotExist();
    }

    @Test
    void textReportsEveryProblemOfEveryStageAtOnce() {
        Run run = threeBrokenItems().cli("check");

        assertThat(run.err()).isEqualTo(AREA_ERROR + "\n" + DATE_ERROR + "\n" + LINK_ERROR + "\n");
        assertThat(run.out()).isEqualTo("Checked 13 sources: 3 errors\n");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void theBuildReportsTheSameProblemsAtOnceToo() {
        Run run = threeBrokenItems().cli("build");

        assertThat(run.err()).isEqualTo(AREA_ERROR + "\n" + DATE_ERROR + "\n" + LINK_ERROR + "\n"
                + "portal: 3 errors; nothing was published, the previous site is unchanged\n");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void junitReportsExactlyTheThreeBrokenItemsAsFailuresWithTheirPositions() throws Exception {
        Run run = threeBrokenItems().cli("check", "--format", "junit");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("Checked 13 sources: 3 errors\n");
        org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("tests")).isEqualTo("13");
        assertThat(suite.getAttribute("failures")).isEqualTo("3");
        NodeList failures = xml.getElementsByTagName("failure");
        assertThat(failures.getLength()).isEqualTo(3);
        assertThat(java.util.stream.IntStream.range(0, 3).mapToObj(i -> failures.item(i).getTextContent()))
                .containsExactly(AREA_ERROR, DATE_ERROR, LINK_ERROR);
        Element first = (Element) failures.item(0).getParentNode();
        assertThat(first.getAttribute("file")).isEqualTo(AREA);
        assertThat(first.getAttribute("line")).isEqualTo("5");
        assertThat(first.getAttribute("name")).isEqualTo(AREA + ":5:9 [area.unknown]");
        assertThat(((Element) failures.item(0)).getAttribute("type")).isEqualTo("area.unknown");
    }

    @Test
    void jsonCarriesTheSamePositions() {
        TestSite site = TestSite.create(dir).standardPages()
                .file(AREA, "---\ntitle: Area\ndate: 2024-01-10T10:00:00+03:00\nlead: A lead.\nareas: [enrgy]\nlang: en\n---\nText.\n");
        Run run = site.cli("check", "--format", "json");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("""
                {
                  "sources" : 10,
                  "errors" : 1,
                  "warnings" : 0,
                  "diagnostics" : [
                    {
                      "path" : "content/news/2024/2024-01-10-area.md",
                      "line" : 5,
                      "column" : 9,
                      "severity" : "error",
                      "code" : "area.unknown",
                      "message" : "unknown area \\"enrgy\\"",
                      "hint" : "did you mean \\"energy\\"? (the list is in data/areas.yml)",
                      "text" : "%s"
                    }
                  ]
                }
                """.formatted(AREA_ERROR.replace("\"", "\\\"")));
    }

    @Test
    void warningsPassUnlessStrict() {
        TestSite site = TestSite.create(dir).standardPages().news("2023-09-26-item", "Roads agreed", "roads", "lead: Roads agreed.");
        String warning = "content/news/2023/2023-09-26-item.md:7:7: %s [lead.repeats-title] the lead repeats the title"
                + " — write one sentence that tells the reader what happened, beyond the title\n";

        Run lenient = site.cli("check");
        assertThat(lenient.err()).isEqualTo(warning.formatted("warning"));
        assertThat(lenient.out()).isEqualTo("Checked 10 sources: 1 warning\n");
        assertThat(lenient.exitCode()).isZero();

        Run strict = site.cli("check", "--strict");
        assertThat(strict.err()).isEqualTo(warning.formatted("error"));
        assertThat(strict.out()).isEqualTo("Checked 10 sources: 1 error\n");
        assertThat(strict.exitCode()).isEqualTo(1);
    }

    @Test
    void aWarningIsAPassingTestCaseThatSaysSoInJunit() {
        TestSite site = TestSite.create(dir).standardPages().news("2023-09-26-item", "Roads agreed", "roads", "lead: Roads agreed.");
        Run run = site.cli("check", "--format", "junit");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).doesNotContain("<failure").contains("<system-out>content/news/2023/2023-09-26-item.md:7:7: warning [lead.repeats-title]");
    }

    @Test
    void aReportFileIsWrittenWhereOutputSays() throws Exception {
        TestSite site = threeBrokenItems();
        Run run = site.cli("check", "--format", "junit", "--output", dir.resolve("reports/check.xml").toString());

        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("Checked 13 sources: 3 errors\n");
        assertThat(Files.readString(dir.resolve("reports/check.xml"))).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites")
                .contains(">" + DATE_ERROR + "</failure>");
    }

    @Test
    void everyPageIsRenderedAndEveryLinkCheckedWithoutWritingAnything() {
        TestSite site = TestSite.create(dir).standardPages().news("2023-09-26-good", "Good", "energy")
                .file("content/news/2023/2023-09-27-links.md", "---\ntitle: Links\ndate: 2023-09-27T10:00:00+03:00\nlead: A lead.\nareas: [energy]\nlang: en\n---\n"
                        + "See [the list](/en/areas/roads/) and [the heading](/en/news/2023/09/good/#nowhere).\n");
        Run run = site.cli("check");

        assertThat(run.err()).isEqualTo("""
                content/news/2023/2023-09-27-links.md:8:5: error [link.broken] the link "/en/areas/roads/" leads to no file of the site (on en/news/2023/09/links/index.html) \
                — correct the link; site links look like /en/areas/energy/ and must lead to a page this build publishes
                content/news/2023/2023-09-27-links.md:8:38: error [link.broken] the link "/en/news/2023/09/good/#nowhere" names #nowhere, which is not on that page \
                (on en/news/2023/09/links/index.html) — correct the link; site links look like /en/areas/energy/ and must lead to a page this build publishes
                """);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(dir.resolve("target")).doesNotExist();
    }

    @Test
    void aPreviouslyPublishedSiteIsLeftAlone() {
        TestSite site = threeBrokenItems();
        site.delete(AREA).delete(DATE).delete(LINK);
        assertThat(site.cli("build").exitCode()).isZero();
        String before = site.text("/en/index.html");
        site.news("2023-09-28-new", "New", "energy");

        assertThat(site.cli("check").exitCode()).isZero();
        assertThat(site.text("/en/index.html")).isEqualTo(before);
        assertThat(site.exists("/en/news/2023/09/new/")).isFalse();
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Run run = Run.of("check", "--format", "xml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Invalid value for option '--format': expected one of [TEXT, JSON, JUNIT] (case-insensitive) but was 'xml'");
    }
}
