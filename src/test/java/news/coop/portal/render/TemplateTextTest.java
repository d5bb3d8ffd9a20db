package news.coop.portal.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * No UI text is written literally in a template: once Freemarker's directives, comments and
 * interpolations are removed, no words remain in text or in the attributes readers hear or see.
 * Every label comes from {@code msg(…)}, so every language gets it.
 */
class TemplateTextTest {
    private static final List<String> SPOKEN_ATTRIBUTES = List.of("alt", "title", "aria-label", "placeholder", "value");

    @Test
    void templatesContainNoLiteralWords() throws IOException {
        List<String> literals = new ArrayList<>();
        List<Path> templates;
        try (Stream<Path> walk = Files.walk(Path.of("templates"))) {
            templates = walk.filter(file -> file.toString().endsWith(".ftlh")).sorted().toList();
        }
        assertThat(templates).hasSizeGreaterThan(10);
        for (Path template : templates) {
            String markup = Files.readString(template)
                    .replaceAll("(?s)<#--.*?-->", "")
                    .replaceAll("(?s)\\$\\{.*?}", "")
                    .replaceAll("(?s)</?[#@](?:->|[^>])*>", "");
            Document document = Jsoup.parse(markup);
            for (Element element : document.getAllElements()) {
                if (element.tagName().equals("script") || element.tagName().equals("style")) {
                    continue;
                }
                for (TextNode text : element.textNodes()) {
                    if (text.text().codePoints().anyMatch(Character::isLetter)) {
                        literals.add(template + ": \"" + text.text().strip() + "\"");
                    }
                }
                for (String attribute : SPOKEN_ATTRIBUTES) {
                    if (element.attr(attribute).codePoints().anyMatch(Character::isLetter)) {
                        literals.add(template + ": " + attribute + "=\"" + element.attr(attribute) + "\"");
                    }
                }
            }
        }
        assertThat(literals).isEmpty();
    }
}
