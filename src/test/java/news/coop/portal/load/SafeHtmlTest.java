package news.coop.portal.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import news.coop.portal.diag.DiagnosticException;
import news.coop.portal.model.Markdown;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The raw HTML policy: what it keeps, what it removes, and how it names each removal. */
class SafeHtmlTest {
    private static final SafeHtml VIDEOS = new SafeHtml(List.of("www.youtube-nocookie.com"));
    private static final MarkdownProcessor MARKDOWN = new MarkdownProcessor();

    @Test
    void whatMarkdownWritesPassesThePolicyUnchanged() {
        // So cleaning a body with raw HTML changes only the raw HTML in it.
        MarkdownProcessorSpecTest.examples().filter(example -> !RawHtml.hasRawHtml(parsed(example.markdown()).document()))
                .forEach(example -> assertThat(VIDEOS.clean(example.html())).as(example.toString()).isEqualTo(serialised(example.html())));
    }

    private static Markdown parsed(String markdown) {
        try {
            return MARKDOWN.read(markdown, "x.md", 1, "en").markdown();
        } catch (DiagnosticException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static String serialised(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        return document.body().html();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <p>The <abbr title="Republic of Belarus">RB</abbr> and <b>bold</b>, H<sub>2</sub>O.</p>
            <table><tbody><tr><td colspan="2" align="right">1</td></tr></tbody></table>
            <figure><img src="/img/news/plant.jpg" alt="Plant"><figcaption>The plant</figcaption></figure>
            <details open><summary>More</summary><p lang="ru" dir="ltr" class="note" id="more">Текст</p></details>
            <a href="https://example.org/a?b=1#c">a</a> <a href="mailto:press@example.org">m</a> <a href="tel:+375171234567">t</a>
            <a href="/en/about/">s</a> <a href="../2023/x/">r</a> <a href="#fn-1">f</a>
            <p style="color: red; text-align: center">styled</p>
            <img src="data:image/png;base64,iVBORw0KGgo=" alt="dot">
            <iframe src="https://www.youtube-nocookie.com/embed/x" title="Video" allowfullscreen></iframe>
            """)
    void safeMarkupIsKeptAsItIs(String html) {
        assertThat(VIDEOS.clean(html)).isEqualTo(html);
        assertThat(VIDEOS.review(html).removals()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <img src="/x.png" onerror="alert(1)">           | <img src="/x.png">         | 18 html.event-attribute
            <p>a<script>alert(1)</script>b</p>             | <p>ab</p>                  | 4 html.script
            <a href="jav&#x09;ascript:alert(1)">x</a>      | <a>x</a>                   | 3 html.url-scheme
            <a href=" JaVaScRiPt:alert(1)">x</a>           | <a>x</a>                   | 3 html.url-scheme
            <a href="vbscript:msgbox(1)">x</a>             | <a>x</a>                   | 3 html.url-scheme
            <a href="data:text/html,x">x</a>               | <a>x</a>                   | 3 html.url-scheme
            <a href="ftp://example.org/">x</a>             | <a>x</a>                   | 3 html.url-scheme
            <img src="data:image/svg+xml,x" alt="">        | <img alt="">               | 5 html.url-scheme
            <p style="width: expression(alert(1))">x</p>   | <p>x</p>                   | 3 html.style
            <style>p{color:red}</style><p>x</p>            | <p>x</p>                   | 0 html.style
            <iframe src="https://evil.example/"></iframe>  | ''                         | 0 html.iframe
            <iframe src="http://www.youtube-nocookie.com/embed/x"></iframe> | ''        | 0 html.iframe
            <iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe> | ''     | 0 html.iframe
            <object data="x.swf">fallback</object>         | fallback                   | 0 html.removed
            <h1>Title</h1>                                 | Title                      | 0 html.removed
            <a href="/en/about/" target="_blank">x</a>     | <a href="/en/about/">x</a> | 21 html.removed
            a<!-- note -->b                                | ab                         | 1 html.removed
            """)
    void eachRemovalIsNamedWithItsCodeWhereItStarts(String html, String cleaned, String removal) {
        assertThat(VIDEOS.clean(html)).isEqualTo(cleaned);
        assertThat(VIDEOS.review(html).removals()).extracting(found -> found.index() + " " + found.code()).containsExactly(removal);
    }

    @Test
    void tagsABodyCannotHoldAreReportedWithTheirEventAttributes() {
        assertThat(VIDEOS.review("<p>Text</p>\n<body onload=\"alert(1)\">").removals())
                .extracting(found -> found.index() + " " + found.code() + " " + found.message())
                .containsExactly("18 html.event-attribute the event attribute \"onload\" is removed from <body>");
        assertThat(VIDEOS.review("<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\"><base href=\"javascript:alert(1)//\">").removals())
                .extracting(found -> found.index() + " " + found.code())
                .containsExactly("0 html.removed", "63 html.removed", "69 html.url-scheme");
        assertThat(VIDEOS.clean("<p>Text</p>\n<body onload=\"alert(1)\">")).isEqualTo("<p>Text</p>\n");
    }

    @Test
    void aRemovedElementTakesItsAttributesAndSaysSoOfThoseThatRunCode() {
        assertThat(VIDEOS.review("<svg onload=\"alert(1)\" width=\"10\"><a xlink:href=\"javascript:alert(1)\">x</a></svg>").removals())
                .extracting(found -> found.index() + " " + found.code())
                .containsExactly("0 html.removed", "5 html.event-attribute", "37 html.url-scheme");
    }

    @ParameterizedTest
    @ValueSource(strings = {"width: expression(alert(1))", "w\\69 dth: e\\78 pression(alert(1))", "xss: expr/**/ession(alert(1))",
            "background: url(\"javascript:alert(1)\")", "background: url(java\\73 cript:alert(1))", "background: url(vbscript:msgbox(1))",
            "-moz-binding: url(https://evil.example/x.xml#xss)", "behavior: url(x.htc)", "@import 'https://evil.example/x.css'",
            "background: url(JAVA\tSCRIPT:alert(1))"})
    void aStyleThatCouldRunCodeIsRecognised(String style) {
        assertThat(SafeHtml.styleRunsCode(style)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"color: red; font-weight: bold", "background: url(/img/paper.png)", "text-align: right", "margin: 0 \\31 em"})
    void aPlainStyleIsKept(String style) {
        assertThat(SafeHtml.styleRunsCode(style)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            a   | https://example.org/    | true
            a   | http://example.org/     | true
            a   | mailto:press@example.org | true
            a   | tel:+375171234567       | true
            a   | /en/about/              | true
            a   | ../2023/x/              | true
            a   | #fn-1                   | true
            a   | portal-source:0:        | true
            a   | javascript:alert(1)     | false
            a   | ' javascript:alert(1)'  | false
            a   | JAVASCRIPT:alert(1)     | false
            a   | vbscript:msgbox(1)      | false
            a   | data:text/html,x        | false
            a   | data:image/png;base64,x | false
            a   | ftp://example.org/      | false
            img | /img/news/plant.jpg     | true
            img | https://example.org/a.png | true
            img | data:image/png;base64,x | true
            img | data:image/jpeg;base64,x | true
            img | data:image/gif;base64,x | true
            img | data:image/webp;base64,x | true
            img | data:image/svg+xml,x    | false
            img | data:text/html,x        | false
            img | javascript:alert(1)     | false
            """)
    void addressesFollowOneRule(String tag, String address, boolean allowed) {
        assertThat(SafeHtml.allowsAddress(tag, tag.equals("a") ? "href" : "src", address)).isEqualTo(allowed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/en/about/", "//example.org/x", "#fn-1", "?page=2", "./x/", "../2023/x/", "plant.jpg", "/x:y", "#javascript:alert(1)",
            "https://example.org/a?b=c:d", "http://example.org/", "mailto:press@example.org", "tel:+375171234567", "portal-source:3:"})
    void anAddressAllowedAtAGlanceIsOneTheSafelistAllows(String address) {
        for (String tag : List.of("a", "img")) {
            String attribute = tag.equals("a") ? "href" : "src";
            if (SafeHtml.plainlyAllowed(tag, address)) {
                assertThat(SafeHtml.safelistAllows(tag, attribute, address)).as(tag + " " + address).isTrue();
            }
        }
        assertThat(SafeHtml.plainlyAllowed("a", address)).isTrue();
    }

    @Test
    void controlCharactersInAnAddressAreRefusedAsABrowserReadsThem() {
        for (String address : List.of("jav\tascript:alert(1)", "java\nscript:alert(1)", "\u0001javascript:alert(1)", "javascript\r:alert(1)")) {
            assertThat(SafeHtml.allowsAddress("a", "href", address)).as(address).isFalse();
        }
    }

    @Test
    void theMarkdownRendererCleansRawHtmlToo() throws DiagnosticException {
        String html = MARKDOWN.renderer("en", Map.of()).render(parsed("Text <img src=\"/x.png\" alt=\"\" onerror=\"alert(1)\">.\n"));
        assertThat(html).isEqualTo("<p>Text <img src=\"/x.png\" alt=\"\">.</p>\n");
    }
}
