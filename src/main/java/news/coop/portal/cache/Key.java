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

        private Builder() {
        }

        public Builder add(String text) {
            return add(text.getBytes(StandardCharsets.UTF_8));
        }

        public Builder add(byte[] bytes) {
            long length = bytes.length;
            for (int shift = 56; shift >= 0; shift -= 8) {
                digest.update((byte) (length >>> shift));
            }
            digest.update(bytes);
            return this;
        }

        public Key build() {
            return new Key(HexFormat.of().formatHex(digest.digest()));
        }
    }

    /** The SHA-256 of {@code bytes}, hex. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
