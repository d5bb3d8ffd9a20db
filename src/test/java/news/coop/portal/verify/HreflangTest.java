package news.coop.portal.verify;

import static news.coop.portal.verify.SiteFolder.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import news.coop.portal.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify.hreflang}: language versions name each other, and each is in the language it is named for. */
class HreflangTest {
    private static final String EN = "<link rel=\"alternate\" hreflang=\"en\" href=\"https://news.example.org/en/x/\">\n";
    private static final String RU = "<link rel=\"alternate\" hreflang=\"ru\" href=\"https://news.example.org/ru/x/\">\n";
    private static final String DEFAULT = "<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://news.example.org/\">\n";

    @TempDir
    Path dir;

    @Test
    void versionsThatNameEachOtherPass() {
        assertThat(new Hreflang().check(site(EN + RU + DEFAULT, "ru", RU + EN))).isEmpty();
    }

    @Test
    void aVersionThatDoesNotNameThePageBackIsReported() {
        assertThat(new Hreflang().check(site(EN + RU, "ru", RU + DEFAULT))).extracting(Diagnostic::toString).containsExactly(
                "en/x/index.html: error [verify.hreflang] names https://news.example.org/ru/x/ as its \"ru\" version, but ru/x/index.html does not name"
                        + " this page as one of its language versions (made from content/news/x.md) — give both versions the same translation key,"
                        + " so that each names the other");
    }

    @Test
    void aVersionInAnotherLanguageThanItIsNamedForIsReported() {
        assertThat(new Hreflang().check(site(EN + RU, "be", RU + EN))).extracting(Diagnostic::toString).containsExactly(
                "en/x/index.html: error [verify.hreflang] names https://news.example.org/ru/x/ as its \"ru\" version, but that page is in \"be\""
                        + " (made from content/news/x.md) — correct the lang of the translation");
    }

    private BuiltSite site(String englishHead, String russianLang, String russianHead) {
        return SiteFolder.read(dir, "https://news.example.org", "-- en/x/index.html --\n" + page("en", englishHead, "<p>X</p>")
                + "\n-- ru/x/index.html --\n" + page(russianLang, russianHead, "<p>X</p>") + "\n-- index.html --\n" + page("en", "", "<p>Home</p>") + "\n",
                new SourceDocument("content/news/x.md", "/en/x/", "X", ""));
    }
}
