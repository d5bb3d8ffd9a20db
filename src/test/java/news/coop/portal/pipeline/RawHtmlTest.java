package news.coop.portal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import news.coop.portal.TestSite;
import news.coop.portal.TestSite.Run;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Raw HTML in a news item, through the real command line: safe markup reaches the page, and each part
 * the policy removes is a warning at its own line and column (an error with {@code --strict}).
 */
class RawHtmlTest {
    private static final String ITEM = "content/news/2024/2024-01-10-html.md";
    private static final String BODY = """
            Exports of <abbr title="Republic of Belarus">RB</abbr> grew, <b onclick="x()">fast</b>.

            <div class="note">
            <p>See <a href="javascript:alert(1)">this</a>.</p>
            <script>alert(1)</script>
            </div>

            > <p
            > onmouseover="alert(1)">Quoted.</p>

            - A list item with [a link](javascript:alert(1)).
            """;
    private static final String WARNINGS = """
            content/news/2024/2024-01-10-html.md:8:65: %1$s [html.event-attribute] the event attribute "onclick" is removed from <b> — a page runs only the portal's own scripts; delete the attribute
            content/news/2024/2024-01-10-html.md:11:11: %1$s [html.url-scheme] the address "javascript:alert(1)" is removed from <a href> — links may lead to http:, https:, mailto: and tel: addresses and to pages of the site; pictures may also be data:image/png, jpeg, gif or webp
            content/news/2024/2024-01-10-html.md:12:1: %1$s [html.script] the <script> element is removed, with its code — a page runs only the portal's own scripts; write the text in Markdown, and link to what the script showed
            content/news/2024/2024-01-10-html.md:16:3: %1$s [html.event-attribute] the event attribute "onmouseover" is removed from <p> — a page runs only the portal's own scripts; delete the attribute
            content/news/2024/2024-01-10-html.md:18:20: %1$s [html.url-scheme] the link to "javascript:alert(1)" is removed; its text stays — links may lead to http:, https:, mailto: and tel: addresses and to pages of the site; pictures may also be data:image/png, jpeg, gif or webp
            """;

    @TempDir
    Path dir;
    private TestSite site;

    @BeforeEach
    void writeSite() {
        site = TestSite.create(dir).standardPages()
                .file(ITEM, "---\ntitle: Html\ndate: 2024-01-10T10:00:00+03:00\nlead: A lead.\nareas: [energy]\nlang: en\n---\n" + BODY);
    }

    @Test
    void safeMarkupIsPublishedAndEachRemovalIsAWarningAtItsLineAndColumn() {
        Run run = site.cli("build");

        assertThat(run.err()).isEqualTo(WARNINGS.formatted("warning"));
        assertThat(run.exitCode()).isZero();
        Element text = site.page("/en/news/2024/01/html/").selectFirst(".prose");
        assertThat(text.select("abbr[title=Republic of Belarus]")).hasSize(1);
        assertThat(text.select("div.note p a").outerHtml()).isEqualTo("<a>this</a>");
        assertThat(text.select("blockquote p").text()).isEqualTo("Quoted.");
        assertThat(text.select("script, [onclick], [onmouseover], [href^=javascript]")).isEmpty();
        assertThat(text.select("li").text()).isEqualTo("A list item with a link.");
    }

    @Test
    void withStrictEachRemovalIsAnErrorAndNothingIsPublished() {
        Run run = site.cli("build", "--strict");

        assertThat(run.err()).isEqualTo(WARNINGS.formatted("error") + "portal: 5 errors; nothing was published, the previous site is unchanged\n");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(site.exists("/en/news/2024/01/html/")).isFalse();
        assertThat(site.cli("check", "--strict").err()).startsWith(WARNINGS.formatted("error"));
    }

    @Test
    void aRawPictureWithoutATextAlternativeStopsTheBuildAtItsPlace() throws Exception {
        String dot = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
        site.build();
        site.file(ITEM, "---\ntitle: Html\ndate: 2024-01-10T10:00:00+03:00\nlead: A lead.\nareas: [energy]\nlang: en\n---\n"
                + "A chart: <img src=\"" + dot + "\" alt=\"Exports grew\"> and a line <img src=\"" + dot + "\" alt=\"\">.\n\n"
                + "<figure>\n  <img src=\"" + dot + "\">\n</figure>\n");
        Run run = site.cli("build");

        assertThat(run.err()).isEqualTo("content/news/2024/2024-01-10-html.md:11:3: error [image.alt-missing] the <img> has no text alternative"
                + " — write what the picture shows in alt=\"…\" (alt=\"\" if it only decorates), or write it in Markdown: ![Workers at the plant](plant.jpg)\n"
                + "portal: 1 error; nothing was published, the previous site is unchanged\n");
        assertThat(run.exitCode()).isEqualTo(1);
        // The previous build stays: the item as it was, with the text before the pictures.
        assertThat(site.page("/en/news/2024/01/html/").select(".prose img")).isEmpty();
    }

    @Test
    void iframesComeOnlyFromTheConfiguredHostsOverHttps() {
        site.configure("portal.html.iframe_hosts = www.youtube-nocookie.com, player.vimeo.com")
                .file(ITEM, "---\ntitle: Html\ndate: 2024-01-10T10:00:00+03:00\nlead: A lead.\nareas: [energy]\nlang: en\n---\n"
                        + "<iframe src=\"https://www.youtube-nocookie.com/embed/x\" title=\"The forum\" allowfullscreen></iframe>\n\n"
                        + "<iframe src=\"https://www.youtube-nocookie.com.evil.example/embed/x\"></iframe>\n");
        Run run = site.cli("build");

        assertThat(run.err()).isEqualTo("content/news/2024/2024-01-10-html.md:10:1: warning [html.iframe] the <iframe> of"
                + " \"https://www.youtube-nocookie.com.evil.example/embed/x\" is removed — only https pages of www.youtube-nocookie.com, player.vimeo.com"
                + " may be embedded (portal.html.iframe_hosts in jbake.properties); link to others instead\n");
        assertThat(site.page("/en/news/2024/01/html/").select(".prose iframe").outerHtml())
                .isEqualTo("<iframe src=\"https://www.youtube-nocookie.com/embed/x\" title=\"The forum\" allowfullscreen></iframe>");
    }

    @Test
    void anIframeHostWithASchemeIsAConfigurationError() {
        site.configure("portal.html.iframe_hosts=https://www.youtube.com/");
        Run run = site.cli("build");

        assertThat(run.err()).startsWith("jbake.properties:9:26: error [config.iframe-host] \"https://www.youtube.com/\" is not a host name"
                + " — write host names alone, without https:// or a path, separated by commas:"
                + " portal.html.iframe_hosts = www.youtube-nocookie.com,player.vimeo.com\n");
        assertThat(run.exitCode()).isEqualTo(1);
    }
}
