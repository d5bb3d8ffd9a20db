package news.coop.portal.author;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Letters decide the language of real sentences, and the reason names the counts. */
class LanguageDetectorTest {
    @Test
    void belarusianHasЎІAndTheApostrophe() {
        LanguageDetector.Detection detection = LanguageDetector.detect(
                "Беларускія будаўнічыя арганізацыі будуць узводзіць жылыя дамы і мадэрнізаваць камунальныя сеткі. Бакі абмеркавалі новыя аб’екты.");

        assertThat(detection.lang()).contains("be");
        assertThat(detection.reason()).isEqualTo("ў ×1, і ×10, ’ ×1; no и, щ, ъ");
    }

    @Test
    void russianHasИЩЪ() {
        LanguageDetector.Detection detection = LanguageDetector.detect("Россия и Беларусь обсудили поставки техники, объём взаимной торговли и общие задачи.");

        assertThat(detection.lang()).contains("ru");
        assertThat(detection.reason()).isEqualTo("и ×12, щ ×1, ъ ×1; no ў, і, ’");
    }

    @Test
    void englishIsMostlyLatinEvenWithACyrillicName() {
        assertThat(LanguageDetector.detect("The delegation visited Минск and signed a contract.").reason()).isEqualTo("Latin ×38; Cyrillic ×5");
        assertThat(LanguageDetector.detect("Belarus and Russia discussed supplies.")).isEqualTo(
                new LanguageDetector.Detection(Optional.of("en"), "Latin ×33; no Cyrillic"));
    }

    @Test
    void aRussianQuotationInABelarusianTextIsOutnumbered() {
        assertThat(LanguageDetector.detect("Старшыня адзначыў: «Мы готовы». Супрацоўніцтва з рэгіёнам развіваецца і пашыраецца.").lang()).contains("be");
    }

    @Test
    void cyrillicWithoutTellingLettersOrNoLettersIsUndecided() {
        assertThat(LanguageDetector.detect("Новая дорога").lang()).isEmpty();
        assertThat(LanguageDetector.detect("Новая дорога").reason()).isEqualTo("Cyrillic, but no ў, і, ’, и, щ or ъ to tell Russian from Belarusian");
        assertThat(LanguageDetector.detect("2024 — 2025").lang()).isEmpty();
    }
}
