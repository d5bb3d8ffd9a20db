package news.coop.portal.jbake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import news.coop.portal.TestSite;
import org.jbake.app.Parser;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.parser.Engines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After a bake, JBake's own parser reads our {@code ---} YAML format through our engine, with our flexmark setup. */
class PortalMarkupEngineTest {
    @TempDir
    Path dir;

    @Test
    void jbakesParserReadsOurFormatThroughTheRegisteredEngine() throws Exception {
        TestSite site = TestSite.create(dir).standardPages().news("2023-09-26-roads", "Roads \"ahead\"", "roads");
        site.build();

        assertThat(Engines.get("md")).isInstanceOf(PortalMarkupEngine.class);
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(dir.toFile(), dir.resolve("out").toFile(), false);
        DocumentModel document = new Parser(config).processFile(dir.resolve("content/news/2023/2023-09-26-roads.md").toFile());

        assertThat(document).isNotNull();
        assertThat(document.getTitle()).isEqualTo("Roads \"ahead\"");
        assertThat(document.getType()).isEqualTo("post");
        assertThat(document.getBody()).isEqualTo("<p>Body of Roads &ldquo;ahead&rdquo;.</p>\n");
    }
}
