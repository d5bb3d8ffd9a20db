package news.coop.portal.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The {@code .gz} copies written beside the site's text files, for hosts that serve them as they
 * are (nginx's {@code gzip_static}). Deterministic: the JDK's gzip header carries modification time
 * 0 and no file name, and Deflater at level 9 gives the same bytes for the same input. Stateless.
 */
public final class Precompressed {
    /** Files of at most this many bytes are not worth a compressed copy. */
    static final int THRESHOLD = 1024;
    private static final Set<String> TEXT = Set.of("html", "css", "js", "json", "xml", "txt", "svg");

    private Precompressed() {
    }

    /** Whether a file inside the site, of {@code size} bytes, gets a {@code .gz} beside it. */
    public static boolean wanted(String file, long size) {
        int dot = file.lastIndexOf('.');
        return size > THRESHOLD && dot > file.lastIndexOf('/') && TEXT.contains(file.substring(dot + 1));
    }

    /** The name of a file's compressed copy. */
    public static String gz(String file) {
        return file + ".gz";
    }

    /** Gzip at level 9, with modification time 0 (RFC 1952: "no time stamp is available"). */
    public static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
