package news.coop.portal.cache;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * A cache key: the 128-bit MurmurHash3 (x64) of the kind of entry and of every input it is made from,
 * each written with its length so that no two lists of inputs give the same bytes. Built with
 * {@link #of}; immutable.
 *
 * <p>Not SHA-256: a build hashes every source and the model of every page (hundreds of megabytes for
 * an archive of ten thousand items), and under the quick C1 compiler that a short build runs on, the
 * JDK's SHA-256 does about 110 MB/s a core against about 900 MB/s for MurmurHash3. A key names an
 * entry in a cache that only the build itself writes, so it needs to tell inputs apart, not to resist
 * an attacker: 128 bits make an accidental clash among a million entries about as likely as 1 in
 * 10<sup>26</sup> (Gradle's build cache keys are MD5, Turborepo's xxHash64). The names of published
 * files, which readers' browsers cache, stay SHA-256 ({@code write.Fingerprints}).
 */
public record Key(String hex) {
    /** How many hex digits a key has. */
    public static final int HEX_LENGTH = 32;

    /** A key of {@code kind} and these inputs, in order. */
    public static Builder of(String kind) {
        return new Builder().add(kind);
    }

    /** Collects the inputs of a key. One per key; not thread-safe. */
    public static final class Builder {
        private byte[] bytes = new byte[256];
        private int size;

        private Builder() {
        }

        public Builder add(String text) {
            return add(text.getBytes(StandardCharsets.UTF_8));
        }

        public Builder add(byte[] input) {
            room(Long.BYTES + input.length);
            long length = input.length;
            for (int i = 0; i < Long.BYTES; i++) {
                bytes[size++] = (byte) (length >>> (56 - 8 * i));
            }
            System.arraycopy(input, 0, bytes, size, input.length);
            size += input.length;
            return this;
        }

        private void room(int more) {
            if (bytes.length - size < more) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }

        public Key build() {
            return new Key(HexFormat.of().formatHex(bytes()));
        }

        /** The key's 16 bytes, for a key that goes into another key rather than naming an entry. */
        public byte[] bytes() {
            return Key.bytes(bytes, size);
        }
    }

    /** The hash of {@code bytes}, hex: for content whose key is its bytes alone. */
    public static String hash(byte[] bytes) {
        return HexFormat.of().formatHex(bytes(bytes, bytes.length));
    }

    private static byte[] bytes(byte[] input, int length) {
        long[] hash = MurmurHash3.hash128x64(input, 0, length, 0);
        byte[] out = new byte[2 * Long.BYTES];
        for (int i = 0; i < Long.BYTES; i++) {
            out[i] = (byte) (hash[0] >>> (56 - 8 * i));
            out[Long.BYTES + i] = (byte) (hash[1] >>> (56 - 8 * i));
        }
        return out;
    }
}
