package news.coop.portal.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * When a file was last seen: its size and modification time. A warm process reads a file again
 * when either differs; the build's output never depends on them.
 */
public record FileStamp(long size, long modifiedNanos) {
    /** A stamp for a file that could not be looked at: never equal to a real one. */
    public static final FileStamp MISSING = new FileStamp(-1, -1);

    public static FileStamp of(BasicFileAttributes attributes) {
        return new FileStamp(attributes.size(), attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS));
    }

    public static FileStamp of(Path file) {
        try {
            return of(Files.readAttributes(file, BasicFileAttributes.class));
        } catch (IOException e) {
            return MISSING;
        }
    }
}
