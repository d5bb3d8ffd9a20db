package news.coop.portal.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import news.coop.portal.TestSite;
import news.coop.portal.config.SiteConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins where a picture address leads: escaped dots ({@code %2e%2e}) climb as written ones do, and a
 * {@code %} that starts no escape is a plain character, never a crash.
 */
class ImagePathsTest {
    private static final String SOURCE = "content/news/2024/2024-01-10-x.md";
    private static SiteConfig config;

    @BeforeAll
    static void aSite(@TempDir Path root) throws Exception {
        TestSite.create(root);
        config = news.coop.portal.author.Workspace.open(root).config();
    }

    @Test
    void escapedDotsThatClimbOutOfTheSiteLeadNowhere() {
        assertThat(ImagePaths.sitePath(config, SOURCE, "/img/%2e%2e/%2e%2e/etc/hosts.jpg")).isEmpty();
        assertThat(ImagePaths.sitePath(config, SOURCE, "%2e%2e/%2E%2E/%2e%2e/%2e%2e/etc/hosts.jpg")).isEmpty();
        assertThat(ImagePaths.sitePath(config, SOURCE, "/img/news/%2e%2e/plant.jpg")).contains("/img/news/%2e%2e/plant.jpg");
    }

    @Test
    void aPercentSignThatStartsNoEscapeIsAPlainCharacter() {
        assertThat(ImagePaths.sitePath(config, SOURCE, "/img/news/50%off.jpg")).contains("/img/news/50%off.jpg");
        assertThat(ImagePaths.file(config, "/img/news/50%off.jpg")).isEmpty();
        assertThat(ImagePaths.siteFile("/img/100%")).isEqualTo("img/100%");
        assertThat(ImagePaths.siteFile("/img/my%20photo.jpg")).isEqualTo("img/my photo.jpg");
    }
}
