package news.coop.portal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import news.coop.portal.cache.BuildCache;
import news.coop.portal.search.SearchIndex;
import news.coop.portal.search.SearchIndex.Indexed;
import news.coop.portal.search.SearchText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An item's search terms through the build cache: read back as made, made again when they are not whole. */
class SearchTermsTest {
    @TempDir
    Path dir;

    private static final String BODY = "<p>Строительство дорог &amp; энергетика: <a href=\"/ru/\">подробнее</a>.</p><p>Дороги строят.</p>";

    private static Indexed plain() {
        return SearchIndex.analyser(new SearchText()).index("ru", "Новые дороги", "Регионы строят дороги.", BODY, "Дороги\nЛенинградская область\n");
    }

    private static Indexed cached(Caching caching) {
        return SearchTerms.of(caching).index("ru", "Новые дороги", "Регионы строят дороги.", BODY, "Дороги\nЛенинградская область\n");
    }

    private static void assertSame(Indexed actual, Indexed expected) {
        assertThat(actual.text()).isEqualTo(expected.text()).contains("энергетика").doesNotContain("<p>", "&amp;");
        assertThat(actual.analysed().terms()).containsExactly(expected.analysed().terms());
        assertThat(actual.analysed().starts()).containsExactly(expected.analysed().starts());
        assertThat(actual.analysed().positions()).containsExactly(expected.analysed().positions());
        assertThat(Arrays.toString(actual.analysed().inTitle())).isEqualTo(Arrays.toString(expected.analysed().inTitle()));
    }

    @Test
    void aLaterBuildReadsTheTermsBackAsTheyWereMade() {
        Indexed made = cached(new Caching(BuildCache.in(dir), "tool"));
        BuildCache later = BuildCache.in(dir);

        Indexed read = cached(new Caching(later, "tool"));

        assertSame(made, plain());
        assertSame(read, plain());
        assertThat(later.report()).isEqualTo(new BuildCache.Report(1, 0, 0, 0));
        assertThat(plain().analysed().terms()).as("stems, not words").contains("дорог").doesNotContain("дороги");
    }

    @Test
    void anotherToolDoesNotTakeTheTerms() {
        cached(new Caching(BuildCache.in(dir), "tool"));
        BuildCache other = BuildCache.in(dir);

        assertSame(cached(new Caching(other, "another tool")), plain());
        assertThat(other.report().hits()).isZero();
    }

    @Test
    void aPayloadCutShortOrWithTrailingBytesIsNotTaken() {
        byte[] whole = SearchTerms.encode(plain());
        assertSame(SearchTerms.decode(whole), plain());
        for (int length = 0; length < whole.length; length += 7) {
            assertThat(SearchTerms.decode(Arrays.copyOf(whole, length))).as("cut at " + length).isNull();
        }
        assertThat(SearchTerms.decode(Arrays.copyOf(whole, whole.length + 1))).isNull();
    }

    @Test
    void withoutACacheTheTermsAreMadeEachTime() {
        assertSame(SearchTerms.of(Caching.NONE).index("ru", "Новые дороги", "Регионы строят дороги.", BODY, "Дороги\nЛенинградская область\n"), plain());
    }
}
