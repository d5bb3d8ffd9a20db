package news.coop.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import news.coop.portal.TestSite;
import news.coop.portal.TestSite.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code portal verify} and {@code build --verify}: the built site as a host serves it, and the four damages of issue 8. */
class VerifyCommandTest {
    static final String NOW = "2026-01-01T00:00:00Z";
    static final String DRAFT_TITLE = "Secret talks on a new bridge across the Dnieper";
    static final String DRAFT_URL = "/en/news/2024/03/secret-bridge/";
    static final String ROADS = "en/news/2023/09/roads/index.html";
    static final String ENERGY = "en/news/2023/10/energy/index.html";

    @TempDir
    Path dir;

    /** Six pages, two published items and a draft, built. */
    static TestSite builtSite(Path dir) throws Exception {
        TestSite site = TestSite.create(dir).standardPages()
                .news("2023-09-26-roads", "Roads to the Leningrad Region", "roads")
                .news("2023-10-02-energy", "Energy bridge with Tatarstan", "energy")
                .news("2024-03-01-secret-bridge", DRAFT_TITLE, "roads", "status: draft");
        site.build();
        return site;
    }

    /** Puts {@code html} at the start of the page's main element, on disk. */
    static void insert(TestSite site, String file, String html) throws IOException {
        Path path = site.output().resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        String main = "<main id=\"main-content\" class=\"main\" tabindex=\"-1\">";
        assertThat(text).contains(main);
        Files.writeString(path, text.replace(main, main + html), StandardCharsets.UTF_8);
    }

    @Test
    void aFreshBuildVerifiesClean() throws Exception {
        TestSite site = builtSite(dir);
        Run run = site.cli("verify", "--now", NOW);

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).matches("Verified \\d+ files in \\d+\\.\\d s: no problems\n");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void junitReportsExactlyTheBrokenLinkTheMissingImageTheInvalidHtmlAndTheLeakedDraft() throws Exception {
        TestSite site = builtSite(dir);
        insert(site, ROADS, "<p><a href=\"/en/no-such-page/\">Gone</a></p>");
        insert(site, ENERGY, "<p><img src=\"/img/missing.png\" alt=\"A missing photo\"></p>");
        insert(site, "en/about/index.html", "<p>Before <div>a block inside a paragraph</div> after</p>");
        insert(site, "en/contacts/index.html", "<p>" + DRAFT_TITLE + ", soon at " + DRAFT_URL + "</p>");

        Run run = site.cli("verify", "--now", NOW, "--format", "junit");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).matches("Verified \\d+ files in \\d+\\.\\d s: 4 failures\n");
        org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("name")).isEqualTo("portal verify");
        assertThat(suite.getAttribute("failures")).isEqualTo("4");
        // Every checked file is a test case: the pages, feeds, sitemap, robots.txt, search index and scripts.
        assertThat(Integer.parseInt(suite.getAttribute("tests"))).isEqualTo(xml.getElementsByTagName("testcase").getLength()).isGreaterThan(20);
        NodeList failures = xml.getElementsByTagName("failure");
        List<String> found = new ArrayList<>();
        for (int i = 0; i < failures.getLength(); i++) {
            Element failure = (Element) failures.item(i);
            found.add(((Element) failure.getParentNode()).getAttribute("file") + " " + failure.getAttribute("type"));
        }
        assertThat(found).containsExactly(
                "en/about/index.html verify.html",
                "en/contacts/index.html verify.leak",
                ROADS + " verify.link",
                ENERGY + " verify.asset");
        assertThat(run.out())
                .contains("the link \"/en/no-such-page/\" leads to no file of the site (looked for en/no-such-page/index.html)"
                        + " (made from content/news/2023/2023-09-26-roads.md)")
                .contains("the img src \"/img/missing.png\" leads to no file of the site")
                .contains("No “p” element in scope but a “p” end tag seen. (made from content/pages/about.md)")
                .contains("content/news/2024/2024-03-01-secret-bridge.md is a draft, but its URL " + DRAFT_URL + " and its title \"" + DRAFT_TITLE
                        + "\" appear here (made from content/pages/contacts.md)");
    }

    @Test
    void textAndJsonReportTheSameFailures() throws Exception {
        TestSite site = builtSite(dir);
        insert(site, ROADS, "<p><a href=\"/en/no-such-page/\">Gone</a></p>");

        Run text = site.cli("verify", "--now", NOW);
        Run json = site.cli("verify", "--now", NOW, "--format", "json", "--output", dir.resolve("reports/verify.json").toString());

        assertThat(text.err()).isEqualTo(ROADS + ": error [verify.link] the link \"/en/no-such-page/\" leads to no file of the site"
                + " (looked for en/no-such-page/index.html) (made from content/news/2023/2023-09-26-roads.md)"
                + " — correct the link; site links look like /en/areas/energy/ and must lead to a page the build publishes\n");
        assertThat(text.out()).matches("Verified \\d+ files in \\d+\\.\\d s: 1 failure\n");
        assertThat(text.exitCode()).isEqualTo(1);
        assertThat(json.exitCode()).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("reports/verify.json"))).contains("\"errors\" : 1").contains("\"code\" : \"verify.link\"");
    }

    @Test
    void draftsAreAllowedWithDraftsAsBuildDraftsPublishesThem() throws Exception {
        TestSite site = builtSite(dir);
        site.build(new news.coop.portal.pipeline.BuildOptions(site.root(), site.output(), true, TestSite.NOW));

        assertThat(site.cli("verify", "--now", NOW).err()).contains("[verify.leak] the page of content/news/2024/2024-03-01-secret-bridge.md is published,"
                + " but it is a draft");
        assertThat(site.cli("verify", "--now", NOW, "--drafts").exitCode()).isZero();
    }

    @Test
    void anItemDatedAfterNowIsAnEmbargoedLeak() throws Exception {
        TestSite site = builtSite(dir);

        Run run = site.cli("verify", "--now", "2023-10-01T00:00:00Z");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(ENERGY + ": error [verify.leak] the page of content/news/2023/2023-10-02-energy.md is published,"
                + " but it is embargoed until 2023-10-02T10:00+03:00");
    }

    @Test
    void aMissingSiteIsAUsageError() {
        TestSite site = TestSite.create(dir);
        Run run = site.cli("verify");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("no built site in " + site.output() + "; run ./portal build first, or name it with --site\n");
    }

    @Test
    void buildVerifyKeepsThePreviousSiteWhenTheNewOneFails() throws Exception {
        TestSite site = builtSite(dir);
        String before = site.text("/en/contacts/");
        // A page that names the draft by hand: the build itself cannot tell, verification can.
        site.file("content/pages/contacts.md", "---\ntitle: Contacts en\nlead: How to reach the editors.\nlang: en\nslug: contacts\n"
                + "translation: contacts\n---\nAsk us about " + DRAFT_TITLE + ".\n");

        Run run = site.cli("build", "--verify", "--now", NOW);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("en/contacts/index.html: error [verify.leak] content/news/2024/2024-03-01-secret-bridge.md is a draft,"
                + " but its title \"" + DRAFT_TITLE + "\" appears here (made from content/pages/contacts.md)"
                + " — build again without --drafts and with the right --now; if it is still here, a page or template names"
                + " content/news/2024/2024-03-01-secret-bridge.md by hand\n"
                + "portal: 1 error; nothing was published, the previous site is unchanged\n");
        assertThat(site.text("/en/contacts/")).isEqualTo(before);
    }

    @Test
    void buildVerifyPublishesAGoodSite() throws Exception {
        TestSite site = builtSite(dir);
        Run run = site.cli("build", "--verify", "--now", NOW);

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(site.exists("/en/news/2023/09/roads/")).isTrue();
    }
}
