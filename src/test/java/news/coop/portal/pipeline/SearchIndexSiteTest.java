package news.coop.portal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import news.coop.portal.Json;
import news.coop.portal.TestSite;
import news.coop.portal.search.SearchIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every language gets a search page and an index of its own published items, and nothing else. */
class SearchIndexSiteTest {
    @TempDir
    static Path dir;
    static TestSite site;

    @BeforeAll
    static void build() throws Exception {
        site = TestSite.create(dir).standardPages()
                .news("2023-09-26-roads", "Roads to the energy plant", "roads,energy")
                .news("2024-02-01-dorogi", "Дороги и энергетика", "roads", "lang: ru")
                .news("2024-03-01-shkola", "Новая школа", "construction", "lang: ru")
                .news("2025-01-01-draft", "A draft about roads", "roads", "status: draft")
                .news("2030-01-01-embargo", "Roads of the future", "roads");
        site.build();
    }

    private static Map<String, Object> meta(String lang) {
        return Json.object(site.text("/" + lang + "/search/meta.json"));
    }

    private static List<?> documents(String lang, String key) {
        int shards = (Integer) meta(lang).get("shards");
        return (List<?>) Json.object(site.text("/" + lang + "/search/t/" + SearchIndex.shard(key, shards) + ".json")).get(key);
    }

    @Test
    void everyLanguageHasASearchPageAndAnIndex() {
        for (String lang : List.of("en", "ru", "be")) {
            assertThat(site.page("/" + lang + "/search/").select("h1").text()).isNotBlank();
            assertThat(site.exists("/" + lang + "/search/t/0.json")).isTrue();
            assertThat(site.exists("/" + lang + "/search/p/0.json")).isTrue();
        }
        assertThat(meta("be")).containsEntry("docs", 0).containsEntry("years", List.of());
        assertThat(site.exists("/be/search/d/0.json")).isFalse();
    }

    @Test
    void anIndexHoldsOnlyItsLanguagesPublishedItems() {
        assertThat(meta("en")).containsEntry("docs", 1).containsEntry("years", List.of(List.of(2023, 0, 1)));
        assertThat(meta("ru")).containsEntry("docs", 2).containsEntry("years", List.of(List.of(2024, 0, 2)));
        // The draft and the embargoed item mention roads too; only the published item is listed.
        assertThat(documents("en", "road")).isEqualTo(List.of(0, 1));
        assertThat(site.text("/en/search/d/0.json")).doesNotContain("draft").doesNotContain("future");
        for (int shard = 0; shard < (Integer) meta("en").get("shards"); shard++) {
            assertThat(site.text("/en/search/t/" + shard + ".json")).doesNotContain("futur");
        }
    }

    @Test
    void itemsAreFoundByTheirWordsInAnyFormAndByTheirAreas() {
        // «Новая школа» (March) is the newer Russian item, id 0; «Дороги и энергетика» (February) is id 1,
        // found by «дороги» and «энергетика» in its title, whatever their forms.
        assertThat(documents("ru", "дорог")).isEqualTo(List.of(1, 1));
        assertThat(documents("ru", "энергет")).isEqualTo(List.of(1, 1));
        assertThat(documents("ru", "@construction")).isEqualTo(List.of(0));
        assertThat(documents("ru", "@roads")).isEqualTo(List.of(1));
        assertThat(Json.array(site.text("/ru/search/d/0.json")).get(0)).asList()
                .startsWith("/ru/news/2024/03/shkola/", "Новая школа", "2024-03-01");
        assertThat(Json.array(site.text("/ru/search/d/0.json"))).hasSize(2);
    }

    @Test
    void theSearchPageIsInTheSitemapAndHasItsLanguageVersions() {
        assertThat(site.text("/sitemap.xml")).contains("/ru/search/</loc>");
        assertThat(site.page("/ru/search/").select("link[rel=alternate][hreflang=en]").attr("href")).endsWith("/en/search/");
    }
}
