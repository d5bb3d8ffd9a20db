package news.coop.portal.refine;

import static org.assertj.core.api.Assertions.assertThat;

import news.coop.portal.diag.Diagnostics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pins the address a link of a text is published with: a document beside the text at its site path,
 * under the site's base path and made as an address, whatever its name; everything else as written.
 */
class DocumentLinksTest {
    private static final String SOURCE = "content/news/2024/2024-05-16-boilers.md";

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            report+2022.pdf               | /portal/news/2024/report+2022.pdf
            annual%20report.pdf           | /portal/news/2024/annual%20report.pdf
            annual report.pdf             | /portal/news/2024/annual%20report.pdf
            отчёт.pdf#page=2              | /portal/news/2024/%D0%BE%D1%82%D1%87%D1%91%D1%82.pdf#page=2
            a%2Bb.pdf                     | /portal/news/2024/a+b.pdf
            ../docs/Plan.PDF?v=2          | /portal/news/docs/Plan.PDF?v=2
            ./photos/plant.jpg            | /portal/news/2024/photos/plant.jpg
            /portal/docs/annual report.pdf | /portal/docs/annual%20report.pdf
            /portal/docs/отчёт.pdf        | /portal/docs/отчёт.pdf
            /portal/en/about/             | /portal/en/about/
            `#part`                       | `#part`
            ../about/                     | ../about/
            notes.txt                     | notes.txt
            ../../../../x.pdf             | ../../../../x.pdf
            50%off.pdf                    | 50%off.pdf
            https://example.org/x.pdf     | https://example.org/x.pdf
            mailto:press@example.org      | mailto:press@example.org
            """)
    void aLinkToADocumentBesideTheTextLeadsToItsSitePath(String written, String published) {
        Document page = Jsoup.parse("<main><a href=\"\">the document</a></main>");
        page.selectFirst("a").attr("href", written);

        new DocumentLinks().transform(page, new RefineContext(Sites.at("https://example.org/portal"), "en/news/2024/05/boilers/index.html", SOURCE,
                new Diagnostics()));

        assertThat(page.selectFirst("a").attr("href")).isEqualTo(published);
    }
}
