package news.coop.portal.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import news.coop.portal.TestSite;
import news.coop.portal.address.Addresses;
import news.coop.portal.config.SiteConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins where a picture address leads: escaped dots ({@code %2e%2e}) climb as written ones do, every
 * spelling of one name leads to one site path, made as an address, and a {@code %} that starts no
 * escape is refused with its reason, never a crash.
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
        assertThat(ImagePaths.resolve(config, SOURCE, "../../../x.jpg").problem()).isEqualTo(Addresses.CLIMBS);
        assertThat(ImagePaths.sitePath(config, SOURCE, "/img/news/%2e%2e/plant.jpg")).contains("/img/plant.jpg");
    }

    @Test
    void everySpellingOfANameIsOneSitePathMadeAsAnAddress() {
        for (String written : new String[] {"фото завода.jpg", "фото%20завода.jpg",
                "%D1%84%D0%BE%D1%82%D0%BE%20%D0%B7%D0%B0%D0%B2%D0%BE%D0%B4%D0%B0.jpg", "./фото завода.jpg", "../2024/фото завода.jpg?v=2"}) {
            assertThat(ImagePaths.sitePath(config, SOURCE, written)).as(written)
                    .contains("/news/2024/%D1%84%D0%BE%D1%82%D0%BE%20%D0%B7%D0%B0%D0%B2%D0%BE%D0%B4%D0%B0.jpg");
        }
        assertThat(ImagePaths.sitePath(config, SOURCE, "/img/a%2Bb.jpg")).contains("/img/a+b.jpg");
        assertThat(ImagePaths.sitePath(config, SOURCE, "/img/a+b.jpg")).contains("/img/a+b.jpg");
        assertThat(ImagePaths.siteFile("/news/2024/%D1%84%D0%BE%D1%82%D0%BE%20%D0%B7%D0%B0%D0%B2%D0%BE%D0%B4%D0%B0.jpg")).isEqualTo("news/2024/фото завода.jpg");
        assertThat(ImagePaths.siteFile("/img/my%20photo.jpg")).isEqualTo("img/my photo.jpg");
    }

    @Test
    void aPercentSignThatStartsNoEscapeIsRefusedWithItsReason() {
        assertThat(ImagePaths.sitePath(config, SOURCE, "/img/news/50%off.jpg")).isEmpty();
        assertThat(ImagePaths.resolve(config, SOURCE, "/img/news/50%off.jpg").problem()).isEqualTo("\"%of\" is not a percent-escape (a % sign is written %25)");
        assertThat(ImagePaths.sitePath(config, SOURCE, "/img/news/50%25off.jpg")).contains("/img/news/50%25off.jpg");
        assertThat(ImagePaths.file(config, "/img/news/50%off.jpg")).isEmpty();
    }
}
