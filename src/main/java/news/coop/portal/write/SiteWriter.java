package news.coop.portal.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The write stage: everything is written into a fresh staging folder beside the output folder, and
 * only a complete site is swapped into place. A failed or killed build therefore never changes the
 * last good {@code target/site}.
 *
 * <p>The swap is two renames on one file system ({@code site} → {@code .site.old}, staging →
 * {@code site}); should the process die between them, the next build's {@link #prepare()} puts the
 * old site back first. Not thread-safe; one writer per build.
 */
public final class SiteWriter {
    private final Path output;
    private final Path staging;
    private final Path previous;

    public SiteWriter(Path output) {
        this.output = output.toAbsolutePath().normalize();
        String name = this.output.getFileName().toString();
        this.staging = this.output.resolveSibling("." + name + ".staging");
        this.previous = this.output.resolveSibling("." + name + ".old");
    }

    /** Recovers from an interrupted swap, then starts an empty staging folder. */
    public Path prepare() {
        try {
            if (!Files.exists(output) && Files.isDirectory(previous)) {
                Files.move(previous, output, StandardCopyOption.ATOMIC_MOVE);
            }
            deleteTree(previous);
            deleteTree(staging);
            Files.createDirectories(staging);
            return staging;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + staging, e);
        }
    }

    public Path staging() {
        return staging;
    }

    /** Writes one file of the site (path with forward slashes, inside the site). */
    public void write(String path, String text) {
        Path file = staging.resolve(path).normalize();
        if (!file.startsWith(staging)) {
            throw new IllegalArgumentException("refusing to write outside the site: " + path);
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Every file in the staging folder, as paths inside the site with forward slashes. */
    public Set<String> stagedFiles() {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(staging)) {
            walk.filter(Files::isRegularFile).forEach(file -> files.add(staging.relativize(file).toString().replace('\\', '/')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Swaps the complete staging folder into place. */
    public void commit() {
        try {
            if (Files.exists(output)) {
                move(output, previous);
            }
            move(staging, output);
            deleteTree(previous);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish " + output, e);
        }
    }

    /** Throws the staging folder away; the published site stays as it was. */
    public void abort() {
        try {
            deleteTree(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
