package news.coop.portal.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A cache key: the SHA-256 of the kind of entry and of every input it is made from, each written with
 * its length so that no two lists of inputs give the same bytes. Built with {@link #of}; immutable.
 */
public record Key(String hex) {
    /** A key of {@code kind} and these inputs, in order. */
    public static Builder of(String kind) {
        return new Builder().add(kind);
    }

    /** Collects the inputs of a key. One per key; not thread-safe. */
    public static final class Builder {
        private final MessageDigest digest = sha256();
        private final byte[] length = new byte[Long.BYTES];

        private Builder() {
        }

        public Builder add(String text) {
            return add(text.getBytes(StandardCharsets.UTF_8));
        }

        public Builder add(byte[] bytes) {
            long size = bytes.length;
            for (int i = 0; i < Long.BYTES; i++) {
                length[i] = (byte) (size >>> (56 - 8 * i));
            }
            digest.update(length);
            digest.update(bytes);
            return this;
        }

        public Key build() {
            return new Key(HexFormat.of().formatHex(digest.digest()));
        }

        /** The key's 32 bytes, for a key that goes into another key rather than naming an entry. */
        public byte[] bytes() {
            return digest.digest();
        }
    }

    /** The SHA-256 of {@code bytes}, hex. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /** A new SHA-256 digest: a copy of one made once, since looking the algorithm up costs more than hashing a short input. */
    static MessageDigest sha256() {
        try {
            return (MessageDigest) Sha256.PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return Sha256.lookUp();
        }
    }

    /** The digest that {@link #sha256()} copies; made when first needed. */
    private static final class Sha256 {
        static final MessageDigest PROTOTYPE = lookUp();

        static MessageDigest lookUp() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java platform has SHA-256", e);
            }
        }
    }
}
