package news.coop.portal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import news.coop.portal.TestSite;
import news.coop.portal.TestSite.Run;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links from a text to documents kept beside it in {@code content/}, whatever their names: a plus, a
 * space (written {@code %20} or in {@code <…>}), Cyrillic, an escaped plus. They build, pass
 * {@code build --verify}, and lead to the files; a missing one and one published under a
 * fingerprinted name are reported at the link, with what to do.
 */
class DocumentLinksTest {
    @TempDir
    Path dir;

    /** A site with the documents beside a news item, and in content/docs/ for site paths. */
    private TestSite site() {
        TestSite site = TestSite.create(dir).standardPages();
        for (String name : List.of("report+2022.pdf", "annual report.pdf", "отчёт.pdf", "a+b.pdf")) {
            site.file("content/news/2024/" + name, "%PDF-1.4 " + name + "\n");
            site.file("content/docs/" + name, "%PDF-1.4 docs/" + name + "\n");
        }
        return site.file("content/news/2024/2024-06-01-documents.md", """
                ---
                title: The reports of the year
                date: 2024-06-01T10:00:00+03:00
                lead: The reports, beside the text.
                areas: [energy]
                lang: en
                ---
                Beside the text: [the report](report+2022.pdf), [the annual report](annual%20report.pdf),
                [the same](<annual report.pdf> "Annual report"), [the Russian one](отчёт.pdf), [a plus b](a%2Bb.pdf).

                By site path: [the report](/docs/report+2022.pdf), [the annual report](/docs/annual%20report.pdf),
                [the Russian one](/docs/отчёт.pdf), [a plus b](/docs/a%2Bb.pdf).
                """);
    }

    @Test
    void documentsBesideATextBuildPassVerifyAndAreLinkedAtTheirFiles() throws Exception {
        TestSite site = site();

        Run run = site.cli("build", "--verify", "--now", TestSite.NOW.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        List<String> hrefs = site.page("/en/news/2024/06/documents/").select("main .prose a[href]").eachAttr("href");
        assertThat(hrefs).containsExactly(
                "/news/2024/report+2022.pdf", "/news/2024/annual%20report.pdf", "/news/2024/annual%20report.pdf",
                "/news/2024/%D0%BE%D1%82%D1%87%D1%91%D1%82.pdf", "/news/2024/a+b.pdf",
                "/docs/report+2022.pdf", "/docs/annual%20report.pdf", "/docs/отчёт.pdf", "/docs/a%2Bb.pdf");
        assertThat(site.page("/en/news/2024/06/documents/").select("main .prose a[title]").eachAttr("title")).containsExactly("Annual report");
        for (String file : List.of("news/2024/report+2022.pdf", "news/2024/annual report.pdf", "news/2024/отчёт.pdf", "news/2024/a+b.pdf")) {
            assertThat(Files.readString(site.output().resolve(file), StandardCharsets.UTF_8)).isEqualTo("%PDF-1.4 " + file.substring(10) + "\n");
        }
    }

    @Test
    void aMissingDocumentAndOnePublishedUnderAFingerprintedNameAreReportedAtTheirLinks() throws Exception {
        TestSite site = site();
        site.file("assets/files/brochure.pdf", "%PDF-1.4 brochure\n");
        site.file("content/news/2024/2024-06-02-minutes.md", """
                ---
                title: Minutes of the meeting
                date: 2024-06-02T10:00:00+03:00
                lead: What the meeting decided.
                areas: [energy]
                lang: en
                ---
                See [the minutes](minutes%20of%20June.pdf).
                """);
        site.file("content/news/2024/2024-06-03-brochure.md", """
                ---
                title: A brochure of the forum
                date: 2024-06-03T10:00:00+03:00
                lead: What the forum offers.
                areas: [energy]
                lang: en
                ---
                Read the forum's plan.

                Then [the brochure](/files/brochure.pdf).
                """);

        Run run = site.cli("build", "--now", TestSite.NOW.toString());

        assertThat(run.err()).isEqualTo("""
                content/news/2024/2024-06-02-minutes.md:8:5: error [link.broken] the link "minutes%20of%20June.pdf" leads to no file of the site \
                (on en/news/2024/06/minutes/index.html) — put the file at content/news/2024/minutes of June.pdf, beside the text, or correct the link
                content/news/2024/2024-06-03-brochure.md:10:6: error [link.broken] the link "/files/brochure.pdf" leads to no file of the site \
                (on en/news/2024/06/brochure/index.html) — assets/files/brochure.pdf is published under a name that changes with its content, \
                so a text cannot link to it: move it beside the text, to content/news/2024/brochure.pdf, and link it as […](brochure.pdf)
                portal: 2 errors; nothing was published, the previous site is unchanged
                """);
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void aPictureWithACyrillicNameIsPublishedAtItsNameEncoded() throws Exception {
        TestSite site = TestSite.create(dir).standardPages().picture("content/news/2024/фото завода.png", 300, 200)
                .file("content/news/2024/2024-06-04-plant.md", """
                        ---
                        title: The plant
                        date: 2024-06-04T10:00:00+03:00
                        lead: The plant, in a picture.
                        areas: [energy]
                        lang: en
                        ---
                        ![Workers at the plant](<фото завода.png>)

                        The [photo](фото%20завода.png) and the [same](%D1%84%D0%BE%D1%82%D0%BE%20%D0%B7%D0%B0%D0%B2%D0%BE%D0%B4%D0%B0.png).
                        """);

        Run run = site.cli("build", "--verify", "--now", TestSite.NOW.toString());

        assertThat(run.err()).isEmpty();
        Element image = site.page("/en/news/2024/06/plant/").selectFirst("main .prose img");
        String published = site.publishedFiles().stream().filter(file -> file.matches("news/2024/фото завода\\.[0-9a-f]{10}\\.png")).findFirst().orElseThrow();
        String address = "/news/2024/%D1%84%D0%BE%D1%82%D0%BE%20%D0%B7%D0%B0%D0%B2%D0%BE%D0%B4%D0%B0" + published.substring("news/2024/фото завода".length());
        assertThat(image.attr("src")).isEqualTo(address);
        assertThat(site.page("/en/news/2024/06/plant/").select("main .prose p a[href]").eachAttr("href")).containsExactly(address, address);
    }
}
