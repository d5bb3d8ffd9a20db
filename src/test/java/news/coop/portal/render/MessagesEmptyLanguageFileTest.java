package news.coop.portal.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression test: a language file that exists but holds no keys (say, only its comment header) is
 * missing every key, and must be reported like any other missing key, not pass silently.
 */
class MessagesEmptyLanguageFileTest {
    @TempDir
    Path root;

    @Test
    void aLanguageFileWithoutKeysIsMissingEveryKey() throws Exception {
        Path dir = Files.createDirectories(root.resolve("templates/messages"));
        Files.writeString(dir.resolve("en.properties"), "nav.home=Home\n");
        Files.writeString(dir.resolve("ru.properties"), "nav.home=Главная\n");
        Files.writeString(dir.resolve("be.properties"), "# UI strings in Belarusian. TODO: translate.\n");
        SiteConfig config = new SiteConfig(root, root.resolve("content"), root.resolve("data"), root.resolve("templates"), root.resolve("assets"),
                root.resolve("target/site"), "https://news.example.org", List.of("en", "ru", "be"), "en", ZoneId.of("Europe/Minsk"),
                10, 20, List.of(), Map.of());
        Diagnostics diagnostics = new Diagnostics();

        Messages.load(config, diagnostics);

        assertThat(diagnostics.sorted()).extracting(Diagnostic::path, Diagnostic::code)
                .containsExactly(tuple("templates/messages/be.properties", "messages.key-missing"));
    }
}
