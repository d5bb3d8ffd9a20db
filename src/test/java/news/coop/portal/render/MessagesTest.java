package news.coop.portal.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
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
 * Pins the UI strings contract: every language defines the same keys (a missing one is an error naming
 * the file and the key), placeholders are replaced literally, apostrophes stay as written, and an
 * unknown key fails loudly instead of showing a raw key on a page.
 */
class MessagesTest {
    @TempDir
    Path root;

    private final Diagnostics diagnostics = new Diagnostics();

    @Test
    void identicalKeysLoadWithoutDiagnostics() throws Exception {
        Messages messages = load(
                "nav.home=Home\nsearch.results={0} results for \"{1}\"\n",
                "nav.home=Главная\nsearch.results=Найдено: {0} по запросу «{1}»\n",
                "nav.home=Галоўная\nsearch.results=Знойдзена: {0} па запыце «{1}»\n");

        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(messages.get("ru", "nav.home")).isEqualTo("Главная");
        assertThat(messages.has("be", "nav.home")).isTrue();
        assertThat(messages.has("be", "nav.away")).isFalse();
    }

    @Test
    void aKeyMissingInOneLanguageNamesTheFileAndTheKey() throws Exception {
        load("nav.home=Home\nnav.archive=Archive\n", "nav.home=Главная\nnav.archive=Архив\n", "nav.home=Галоўная\n");

        assertThat(diagnostics.sorted()).extracting(Diagnostic::toString).containsExactly(
                "templates/messages/be.properties: error [messages.key-missing] the UI string \"nav.archive\" is missing in \"be\""
                        + " — add \"nav.archive = …\" here, translated from templates/messages/en.properties");
    }

    @Test
    void replacesNumberedPlaceholders() throws Exception {
        Messages messages = load("pager.page=Page {0} of {1}\n", "pager.page=Страница {0} из {1}\n", "pager.page=Старонка {0} з {1}\n");

        assertThat(messages.get("en", "pager.page", List.of(2, 7))).isEqualTo("Page 2 of 7");
        assertThat(messages.get("be", "pager.page", List.of(2, 7))).isEqualTo("Старонка 2 з 7");
    }

    @Test
    void keepsApostrophesAsWritten() throws Exception {
        Messages messages = load("a11y.title=The reader's guide to {0}\n", "a11y.title=Руководство: {0}\n", "a11y.title=Аб'ява: {0}\n");

        assertThat(messages.get("en", "a11y.title", List.of("'roads'"))).isEqualTo("The reader's guide to 'roads'");
        assertThat(messages.get("be", "a11y.title", List.of("x"))).isEqualTo("Аб'ява: x");
    }

    @Test
    void anUnknownKeyFailsAndNamesTheKey() throws Exception {
        Messages messages = load("nav.home=Home\n", "nav.home=Главная\n", "nav.home=Галоўная\n");

        assertThatIllegalArgumentException().isThrownBy(() -> messages.get("ru", "nav.hmoe"))
                .withMessageContaining("\"nav.hmoe\"")
                .withMessageContaining("templates/messages/ru.properties");
    }

    @Test
    void aMissingLanguageFileIsReported() throws Exception {
        load("nav.home=Home\n", "nav.home=Главная\n", null);

        assertThat(diagnostics.sorted()).extracting(Diagnostic::path, Diagnostic::code)
                .containsExactly(tuple("templates/messages/be.properties", "messages.missing"));
    }

    /** Writes the three language files (null: leave the file out) and loads them. */
    private Messages load(String en, String ru, String be) throws Exception {
        Path dir = Files.createDirectories(root.resolve("templates/messages"));
        String[] texts = {en, ru, be};
        String[] langs = {"en", "ru", "be"};
        for (int i = 0; i < langs.length; i++) {
            if (texts[i] != null) {
                Files.writeString(dir.resolve(langs[i] + ".properties"), texts[i]);
            }
        }
        SiteConfig config = new SiteConfig(root, root.resolve("content"), root.resolve("data"), root.resolve("templates"), root.resolve("assets"),
                root.resolve("target/site"), "https://news.example.org", List.of("en", "ru", "be"), "en", ZoneId.of("Europe/Minsk"),
                10, 20, List.of(), Map.of());
        return Messages.load(config, diagnostics);
    }
}
