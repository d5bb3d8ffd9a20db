package news.coop.portal.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regression test for a hole in "raw HTML is escaped": the attributes extension ({@code {#id .class}})
 * accepts any attribute name and value, so a Markdown author can put event handlers or a
 * {@code javascript:} address on an official page without writing a single tag.
 */
class MarkdownAttributesInjectScriptTest {
    private final MarkdownProcessor processor = new MarkdownProcessor();

    @ParameterizedTest
    @ValueSource(strings = {
            "Text\n{onclick=alert(1)}\n",
            "## Title {onmouseover=alert(1)}\n",
            "![Boiler house](/images/boiler.jpg){onerror=\"alert(1)\"}\n",
            "[About us](/en/about/){href=\"javascript:alert(1)\"}\n",
    })
    void attributesCannotAddScriptToAPage(String markdown) throws Exception {
        String html = processor.renderer("en", Map.of()).render(processor.read(markdown, "content/news/2024/2024-01-01-y.md", 1, "en").markdown());

        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as("attribute of <%s> in %s", element.tagName(), html).doesNotStartWith("on");
                assertThat(attribute.getValue().strip().toLowerCase(Locale.ROOT)).as("%s in %s", attribute.getKey(), html)
                        .doesNotStartWith("javascript:");
            }
        }
    }
}
