package news.coop.portal.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import news.coop.portal.cache.Key;
import news.coop.portal.load.FileStamp;

/**
 * What the memo's entries are keyed by: the hash of a file's bytes ({@link Key#hash}). A file whose stamp (size and
 * modification time) is the one it had when it was last hashed keeps that hash without being read;
 * any other is read and hashed again, so a file that was only touched keeps its entries, and a file
 * that changed within one tick of the clock is still seen. Stateless.
 */
final class FileKeys {
    /** A file's content hash, and the stamp it was taken at. */
    record FileKey(FileStamp stamp, String hash) {
    }

    private FileKeys() {
    }

    /** The keys of these files (sorted by path), reusing {@code last}'s hash for a file whose stamp is unchanged. */
    static Map<Path, FileKey> of(Map<Path, FileStamp> files, Map<Path, FileKey> last) {
        Map<Path, FileKey> keys = new TreeMap<>();
        files.forEach((file, stamp) -> {
            FileKey known = last.get(file);
            keys.put(file, known != null && known.stamp().equals(stamp) ? known : new FileKey(stamp, hash(file)));
        });
        return keys;
    }

    /** The stamps of {@code files} and of every file under {@code folder} (none when it does not exist). */
    static Map<Path, FileStamp> stamps(Stream<Path> files, Path folder) {
        Map<Path, FileStamp> stamps = new TreeMap<>();
        files.forEach(file -> stamps.put(file, FileStamp.of(file)));
        if (Files.isDirectory(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(Files::isRegularFile).forEach(file -> stamps.put(file, FileStamp.of(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return stamps;
    }

    /** The hash of a file's bytes, hex; "" for a file that cannot be read (never equal to a real hash). */
    static String hash(Path file) {
        try {
            return hash(Files.readAllBytes(file));
        } catch (IOException e) {
            return "";
        }
    }

    static String hash(byte[] bytes) {
        return Key.hash(bytes);
    }
}
