package news.coop.portal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The check behind "no page shows another language's UI text" finds what it should, and only that. */
class UntranslatedTextTest {
    private static final Map<String, Map<String, String>> MESSAGES = UntranslatedText.messages(Path.of("templates/messages"), List.of("ru", "be", "en"));

    private static Document russianPage(String body) {
        return Jsoup.parse("<html lang=\"ru\"><head><title>Skip to main content</title></head><body>" + body + "</body></html>");
    }

    @Test
    void findsAnEnglishUiStringOnARussianPage() {
        assertThat(UntranslatedText.find(russianPage("<nav><a href=\"/ru/\">Главная</a> <a href=\"/ru/archive/\">Archive</a></nav>"), "ru", MESSAGES))
                .containsExactly("Archive (en nav.archive)");
    }

    @Test
    void findsTheLiteralPartsOfAStringWithPlaceholdersAndLabelsForScreenReaders() {
        assertThat(UntranslatedText.find(russianPage("<nav aria-label=\"Pagination\"><p>Новостей: 3</p><p>Навіна: 3</p></nav>"), "ru", MESSAGES))
                .contains("Pagination (en pagination.label)");
        assertThat(UntranslatedText.find(russianPage("<p>Photo: Someone</p>"), "ru", MESSAGES)).containsExactly("Photo: (en news.photo)");
    }

    @Test
    void ignoresAuthoredTextTextInAnotherLanguageAndPartsOfWords() {
        assertThat(UntranslatedText.find(russianPage("""
                <div class="prose"><p>Archive</p></div>
                <nav class="lang-switch"><a lang="en" href="/en/">English (no English version: home page)</a></nav>
                <p>Archived</p>
                """), "ru", MESSAGES)).isEmpty();
    }
}
