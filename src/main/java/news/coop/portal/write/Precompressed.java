package news.coop.portal.write;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The compressed copies written beside the site's text files, for hosts that serve them as they are
 * (nginx's {@code gzip_static} and ngx_brotli's {@code brotli_static}): a {@code .gz} and a
 * {@code .br}. Deterministic: the JDK's gzip header carries modification time 0 and no file name,
 * Deflater at a fixed level gives the same bytes for the same input, and so does Brotli at fixed settings.
 * Stateless.
 */
public final class Precompressed {
    /** Files of at most this many bytes are not worth a compressed copy. */
    static final int THRESHOLD = 1024;
    private static final Set<String> TEXT = Set.of("html", "css", "js", "json", "xml", "txt", "svg");
    /**
     * Brotli's quality: 6 of 0–11, chosen by measuring cold builds (the share of the build's processor
     * time spent in Brotli, by perf; all .br bytes against all .gz bytes):
     * <ul>
     *   <li>1,000-item benchmark archive (1,675 copies of 47.2 MB): 11 takes 69 % of the build (more
     *       than triples it) for 18.3 % fewer bytes than gzip; 10 takes 43 %; 8 takes 7.5 % for 9.0 %;
     *       6 takes 4.5 % for 7.4 %; 5 takes 4.2 % for 6.5 %.
     *   <li>the real site (161 copies of 1.8 MB): 11 takes 22.5 % for 21.5 % fewer bytes, 10 takes
     *       10.6 % for 20.4 %, 8 takes 6.5 % for 10.7 %, 6 takes 2.0 % for 9.9 %.
     * </ul>
     * 10 and 11 cost far more than the quarter of a cold build we allow once the archive grows. 6
     * gives most of what 8 gives at half the cost, and its encoder sets up 2 MB of match tables for
     * each file, against 16 MB at 8 and 32 MB at 9 (where that alone took 60–90 ms a file, whatever
     * its size).
     */
    static final int BROTLI_QUALITY = 6;
    /**
     * Gzip's level: 6 of 1–9, zlib's default, chosen by measuring the 10,000-item reference archive's
     * site (one core, the JDK's zlib): its 1,531 search files (34.5 MB of JSON, long runs of numbers)
     * took 11.5–13.1 s at 9 and 3.8–4.3 s at 6, for 1.8 % more bytes (10.15 MB against 9.98 MB); its
     * pages 1.0–1.3 s per 48 MB at 9 and 0.85–1.06 s at 6, for 0.16 % more bytes. At 9 zlib follows
     * match chains 32 times as long for almost nothing; 5 and below give up 3–9 % on the search files.
     * The {@code .gz} copy is only for the readers whose browser takes no Brotli.
     */
    static final int GZIP_LEVEL = 6;
    /** Brotli's window, 2^22 bytes (4 MB, the encoder's default): larger than any file of the site, so never a limit. */
    static final int BROTLI_WINDOW = 22;

    private Precompressed() {
    }

    /** Whether a file inside the site, of {@code size} bytes, gets compressed copies beside it. */
    public static boolean wanted(String file, long size) {
        int dot = file.lastIndexOf('.');
        return size > THRESHOLD && dot > file.lastIndexOf('/') && TEXT.contains(file.substring(dot + 1));
    }

    /**
     * The compressed copies of a file of the site, name → bytes: none for a file that does not get
     * them ({@link #wanted}), else its {@code .gz} and, where Brotli's native library loads, its
     * {@code .br}.
     */
    public static Map<String, byte[]> copies(String file, byte[] bytes) {
        return copies(file, bytes, Brotli.AVAILABLE);
    }

    static Map<String, byte[]> copies(String file, byte[] bytes, boolean brotli) {
        Map<String, byte[]> copies = new LinkedHashMap<>();
        if (wanted(file, bytes.length)) {
            copies.put(gz(file), gzip(bytes));
            if (brotli) {
                copies.put(br(file), brotli(bytes));
            }
        }
        return copies;
    }

    /** The names of every compressed copy a file may have, to remove them with it. */
    public static List<String> names(String file) {
        return List.of(gz(file), br(file));
    }

    /** The name of a file's gzip copy. */
    public static String gz(String file) {
        return file + ".gz";
    }

    /** The name of a file's Brotli copy. */
    public static String br(String file) {
        return file + ".br";
    }

    /** Gzip at {@link #GZIP_LEVEL}, with modification time 0 (RFC 1952: "no time stamp is available"). */
    public static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(GZIP_LEVEL);
            }
        }) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Brotli at {@link #BROTLI_QUALITY}, window {@link #BROTLI_WINDOW}, in the mode for UTF-8 text.
     * Only where {@link #brotliMissing()} is empty.
     */
    public static byte[] brotli(byte[] bytes) {
        try {
            return Encoder.compress(bytes, Brotli.parameters());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Why this machine writes no {@code .br} copies: empty where Brotli's native library loads, else
     * a sentence naming the platform, for a warning (the site then differs from one built where it
     * loads).
     */
    public static Optional<String> brotliMissing() {
        if (Brotli.AVAILABLE) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "no .br copies: Brotli's native library (brotli4j) does not load on %s %s (%s)",
                System.getProperty("os.name"), System.getProperty("os.arch"), Brotli.PROBLEM));
    }

    /** Brotli's native library, loaded once, by the first thread that needs it (class initialisation is thread-safe). */
    private static final class Brotli {
        /** Why the library does not load, or null where it does. */
        static final String PROBLEM = load();
        static final boolean AVAILABLE = PROBLEM == null;

        /** The encoder's settings: a new object each time, since {@link Encoder.Parameters} has setters. */
        static Encoder.Parameters parameters() {
            return new Encoder.Parameters().setQuality(BROTLI_QUALITY).setWindow(BROTLI_WINDOW).setMode(Encoder.Mode.TEXT);
        }

        /** Loads the library and compresses with it: a library of the same name that is not brotli4j's would fail only then. */
        private static String load() {
            try {
                Brotli4jLoader.ensureAvailability();
                Encoder.compress(new byte[] {'o', 'k'}, parameters());
                return null;
            } catch (IOException | LinkageError | RuntimeException e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                return cause.getMessage() != null ? cause.getMessage() : cause.toString();
            }
        }
    }
}
