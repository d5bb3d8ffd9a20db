package news.coop.portal.jbake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import news.coop.portal.config.ConfigKeys;
import news.coop.portal.config.ConfigReader;
import news.coop.portal.diag.Diagnostic;
import org.jbake.app.configuration.ConfigUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jbake.properties} read through JBake's factory: the keys JBake defines, and a file that cannot be read. */
class JBakeConfigsTest {
    @TempDir
    Path dir;

    /**
     * Every key of JBake's own {@code default.properties} (the file its factory reads) is either read or
     * ignored with a reason: a JBake upgrade that adds a key fails here until the key is placed.
     */
    @Test
    void everyKeyJBakeDefinesIsReadOrIgnoredWithAReason() throws Exception {
        Properties defaults = new Properties();
        try (InputStream in = ConfigUtil.class.getClassLoader().getResourceAsStream(ConfigUtil.DEFAULT_CONFIG_FILE)) {
            defaults.load(in);
        }
        Set<String> placed = new HashSet<>(ConfigKeys.JBAKE_READ);
        placed.addAll(ConfigKeys.ignoredNames());

        assertThat(defaults.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(placed);
        assertThat(ConfigKeys.JBAKE_READ).doesNotContainAnyElementsOf(ConfigKeys.ignoredNames());
    }

    @Test
    void aFileThatIsNotUtf8IsReportedNotReadWithReplacementCharacters() throws Exception {
        Files.write(dir.resolve("jbake.properties"), "site.host=https://news.example.org\n# Сайт\n".getBytes(java.nio.charset.Charset.forName("windows-1251")));
        ConfigReader.Result result = JBakeConfigs.read(dir, dir.resolve("target/site"), null);

        assertThat(result.config()).isNull();
        assertThat(result.diagnostics()).extracting(Diagnostic::toString)
                .containsExactly("jbake.properties: error [config.encoding] the file is not UTF-8 text — save it as UTF-8");
    }

    @Test
    void windowsLineEndsKeepTheLines() throws Exception {
        Files.writeString(dir.resolve("jbake.properties"), "site.host=https://news.example.org\r\n\r\nportal.page_size=x\r\n", StandardCharsets.UTF_8);
        ConfigReader.Result result = JBakeConfigs.read(dir, dir.resolve("target/site"), null);

        assertThat(result.diagnostics()).extracting(Diagnostic::location).containsExactly("jbake.properties:3:18");
    }
}
