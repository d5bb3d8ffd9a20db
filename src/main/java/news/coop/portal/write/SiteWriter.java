package news.coop.portal.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

/**
 * The write stage: everything is written into a staging folder beside the output folder, and only a
 * complete site is swapped into place. A failed or killed build therefore never changes the last
 * good {@code target/site}.
 *
 * <p>The swap is two renames on one file system ({@code site} → {@code .site.old}, staging →
 * {@code site}); should the process die between them, the next build's {@link #prepare()} puts the
 * old site back first.
 *
 * <p>Double-buffered: the site the last build replaced ({@code .site.old}) becomes the next build's
 * staging folder. A page whose bytes are already there is not written again, and at
 * {@link #commit()} every file this build did not produce is removed. Creating and deleting ten
 * thousand files costs seconds on most file systems; comparing them costs a fraction of that. The
 * published result is the same as writing into an empty folder.
 *
 * <p>Pages are written from several threads at once ({@link #write} is thread-safe). One writer per
 * output folder and build.
 */
public final class SiteWriter {
    /**
     * A test hook, {@code -Dportal.test.swap-pause=MILLISECONDS}: the swap stops that long between its two
     * renames, after saying so on stderr, so that a test can kill a real build exactly there
     * ({@code BuildKillIT}). Never set outside tests.
     */
    static final String SWAP_PAUSE = "portal.test.swap-pause";
    /**
     * A test hook, {@code -Dportal.test.disk-space=BYTES}: the disk holding the staging folder is full
     * once a writer has written that many bytes into it with {@link #write}, as a full disk is: the file
     * under way is written in part, then "No space left on device" ({@code FullDiskIT}). Never set
     * outside tests.
     */
    static final String DISK_SPACE = "portal.test.disk-space";

    private final Path output;
    private final Path staging;
    private final Path previous;
    /** Folders already created in this build, so that each file costs one write, not a walk up its path. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    /** Every file this build produced, as paths inside the site. */
    private final Set<String> produced = ConcurrentHashMap.newKeySet();
    /**
     * Held shared by every {@link #write} under way and alone by {@link #abort}: a failed build's other
     * workers may still be writing pages when it is aborted, and none of their files may land in the
     * staging folder once it is set aside (nor in the next build's). {@code aborted} is guarded by it.
     */
    private final ReadWriteLock writing = new ReentrantReadWriteLock();
    private boolean aborted;
    /** The {@link #DISK_SPACE} hook: the bytes written into staging so far, and how many the disk holds. */
    private final AtomicLong written = new AtomicLong();
    private final long space = Long.getLong(DISK_SPACE, Long.MAX_VALUE);

    public SiteWriter(Path output) {
        this.output = output.toAbsolutePath().normalize();
        String name = this.output.getFileName().toString();
        this.staging = this.output.resolveSibling("." + name + ".staging");
        this.previous = this.output.resolveSibling("." + name + ".old");
    }

    /**
     * Recovers from an interrupted swap, then readies the staging folder: the previous site (or the
     * staging folder a killed build left) when there is one, otherwise a new empty folder.
     */
    public Path prepare() {
        try {
            restore();
            if (Files.isDirectory(staging)) {
                deleteTree(previous);
            } else if (Files.isDirectory(previous)) {
                move(previous, staging);
            }
            Files.createDirectories(staging);
            folders.clear();
            produced.clear();
            folders.add(staging);
            return staging;
        } catch (IOException e) {
            throw new OutputFailure(staging, e);
        }
    }

    /**
     * Writes one file of the site into staging (path with forward slashes, inside the site), unless
     * the staging folder already holds exactly these bytes. Thread-safe.
     */
    public void write(String path, String text) {
        write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes one file of bytes (a picture) into staging, as {@link #write(String, String)} does. Thread-safe.
     *
     * @throws IllegalStateException once the build is {@linkplain #abort() aborted}
     */
    public void write(String path, byte[] bytes) {
        Path file = inside(staging, path);
        writing.readLock().lock();
        try {
            if (aborted) {
                throw new IllegalStateException("the build has stopped; " + path + " is not written");
            }
            produced.add(path);
            if (Files.isRegularFile(file) && Files.size(file) == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes)) {
                return;
            }
            try {
                folder(file.getParent());
                store(file, bytes);
            } catch (IOException e) {
                if (!clearWay(file)) {
                    throw e;
                }
                folder(file.getParent());
                store(file, bytes);
            }
        } catch (IOException e) {
            throw new OutputFailure(file, e);
        } finally {
            writing.readLock().unlock();
        }
    }

    private void store(Path file, byte[] bytes) throws IOException {
        long before = written.getAndAdd(bytes.length);
        if (before + bytes.length > space) {
            Files.write(file, Arrays.copyOf(bytes, (int) Math.max(0, Math.min(bytes.length, space - before))));
            throw new IOException("No space left on device");
        }
        Files.write(file, bytes);
    }

    /**
     * Removes what an earlier site left in staging where {@code file} must go: a file in place of one of
     * its folders, a folder in its place. Staging is the build's own; a leftover there must not stop
     * every build to come.
     *
     * @return whether anything was in the way
     */
    private boolean clearWay(Path file) throws IOException {
        boolean cleared = false;
        for (Path folder = file.getParent(); folder.startsWith(staging) && !folder.equals(staging); folder = folder.getParent()) {
            if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                Files.deleteIfExists(folder);
                folders.remove(folder);
                cleared = true;
            }
        }
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            deleteTree(file);
            cleared = true;
        }
        return cleared;
    }

    /** Declares files put into staging by others (JBake's asset copy) as part of this build's site. */
    public void produced(Collection<String> paths) {
        produced.addAll(paths);
    }

    /**
     * Changes the published site in place, for a rebuild in a warm process ({@code serve}): each
     * file is written beside its target and renamed over it, so a reader never sees half a page.
     * Removed files go, with folders they leave empty. Thread-safe per file.
     */
    public void replace(String path, String text) {
        replace(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Changes one published file of bytes (a picture) in place, as {@link #replace(String, String)} does. */
    public void replace(String path, byte[] bytes) {
        Path file = inside(output, path);
        try {
            folder(file.getParent());
            writeWhole(file, bytes);
        } catch (IOException e) {
            throw new OutputFailure(file, e);
        }
    }

    /**
     * Writes a file whole or not at all: into a hidden temporary file beside it ({@code .name.….tmp},
     * which the preview never serves), then renamed over it. A reader sees the old bytes or the new
     * ones, never a part; a killed process leaves at most the temporary file. The file gets the usual
     * permissions (a temporary file of {@link Files#createTempFile} would be its owner's only).
     * Thread-safe, also for two writers of one file.
     */
    public static void writeWhole(Path file, byte[] bytes) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + "." + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36) + ".tmp");
        try {
            Files.write(temporary, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            move(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Removes one published file (see {@link #replace}) and the folders it leaves empty. */
    public void remove(String path) {
        Path file = inside(output, path);
        try {
            Files.deleteIfExists(file);
            for (Path folder = file.getParent(); folder != null && !folder.equals(output) && folder.startsWith(output); folder = folder.getParent()) {
                try (Stream<Path> children = Files.list(folder)) {
                    if (children.findAny().isPresent()) {
                        break;
                    }
                }
                Files.delete(folder);
                folders.remove(folder);
            }
        } catch (IOException e) {
            throw new OutputFailure(file, e);
        }
    }

    private static Path inside(Path root, String path) {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("refusing to write outside the site: " + path);
        }
        return file;
    }

    private void folder(Path folder) throws IOException {
        if (!folders.contains(folder)) {
            Files.createDirectories(folder);
            folders.add(folder);
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

    /**
     * Removes from staging every file this build did not produce, then swaps the complete staging
     * folder into place. The replaced site stays as {@code .site.old}, the next build's staging.
     */
    public void commit() {
        try {
            prune();
            if (Files.exists(output)) {
                move(output, previous);
                pauseForTest();
            }
            move(staging, output);
            folders.clear();
        } catch (IOException e) {
            throw new OutputFailure(output, e);
        }
    }

    /** The {@link #SWAP_PAUSE} hook: without the property, nothing. */
    private static void pauseForTest() {
        long pause = Long.getLong(SWAP_PAUSE, 0);
        if (pause > 0) {
            System.err.println("portal: test hook: paused between the swap's two renames");
            System.err.flush();
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Removes from staging every file this build did not produce, so that the staging folder is
     * exactly the site {@link #commit()} will publish, for a check before it is swapped in.
     *
     * @return the staging folder
     */
    public Path pruned() {
        try {
            prune();
        } catch (IOException e) {
            throw new OutputFailure(staging, e);
        }
        return staging;
    }

    /**
     * Sets the staging folder aside for the next build, once the writes under way have ended; the
     * published site stays as it was, or is put back, should {@link #commit()} have failed between its
     * two renames. No {@link #write} of this writer succeeds afterwards.
     */
    public void abort() {
        writing.writeLock().lock();
        try {
            aborted = true;
            restore();
            if (Files.exists(staging)) {
                deleteTree(previous);
                move(staging, previous);
            }
        } catch (IOException e) {
            throw new OutputFailure(staging, e);
        } finally {
            writing.writeLock().unlock();
        }
    }

    /** After a swap that stopped between its two renames (killed, or failed), puts the published site back. */
    private void restore() throws IOException {
        if (!Files.exists(output) && Files.isDirectory(previous)) {
            Files.move(previous, output, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Deletes the files of staging this build did not produce, and the folders that leaves empty. */
    private void prune() throws IOException {
        Files.walkFileTree(staging, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (!produced.contains(staging.relativize(file).toString().replace('\\', '/'))) {
                    Files.delete(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (!dir.equals(staging)) {
                    try (Stream<Path> children = Files.list(dir)) {
                        if (children.findAny().isEmpty()) {
                            Files.delete(dir);
                        }
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
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
