package news.coop.portal.jbake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import news.coop.portal.TestSite;
import news.coop.portal.config.SiteConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files published as they are come from JBake's asset copy, which knows every one of them before it copies. */
class JBakeAssetsTest {
    @TempDir
    Path dir;

    @Test
    void everyAssetAndEveryFileBesideTheSourcesIsListedAndCopiedButNoSource() throws Exception {
        TestSite site = TestSite.create(dir).standardPages().news("2023-09-26-roads", "Roads", "roads")
                .file("content/news/2023/report.pdf", "%PDF-1.4\n")
                .file("assets/.hidden", "editor state\n");
        SiteConfig config = JBakeConfigs.read(site.root(), site.output(), null).config();
        JBakeAssets assets = new JBakeAssets(config);

        assertThat(assets.files()).contains("css/site.css", "news/2023/report.pdf", ".hidden").noneMatch(file -> file.endsWith(".md"));
        Path folder = dir.resolve("copy");
        Files.createDirectories(folder);
        assertThat(assets.copyInto(folder)).isEmpty();
        for (String file : assets.files()) {
            assertThat(folder.resolve(file)).isRegularFile();
        }
        assertThat(folder.resolve("news/2023/2023-09-26-roads.md")).doesNotExist();
    }

    @Test
    void jbakesAssetIgnoreSettingLeavesHiddenFilesOut() throws Exception {
        TestSite site = TestSite.create(dir).standardPages().configure("asset.ignore=true").file("assets/.hidden", "editor state\n");

        assertThat(new JBakeAssets(JBakeConfigs.read(site.root(), site.output(), null).config()).files()).contains("css/site.css").doesNotContain(".hidden");
    }
}
