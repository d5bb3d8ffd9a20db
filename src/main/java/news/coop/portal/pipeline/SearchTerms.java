package news.coop.portal.pipeline;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import news.coop.portal.cache.Key;
import news.coop.portal.search.SearchIndex;
import news.coop.portal.search.SearchIndex.Analysed;
import news.coop.portal.search.SearchIndex.Indexed;
import news.coop.portal.search.SearchText;

/**
 * An item's search terms through the build cache: the analysis (tokens, stems, positions) is the
 * slowest part of planning an archive, and depends only on the tool, the language and the fields
 * analysed, so a later build in a new JVM reads it back instead of stemming every word again. A
 * stored entry that does not read back whole is analysed afresh. Thread-safe.
 */
final class SearchTerms implements SearchIndex.Analyser {
    private final Caching caching;
    private final SearchIndex.Analyser analyser = SearchIndex.analyser(new SearchText());

    private SearchTerms(Caching caching) {
        this.caching = caching;
    }

    /** The analyser of a build: through {@code caching}'s cache, or the plain one when there is none. */
    static SearchIndex.Analyser of(Caching caching) {
        return caching.cache().enabled() ? new SearchTerms(caching) : SearchIndex.analyser(new SearchText());
    }

    @Override
    public Indexed index(String lang, String title, String lead, String bodyHtml, String labels) {
        Key key = caching.key("search").add(lang).add(title).add(lead).add(bodyHtml).add(labels).build();
        byte[] payload = caching.cache().get("search", key);
        Indexed indexed = payload == null ? null : decode(payload);
        if (indexed == null) {
            indexed = analyser.index(lang, title, lead, bodyHtml, labels);
            if (caching.cache().stores()) {
                caching.cache().put("search", key, encode(indexed));
            }
        }
        return indexed;
    }

    /**
     * The text, then the terms (their lengths in bytes, then their UTF-8 one after another), whether
     * each is in the title, where each one's positions start, and the positions: numbers in bulk, since
     * an archive reads back ten thousand of these.
     */
    static byte[] encode(Indexed indexed) {
        Analysed analysed = indexed.analysed();
        int count = analysed.terms().length;
        byte[] text = indexed.text().getBytes(StandardCharsets.UTF_8);
        byte[][] terms = new byte[count][];
        int termBytes = 0;
        for (int i = 0; i < count; i++) {
            terms[i] = analysed.terms()[i].getBytes(StandardCharsets.UTF_8);
            termBytes += terms[i].length;
        }
        ByteBuffer out = ByteBuffer.allocate(Integer.BYTES * (3 + 2 * count + analysed.positions().length) + text.length + termBytes + count);
        out.putInt(text.length).put(text).putInt(count);
        for (byte[] term : terms) {
            out.putInt(term.length);
        }
        for (byte[] term : terms) {
            out.put(term);
        }
        for (boolean inTitle : analysed.inTitle()) {
            out.put((byte) (inTitle ? 1 : 0));
        }
        out.asIntBuffer().put(analysed.starts(), 0, count);
        out.position(out.position() + Integer.BYTES * count);
        out.putInt(analysed.positions().length);
        out.asIntBuffer().put(analysed.positions());
        return out.array();
    }

    /** The analysis stored, or null when the payload is not a whole one. */
    static Indexed decode(byte[] payload) {
        try {
            ByteBuffer in = ByteBuffer.wrap(payload);
            int textLength = in.getInt();
            String text = new String(payload, in.position(), textLength, StandardCharsets.UTF_8);
            in.position(in.position() + textLength);
            int count = in.getInt();
            if (count < 0 || count > in.remaining()) {
                return null;
            }
            int[] lengths = new int[count];
            in.asIntBuffer().get(lengths);
            in.position(in.position() + Integer.BYTES * count);
            String[] terms = new String[count];
            for (int i = 0; i < count; i++) {
                terms[i] = new String(payload, in.position(), lengths[i], StandardCharsets.UTF_8);
                in.position(in.position() + lengths[i]);
            }
            boolean[] inTitle = new boolean[count];
            for (int i = 0; i < count; i++) {
                inTitle[i] = in.get() != 0;
            }
            int[] starts = new int[count + 1];
            in.asIntBuffer().get(starts, 0, count);
            in.position(in.position() + Integer.BYTES * count);
            int length = in.getInt();
            if (length < 0 || length * (long) Integer.BYTES != in.remaining()) {
                return null;
            }
            int[] positions = new int[length];
            in.asIntBuffer().get(positions);
            starts[count] = length;
            for (int i = 0; i < count; i++) {
                if (starts[i] < 0 || starts[i] > starts[i + 1]) {
                    return null;
                }
            }
            return new Indexed(text, new Analysed(terms, starts, positions, inTitle));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
