package news.coop.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.coop.portal.Json;
import org.junit.jupiter.api.Test;

/** The index files, read back the way {@code search.js} reads them. */
class SearchIndexTest {
    private static SearchIndex.Entry entry(String url, String title, String date, String lead, String text, String... areas) {
        SearchIndex.Document document = new SearchIndex.Document(url, title, date, "on " + date, Integer.parseInt(date.substring(0, 4)), lead,
                List.of(areas), text, "");
        return new SearchIndex.Entry(document, SearchIndex.analyse(document, "en", new SearchText()));
    }

    private static final List<SearchIndex.Entry> NEWS = List.of(
            entry("/en/news/2024/05/plant/", "A new plant", "2024-05-02", "Energy cooperation grows.", "The plant builds roads.", "energy"),
            entry("/en/news/2023/09/roads/", "Road building", "2023-09-26", "Two regions build roads.", "Cooperation in energy too.", "roads", "energy"),
            entry("/en/news/2023/01/school/", "School", "2023-01-10", "A school opens.", "Pupils.", "education"));

    private static Map<String, String> files() {
        return SearchIndex.files("en", NEWS);
    }

    /** The list of {@code key} in the {@code t/} or {@code p/} shard it hashes to. */
    private static List<Integer> list(Map<String, String> files, String folder, String key) {
        int shards = (Integer) Json.object(files.get("meta.json")).get("shards");
        Map<String, Object> shard = Json.object(files.get(folder + "/" + SearchIndex.shard(key, shards) + ".json"));
        List<Integer> out = new ArrayList<>();
        for (Object number : (List<?>) shard.get(key)) {
            out.add((Integer) number);
        }
        return out;
    }

    @Test
    void metaNamesTheDocumentsShardsChunksAndTheIdsOfEachYear() {
        assertThat(files().get("meta.json"))
                .isEqualTo("{\"v\":1,\"lang\":\"en\",\"docs\":3,\"shards\":1,\"chunk\":20,\"years\":[[2024,0,1],[2023,1,3]]}");
    }

    @Test
    void aTermListsItsDocumentsDeltaEncodedWithTheTitleFlag() {
        Map<String, String> files = files();
        // "road" is in document 0's body and document 1's title and lead: ids 0 and 1 (deltas 0, 1).
        assertThat(list(files, "t", "road")).containsExactly(0, 0, 1, 1);
        // "build" (builds, building, build): documents 0 and 1, in the title of 1.
        assertThat(list(files, "t", "build")).containsExactly(0, 0, 1, 1);
        assertThat(list(files, "t", "school")).containsExactly(2, 1);
    }

    @Test
    void positionsRunOverTitleLeadAndBodyWithAGapBetweenFields() {
        Map<String, String> files = files();
        // Document 0: title "a new plant" 0 … 2, lead "energy cooperation grows" 4 … 6, body "the plant builds roads" 8 … 11.
        // Document 1: title "road building" 0, 1, lead "two regions build roads" 3 … 6, body "cooperation in energy too" 8 … 11.
        assertThat(list(files, "p", "road")).containsExactly(1, 11, 2, 0, 6);
        assertThat(list(files, "p", "energi")).containsExactly(1, 4, 1, 10);
    }

    @Test
    void anAreaListsItsDocuments() {
        Map<String, String> files = files();
        assertThat(list(files, "t", "@energy")).containsExactly(0, 1);
        assertThat(list(files, "t", "@education")).containsExactly(2);
    }

    @Test
    void aChunkHoldsWhatAResultShows() {
        assertThat(Json.array(files().get("d/0.json")).get(1))
                .isEqualTo(List.of("/en/news/2023/09/roads/", "Road building", "2023-09-26", "on 2023-09-26", "Two regions build roads.", List.of("roads", "energy")));
    }

    @Test
    void theSameDocumentsGiveTheSameBytes() {
        assertThat(files()).isEqualTo(SearchIndex.files("en", List.copyOf(NEWS)));
        assertThat(files().keySet()).containsExactly("meta.json", "t/0.json", "p/0.json", "d/0.json");
    }

    @Test
    void theShardHashIsFnv1aOfTheUtf16Units() {
        // Published FNV-1a 32-bit test vectors ("" → 0x811c9dc5, "a" → 0xe40c292c, "foobar" → 0xbf9cf968).
        assertThat(SearchIndex.shard("", 1 << 30)).isEqualTo(0x811c9dc5 & ((1 << 30) - 1));
        assertThat(SearchIndex.shard("a", 1 << 30)).isEqualTo(0xe40c292c & ((1 << 30) - 1));
        assertThat(SearchIndex.shard("foobar", 1 << 30)).isEqualTo(0xbf9cf968 & ((1 << 30) - 1));
    }

    @Test
    void theIndexSplitsIntoMoreShardsAsItGrows() {
        assertThat(SearchIndex.shards(0)).isEqualTo(1);
        assertThat(SearchIndex.shards(SearchIndex.SHARD_SIZE)).isEqualTo(1);
        assertThat(SearchIndex.shards(10L * SearchIndex.SHARD_SIZE)).isEqualTo(16);
        assertThat(SearchIndex.shards(Long.MAX_VALUE)).isEqualTo(SearchIndex.MAX_SHARDS);
    }

    @Test
    void chunksHoldTwentyDocumentsEach() {
        List<SearchIndex.Entry> many = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            many.add(entry("/en/news/" + i + "/", "Item " + i, "2024-01-01", "Lead", "Text"));
        }
        Map<String, String> files = SearchIndex.files("en", many);
        assertThat(Json.array(files.get("d/0.json"))).hasSize(20);
        assertThat(Json.array(files.get("d/2.json"))).hasSize(5);
        assertThat(files).doesNotContainKey("d/3.json");
    }
}
