package news.coop.portal.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import news.coop.portal.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify.leak}: a draft or an embargoed item leaves no page, and neither its URL nor its title anywhere. */
class LeaksTest {
    private static final String TITLE = "Secret talks on a new bridge";
    private static final SourceDocument DRAFT = new SourceDocument("content/news/2024/2024-03-01-bridge.md", "/en/news/2024/03/bridge/", TITLE, "a draft");
    private static final SourceDocument SHORT = new SourceDocument("content/news/2024/2024-03-02-about.md", "/en/news/2024/03/about/", "About", "a draft");
    private static final String HINT = " — build again without --drafts and with the right --now; if it is still here, a page or template names ";

    @TempDir
    Path dir;

    @Test
    void aWithheldItemsPageItsUrlAndItsTitleAreLeaksButAShortTitleIsNot() {
        BuiltSite site = SiteFolder.read(dir, "https://news.example.org", """
                -- en/news/2024/03/bridge/index.html --
                <p>Secret talks on a new bridge</p>
                -- en/index.html --
                <p>About us. Soon: <a href="/en/news/2024/03/bridge/">Secret talks on a new bridge</a></p>
                -- en/feed.xml --
                <entry><title>Secret talks on a new bridge</title><link href="https://news.example.org/en/news/2024/03/bridgework/"/></entry>
                -- en/search/index.json --
                {"t":"Secret talks on a new bridge"}
                -- ru/index.html --
                <p>Secret talks on a&#x20;new bridge</p>
                """, DRAFT, SHORT, new SourceDocument("content/pages/home.md", "/en/", "Home", ""));

        assertThat(new Leaks().check(site)).extracting(Diagnostic::toString).containsExactly(
                "en/news/2024/03/bridge/index.html: error [verify.leak] the page of content/news/2024/2024-03-01-bridge.md is published, but it is a draft"
                        + HINT + "content/news/2024/2024-03-01-bridge.md by hand",
                // A URL that only starts like the draft's is no trace of it.
                "en/feed.xml: error [verify.leak] content/news/2024/2024-03-01-bridge.md is a draft, but its title \"" + TITLE + "\" appears here"
                        + HINT + "content/news/2024/2024-03-01-bridge.md by hand",
                "en/index.html: error [verify.leak] content/news/2024/2024-03-01-bridge.md is a draft, but its URL /en/news/2024/03/bridge/ and its title \""
                        + TITLE + "\" appear here (made from content/pages/home.md)" + HINT + "content/news/2024/2024-03-01-bridge.md by hand",
                "en/search/index.json: error [verify.leak] content/news/2024/2024-03-01-bridge.md is a draft, but its title \"" + TITLE + "\" appears here"
                        + HINT + "content/news/2024/2024-03-01-bridge.md by hand",
                "ru/index.html: error [verify.leak] content/news/2024/2024-03-01-bridge.md is a draft, but its title \"" + TITLE + "\" appears here"
                        + HINT + "content/news/2024/2024-03-01-bridge.md by hand");
    }

    @Test
    void nothingWithheldNothingToFind() {
        BuiltSite site = SiteFolder.read(dir, "https://news.example.org", "-- en/index.html --\n<p>" + TITLE + "</p>\n",
                new SourceDocument("content/news/x.md", "/en/x/", TITLE, ""));

        assertThat(new Leaks().check(site)).isEmpty();
    }
}
