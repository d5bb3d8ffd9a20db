package news.coop.portal.refine;

import static org.assertj.core.api.Assertions.assertThat;

import news.coop.portal.diag.Diagnostics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Table alignment leaves the obsolete {@code align} attribute for a class the stylesheet knows. */
class TableAlignmentTest {
    @Test
    void alignBecomesAClass() {
        Document page = Jsoup.parse("<table><tr><th align=right>n</th><td align=center>1</td><td align=justify>2</td><td>3</td></tr></table>");
        new TableAlignment().transform(page, new RefineContext(Sites.at("https://news.example.org"), "en/index.html", "", new Diagnostics()));

        assertThat(page.select("[align]")).isEmpty();
        assertThat(page.select("th").attr("class")).isEqualTo("align-right");
        assertThat(page.select("td").stream().map(cell -> cell.className())).containsExactly("align-center", "", "");
    }
}
