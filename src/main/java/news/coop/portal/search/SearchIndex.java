package news.coop.portal.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The search index of one language: the files under {@code /{lang}/search/} that the search page
 * reads, sharded so that a query downloads only the few files its words hash to, never the index
 * whole. The format is documented in the README ("Search: the analysis and the index files") and
 * read by {@code assets/js/search.js}.
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
     * A document's terms, sorted, with their positions over title, lead, body and labels, and whether
     * each is in the title: the positions of term i are {@code positions[starts[i]]} up to
     * {@code positions[starts[i + 1]]}. Flat arrays rather than maps, since a warm session keeps one
     * for every item.
     */
    public record Analysed(String[] terms, int[] starts, int[] positions, boolean[] inTitle) {
    }

    /** The text of a document's body and the terms of the document: what indexing it costs. */
    public record Indexed(String text, Analysed analysed) {
    }

    /**
     * Makes the slow part of a document's entry: its body's text and its terms. {@link #analyser}
     * does the work each time; a build passes one that keeps what it made in the build cache.
     */
    @FunctionalInterface
    public interface Analyser {
        /**
         * The text of {@code bodyHtml} ("" for none) and the terms of a document of {@code lang} with
         * these fields, in the order {@link #analyse} reads them.
         */
        Indexed index(String lang, String title, String lead, String bodyHtml, String labels);
    }

    /** The analyser that does the work each time, by the analysis {@code text}. */
    public static Analyser analyser(SearchText text) {
        return (lang, title, lead, bodyHtml, labels) -> {
            String body = bodyHtml.isEmpty() ? "" : SearchText.htmlText(bodyHtml);
            return new Indexed(body, analyse(lang, text, title, lead, body, labels));
        };
    }

    /**
     * The terms of one document in {@code lang}, by the build's analysis {@code text}: the slow part,
     * done once per document and kept by the caller.
     */
    public static Analysed analyse(Document document, String lang, SearchText text) {
        return analyse(lang, text, document.title(), document.lead(), document.text(), document.labels());
    }

    private static Analysed analyse(String lang, SearchText text, String... fields) {
        Map<String, Positions> terms = new HashMap<>();
        int[] position = {0};
        for (int field = 0; field < fields.length; field++) {
            boolean title = field == 0;
            SearchText.forEachToken(SearchText.normalize(fields[field]), token -> {
                Positions at = terms.computeIfAbsent(text.stem(token, lang), key -> new Positions());
                at.add(position[0]++);
                at.inTitle |= title;
            });
            position[0] += FIELD_GAP;
        }
        String[] sorted = terms.keySet().toArray(String[]::new);
        Arrays.sort(sorted);
        int[] starts = new int[sorted.length + 1];
        int[] positions = new int[position[0]];
        boolean[] inTitle = new boolean[sorted.length];
        int next = 0;
        for (int i = 0; i < sorted.length; i++) {
            Positions at = terms.get(sorted[i]);
            starts[i] = next;
            System.arraycopy(at.values, 0, positions, next, at.size);
            next += at.size;
            inTitle[i] = at.inTitle;
        }
        starts[sorted.length] = next;
        return new Analysed(sorted, starts, Arrays.copyOf(positions, next), inTitle);
    }

    /** A growable list of positions. */
    private static final class Positions {
        int[] values = new int[2];
        int size;
        boolean inTitle;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
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
        Map<String, Postings> terms = new HashMap<>();
        Map<String, Postings> areas = new TreeMap<>();
        for (int id = 0; id < documents.size(); id++) {
            Analysed document = entries.get(id).analysed();
            for (int i = 0; i < document.terms().length; i++) {
                terms.computeIfAbsent(document.terms()[i], key -> new Postings())
                        .add(id, document.inTitle()[i], document.positions(), document.starts()[i], document.starts()[i + 1]);
            }
            for (String area : new TreeSet<>(documents.get(id).areas())) {
                areas.computeIfAbsent("@" + area, key -> new Postings()).add(id, false, null, 0, 0);
            }
        }
        long numbers = 0;
        for (Postings postings : terms.values()) {
            numbers += 2L * postings.count;
        }
        for (Postings postings : areas.values()) {
            numbers += postings.count;
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
        new TreeMap<>(terms).forEach((term, postings) -> {
            int shard = shard(term, shards);
            postingShards.get(shard).put(term, postings.documents());
            positionShards.get(shard).put(term, postings.positions());
        });
        areas.forEach((key, postings) -> postingShards.get(shard(key, shards)).put(key, postings.ids()));
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

    /**
     * One term's documents (ascending ids), whether it is in their titles, and its positions in them,
     * encoded as the files hold them as they come: {@code [id delta, in title (0/1), …]} and
     * {@code [count, position deltas…]} per document.
     */
    private static final class Postings {
        int[] documents = new int[4];
        int[] positions = new int[4];
        int count;
        int used;
        int last;

        /** Adds document {@code id}, with positions {@code at[from]} up to {@code at[to]} (none for an area). */
        void add(int id, boolean title, int[] at, int from, int to) {
            documents = room(documents, 2 * count + 2);
            documents[2 * count] = id - last;
            documents[2 * count + 1] = title ? 1 : 0;
            last = id;
            count++;
            if (at != null) {
                positions = room(positions, used + 1 + to - from);
                positions[used++] = to - from;
                int previous = 0;
                for (int i = from; i < to; i++) {
                    positions[used++] = at[i] - previous;
                    previous = at[i];
                }
            }
        }

        int[] documents() {
            return Arrays.copyOf(documents, 2 * count);
        }

        /** The ids alone (for an area). */
        int[] ids() {
            int[] ids = new int[count];
            for (int i = 0; i < count; i++) {
                ids[i] = documents[2 * i];
            }
            return ids;
        }

        int[] positions() {
            return Arrays.copyOf(positions, used);
        }

        private static int[] room(int[] array, int size) {
            return size <= array.length ? array : Arrays.copyOf(array, Math.max(size, array.length * 2));
        }
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
