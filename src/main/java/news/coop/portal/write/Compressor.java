package news.coop.portal.write;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import news.coop.portal.cache.BuildCache;
import news.coop.portal.cache.Key;

/**
 * The compressed copies of the site's files ({@link Precompressed}), each made once per content: the
 * copies of a file whose bytes the build cache has seen are taken from it, so an unchanged page, feed
 * or search file is never compressed again, in this build or a later one. Thread-safe.
 */
public final class Compressor {
    /** No cache: every copy is made. */
    public static final Compressor UNCACHED = new Compressor(BuildCache.NONE, "");

    private final BuildCache cache;
    private final String tool;

    /** @param tool the tool's fingerprint, which starts every key */
    public Compressor(BuildCache cache, String tool) {
        this.cache = cache;
        this.tool = tool;
    }

    /** The compressed copies of a file of the site, name → bytes, as {@link Precompressed#copies} makes them. */
    public Map<String, byte[]> copies(String file, byte[] bytes) {
        if (!Precompressed.wanted(file, bytes.length)) {
            return Map.of();
        }
        if (!cache.enabled()) {
            return Precompressed.copies(file, bytes);
        }
        boolean brotli = Precompressed.brotliMissing().isEmpty();
        Key key = Key.of("copies").add(tool).add(brotli ? "gzip+brotli" : "gzip").add(Key.hash(bytes)).build();
        byte[] cached = cache.get("copies", key);
        Map<String, byte[]> copies = cached == null ? null : decode(file, cached, brotli);
        if (copies == null) {
            copies = Precompressed.copies(file, bytes);
            cache.put("copies", key, encode(file, copies));
        }
        return copies;
    }

    private static byte[] encode(String file, Map<String, byte[]> copies) {
        byte[] gz = copies.get(Precompressed.gz(file));
        byte[] br = copies.getOrDefault(Precompressed.br(file), new byte[0]);
        return ByteBuffer.allocate(8 + gz.length + br.length).putInt(gz.length).put(gz).putInt(br.length).put(br).array();
    }

    /** The copies stored for a file, or null when the payload is not a pair of copies. */
    private static Map<String, byte[]> decode(String file, byte[] payload, boolean brotli) {
        try {
            ByteBuffer in = ByteBuffer.wrap(payload);
            byte[] gz = new byte[in.getInt()];
            in.get(gz);
            byte[] br = new byte[in.getInt()];
            in.get(br);
            if (in.hasRemaining() || brotli == (br.length == 0)) {
                return null;
            }
            Map<String, byte[]> copies = new LinkedHashMap<>();
            copies.put(Precompressed.gz(file), gz);
            if (brotli) {
                copies.put(Precompressed.br(file), br);
            }
            return copies;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
