package news.coop.portal.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import news.coop.portal.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify.feed}: Atom 1.0 as ROME reads it, complete, with absolute links that lead to files of the site. */
class FeedsTest {
    private static final String HINT = " — the feed template is templates/feed.ftlx; feeds need portal's site.host set to the absolute site URL";
    private static final String FEED = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <id>https://news.example.org/en/feed.xml</id>
              <title>News</title>
              <updated>2024-06-01T10:00:00+03:00</updated>
              <link rel="self" href="https://news.example.org/en/feed.xml"/>
              <link rel="alternate" href="https://news.example.org/en/"/>
              <author><name>The press office</name></author>
              <entry>
                <id>tag:news.example.org,2024-06-01:/en/x/</id>
                <title>The item</title>
                <updated>2024-06-01T10:00:00+03:00</updated>
                <link rel="alternate" href="https://news.example.org/en/x/"/>
                <content type="html">&lt;p&gt;&lt;a href="https://news.example.org/en/"&gt;home&lt;/a&gt; &lt;a href="tel:+375171234567"&gt;call&lt;/a&gt;&lt;/p&gt;</content>
              </entry>
            </feed>
            """;

    @TempDir
    Path dir;

    @Test
    void aCompleteFeedWithAbsoluteLinksPasses() {
        assertThat(new Feeds().check(site(FEED))).isEmpty();
    }

    @Test
    void whatAFeedOrAnEntryLacksAndEveryLinkThatIsNotAbsoluteOrLeadsNowhereIsReported() {
        String damaged = FEED.replace("  <id>https://news.example.org/en/feed.xml</id>\n", "")
                .replace("<link rel=\"alternate\" href=\"https://news.example.org/en/x/\"/>", "<link rel=\"alternate\" href=\"/en/x/\"/>")
                .replace("<link rel=\"alternate\" href=\"https://news.example.org/en/\"/>", "<link rel=\"alternate\" href=\"https://news.example.org/en/gone/\"/>")
                .replace("&lt;a href=\"https://news.example.org/en/\"&gt;", "&lt;img src=\"/img/chart.png\" alt=\"\"&gt;&lt;a href=\"../en/\"&gt;");

        assertThat(new Feeds().check(site(damaged))).extracting(Diagnostic::toString).containsExactly(
                "en/feed.xml: error [verify.feed] the entry \"The item\" has the relative address \"../en/\" in its text" + HINT,
                "en/feed.xml: error [verify.feed] the entry \"The item\" has the relative address \"/img/chart.png\" in its text" + HINT,
                "en/feed.xml: error [verify.feed] the feed has no id" + HINT,
                "en/feed.xml: error [verify.feed] the link \"/en/x/\" is not absolute" + HINT,
                "en/feed.xml: error [verify.feed] the link \"https://news.example.org/en/gone/\" leads to no file of the site" + HINT);
    }

    @Test
    void aFeedThatIsNotAtomOrNotXmlIsReported() {
        assertThat(new Feeds().check(site(FEED.replace("</feed>", "")))).singleElement().asString()
                .startsWith("en/feed.xml: error [verify.feed] not a valid feed: ");
    }

    private BuiltSite site(String feed) {
        return SiteFolder.read(dir, "https://news.example.org", "-- en/feed.xml --\n" + feed + "-- en/index.html --\n-- en/x/index.html --\n"
                + "-- sitemap.xml --\n<urlset xmlns=\"http://www.w3.org/2005/Atom\"></urlset>\n");
    }
}
