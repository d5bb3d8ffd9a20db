package news.coop.portal.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The search index of one language: the files under {@code /{lang}/search/} that the search page
 * reads, sharded so that a query downloads only the few files its words hash to, never the index
 * whole. The format is documented in the README ("Search: the index files") and read by
 * {@code assets/js/search.js}.
 *
 * <ul>
 *   <li>{@code meta.json}: the number of documents, shards and documents per chunk, and the ids of
 *       each year's documents (ids count from the newest item, so a year is a range);
 *   <li>{@code t/{n}.json}: for every term whose {@link #shard} is n, the documents holding it and
 *       whether in the title; for {@code "@" + area}, the documents of that area;
 *   <li>{@code p/{n}.json}: the positions of those terms in those documents, read for phrases only;
 *   <li>{@code d/{k}.json}: what a result shows of documents k × {@value #CHUNK} onwards.
 * </ul>
 * Lists of ids and positions are delta-encoded. Pure and deterministic: the same documents give
 * the same bytes (keys sorted, no build time, no whitespace).
 */
public final class SearchIndex {
    /** Documents per {@code d/} file: a page of 20 results reads at most 20 small files. */
    public static final int CHUNK = 20;
    /** About how many numbers a {@code t/} shard holds: a few kilobytes compressed. */
    static final int SHARD_SIZE = 8192;
    static final int MAX_SHARDS = 4096;
    /** Between two fields, positions skip one, so that no phrase spans two fields. */
    private static final int FIELD_GAP = 1;
    private static final JsonFactory JSON = new JsonFactory();

    private SearchIndex() {
    }

    /**
     * One news item as search sees it.
     *
     * @param url      its address, ready for {@code href} (with the site's base path)
     * @param dateIso  {@code YYYY-MM-DD}, in the site's time zone
     * @param dateText the date as the site prints it
     * @param year     the year of {@code dateIso}
     * @param areas    its area ids
     * @param text     the text of its body
     * @param labels   the labels of its areas and regions, also searched
     */
    public record Document(String url, String title, String dateIso, String dateText, int year, String lead, List<String> areas,
            String text, String labels) {
        public Document {
            areas = List.copyOf(areas);
        }
    }

    /** A document and its terms. */
    public record Entry(Document document, Analysed analysed) {
    }

    /**
     * A document's terms: each with its positions over title, lead, body and labels, and which are
     * in the title.
     */
    public record Analysed(Map<String, int[]> positions, Set<String> inTitle) {
    }

    /** The terms of one document in {@code lang}: the slow part, done once per document and kept by the caller. */
    public static Analysed analyse(Document document, String lang) {
        Map<String, List<Integer>> positions = new TreeMap<>();
        Set<String> inTitle = new TreeSet<>();
        int position = 0;
        String[] fields = {document.title(), document.lead(), document.text(), document.labels()};
        for (int field = 0; field < fields.length; field++) {
            for (String term : SearchText.terms(fields[field], lang)) {
                positions.computeIfAbsent(term, key -> new ArrayList<>()).add(position++);
                if (field == 0) {
                    inTitle.add(term);
                }
            }
            position += FIELD_GAP;
        }
        Map<String, int[]> arrays = new TreeMap<>();
        positions.forEach((term, list) -> arrays.put(term, list.stream().mapToInt(Integer::intValue).toArray()));
        return new Analysed(arrays, inTitle);
    }

    /**
     * The index files of one language, by path inside its search folder ({@code meta.json},
     * {@code t/0.json} …).
     *
     * @param entries the language's published news items, newest first (their order gives their
     *                ids), each with its {@link #analyse analysis}
     */
    public static Map<String, String> files(String lang, List<Entry> entries) {
        List<Document> documents = entries.stream().map(Entry::document).toList();
        Map<String, Postings> terms = new TreeMap<>();
        Map<String, List<Integer>> areas = new TreeMap<>();
        for (int id = 0; id < documents.size(); id++) {
            Analysed document = entries.get(id).analysed();
            for (Map.Entry<String, int[]> term : document.positions().entrySet()) {
                terms.computeIfAbsent(term.getKey(), key -> new Postings()).add(id, document.inTitle().contains(term.getKey()), term.getValue());
            }
            for (String area : new TreeSet<>(documents.get(id).areas())) {
                areas.computeIfAbsent("@" + area, key -> new ArrayList<>()).add(id);
            }
        }
        long numbers = 0;
        for (Postings postings : terms.values()) {
            numbers += 2L * postings.ids.size();
        }
        for (List<Integer> ids : areas.values()) {
            numbers += ids.size();
        }
        int shards = shards(numbers);

        Map<String, String> files = new LinkedHashMap<>();
        files.put("meta.json", meta(lang, documents, shards));
        List<Map<String, int[]>> postingShards = new ArrayList<>();
        List<Map<String, int[]>> positionShards = new ArrayList<>();
        for (int i = 0; i < shards; i++) {
            postingShards.add(new TreeMap<>());
            positionShards.add(new TreeMap<>());
        }
        terms.forEach((term, postings) -> {
            int shard = shard(term, shards);
            postingShards.get(shard).put(term, postings.documents());
            positionShards.get(shard).put(term, postings.positions());
        });
        areas.forEach((key, ids) -> postingShards.get(shard(key, shards)).put(key, deltas(ids)));
        for (int i = 0; i < shards; i++) {
            files.put("t/" + i + ".json", numbers(postingShards.get(i)));
            files.put("p/" + i + ".json", numbers(positionShards.get(i)));
        }
        for (int first = 0; first < documents.size(); first += CHUNK) {
            files.put("d/" + first / CHUNK + ".json", chunk(documents.subList(first, Math.min(documents.size(), first + CHUNK))));
        }
        return files;
    }

    /** The fewest shards (a power of two) that hold about {@value #SHARD_SIZE} numbers each. */
    static int shards(long numbers) {
        int shards = 1;
        while (shards < MAX_SHARDS && numbers / shards > SHARD_SIZE) {
            shards *= 2;
        }
        return shards;
    }

    /** The shard of a key: FNV-1a (32 bits) over its UTF-16 units, as {@code search.js} computes it. */
    public static int shard(String key, int shards) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 0x01000193;
        }
        return hash & (shards - 1);
    }

    /** One term's documents (ascending ids), whether it is in their titles, and its positions in them. */
    private static final class Postings {
        final List<Integer> ids = new ArrayList<>();
        final List<Boolean> titles = new ArrayList<>();
        final List<int[]> positions = new ArrayList<>();

        void add(int id, boolean title, int[] at) {
            ids.add(id);
            titles.add(title);
            positions.add(at);
        }

        /** {@code [id delta, in title (0/1), …]}. */
        int[] documents() {
            int[] out = new int[ids.size() * 2];
            int previous = 0;
            for (int i = 0; i < ids.size(); i++) {
                out[2 * i] = ids.get(i) - previous;
                out[2 * i + 1] = titles.get(i) ? 1 : 0;
                previous = ids.get(i);
            }
            return out;
        }

        /** {@code [count, position deltas…]} per document, in the order of {@link #documents}. */
        int[] positions() {
            int size = 0;
            for (int[] at : positions) {
                size += 1 + at.length;
            }
            int[] out = new int[size];
            int next = 0;
            for (int[] at : positions) {
                out[next++] = at.length;
                int previous = 0;
                for (int position : at) {
                    out[next++] = position - previous;
                    previous = position;
                }
            }
            return out;
        }
    }

    private static int[] deltas(List<Integer> ids) {
        int[] out = new int[ids.size()];
        int previous = 0;
        for (int i = 0; i < ids.size(); i++) {
            out[i] = ids.get(i) - previous;
            previous = ids.get(i);
        }
        return out;
    }

    private static String meta(String lang, List<Document> documents, int shards) {
        return json(json -> {
            json.writeStartObject();
            json.writeNumberField("v", 1);
            json.writeStringField("lang", lang);
            json.writeNumberField("docs", documents.size());
            json.writeNumberField("shards", shards);
            json.writeNumberField("chunk", CHUNK);
            json.writeArrayFieldStart("years");
            int first = 0;
            for (int id = 1; id <= documents.size(); id++) {
                if (id == documents.size() || documents.get(id).year() != documents.get(first).year()) {
                    json.writeArray(new int[] {documents.get(first).year(), first, id}, 0, 3);
                    first = id;
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private static String numbers(Map<String, int[]> lists) {
        return json(json -> {
            json.writeStartObject();
            for (Map.Entry<String, int[]> list : lists.entrySet()) {
                json.writeFieldName(list.getKey());
                json.writeArray(list.getValue(), 0, list.getValue().length);
            }
            json.writeEndObject();
        });
    }

    private static String chunk(List<Document> documents) {
        return json(json -> {
            json.writeStartArray();
            for (Document document : documents) {
                json.writeStartArray();
                json.writeString(document.url());
                json.writeString(document.title());
                json.writeString(document.dateIso());
                json.writeString(document.dateText());
                json.writeString(document.lead());
                json.writeArray(document.areas().toArray(String[]::new), 0, document.areas().size());
                json.writeEndArray();
            }
            json.writeEndArray();
        });
    }

    private interface Writing {
        void write(JsonGenerator json) throws IOException;
    }

    private static String json(Writing writing) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            writing.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

}
