package news.coop.portal.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * The build cache on disk: one file per entry, {@code DIR/v2/KIND/ab/abcdef…} by its key, holding a
 * header (a magic number, the key, the payload's length and CRC-32C) and the payload. The key is a
 * hash of the entry's inputs ({@link Key}); the checksum only guards the payload against damage, so it is the fast
 * one the processor computes. An entry is
 * written whole or not at all (a temporary file renamed into place), and read back only when its
 * header matches its key and its payload its checksum: a truncated, corrupt or foreign file is counted,
 * removed and treated as absent, so the build makes the entry again and never uses a wrong one. A
 * cache that cannot be written (a full disk, a read-only folder) only makes the build slower.
 *
 * <p>Every entry a build reads or writes is remembered; {@link #prune()} then removes the others, so
 * that the cache holds what the last build used, not everything ever made.
 *
 * <p>Thread-safe: entries are read and written from the pipeline's workers.
 */
public final class BuildCache {
    /** No cache ({@code --no-cache}): every lookup misses and nothing is written. */
    public static final BuildCache NONE = new BuildCache(null, true);

    /** The folder of this layout of entries, inside the cache's folder. */
    public static final String LAYOUT = "v2";
    private static final byte[] MAGIC = "PORTALC\u0001".getBytes(StandardCharsets.ISO_8859_1);
    /** The name of an entry's file, or of one being written, in any layout. */
    private static final Pattern ENTRY_NAME = Pattern.compile("[0-9a-f]{32,64}|\\.[0-9a-f]{32,64}\\.[0-9a-z]+\\.tmp");
    private static final int HEADER = MAGIC.length + Key.HEX_LENGTH + 8 + 8;

    private final Path root;
    /** False for a cache that is only read ({@link #reading()}): nothing is stored, removed or pruned. */
    private final boolean writes;
    private final Set<Path> used = ConcurrentHashMap.newKeySet();
    private final AtomicInteger damaged = new AtomicInteger();
    private final AtomicInteger unwritable = new AtomicInteger();
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();

    private BuildCache(Path root, boolean writes) {
        this.root = root;
        this.writes = writes;
    }

    /** The cache in {@code folder}, made when first written. */
    public static BuildCache in(Path folder) {
        return new BuildCache(folder.toAbsolutePath().normalize().resolve(LAYOUT), true);
    }

    /**
     * The same cache for a command that only reads it ({@code check}, {@code verify}): it finds what
     * builds stored, and leaves the folder as it is (it stores, removes and prunes nothing).
     */
    public BuildCache reading() {
        return root == null ? this : new BuildCache(root, false);
    }

    /**
     * Whether there is a cache at all (false for {@link #NONE}): without one, a stage need not even make
     * the keys.
     */
    public boolean enabled() {
        return root != null;
    }

    /** Whether {@link #put} stores anything (false for {@link #NONE} and a cache {@link #reading() only read}): else the payload need not be made. */
    public boolean stores() {
        return root != null && writes;
    }

    /** The entry's payload, or null when there is none (or it was damaged: then it is counted and removed). */
    public byte[] get(String kind, Key key) {
        if (root == null) {
            return null;
        }
        Path file = file(kind, key);
        used.add(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            misses.incrementAndGet();
            return null;
        } catch (IOException e) {
            if (!Files.isRegularFile(file)) {
                // The cache's folder is not one: put counts that as unwritable.
                misses.incrementAndGet();
                return null;
            }
            return damaged(file);
        }
        if (bytes.length < HEADER || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
                || !Arrays.equals(bytes, MAGIC.length, MAGIC.length + Key.HEX_LENGTH, key.hex().getBytes(StandardCharsets.ISO_8859_1), 0, Key.HEX_LENGTH)) {
            return damaged(file);
        }
        ByteBuffer header = ByteBuffer.wrap(bytes, MAGIC.length + Key.HEX_LENGTH, 16);
        long length = header.getLong();
        long checksum = header.getLong();
        if (length != bytes.length - HEADER || checksum != checksum(bytes, HEADER, bytes.length - HEADER)) {
            return damaged(file);
        }
        hits.incrementAndGet();
        return Arrays.copyOfRange(bytes, HEADER, bytes.length);
    }

    private byte[] damaged(Path file) {
        damaged.incrementAndGet();
        misses.incrementAndGet();
        if (!writes) {
            return null;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Written over by the next put, or left for prune.
        }
        return null;
    }

    /** Stores an entry, unless it is there already; never fails the build. */
    public void put(String kind, Key key, byte[] payload) {
        if (root == null || !writes) {
            return;
        }
        Path file = file(kind, key);
        used.add(file);
        if (Files.isRegularFile(file)) {
            return;
        }
        ByteBuffer header = ByteBuffer.allocate(HEADER);
        header.put(MAGIC).put(key.hex().getBytes(StandardCharsets.ISO_8859_1)).putLong(payload.length).putLong(checksum(payload, 0, payload.length));
        Path temporary = file.resolveSibling("." + key.hex() + "." + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36) + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            try (var out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                out.write(header.array());
                out.write(payload);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (FileAlreadyExistsException e) {
            // Another worker wrote the same entry: the same bytes.
        } catch (IOException | RuntimeException e) {
            unwritable.incrementAndGet();
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // Removed by prune.
            }
        }
    }

    private static long checksum(byte[] bytes, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, offset, length);
        return crc.getValue();
    }

    private Path file(String kind, Key key) {
        return root.resolve(kind).resolve(key.hex().substring(0, 2)).resolve(key.hex());
    }

    /**
     * Removes every entry this instance did not read or write, what interrupted writes left, and the
     * entries of an earlier layout of the cache ({@code v1} beside {@code v2}): for a build that looked
     * up everything it needed. Never fails the build.
     */
    public void prune() {
        if (root == null || !writes) {
            return;
        }
        pruneEarlierLayouts();
        if (!Files.isDirectory(root)) {
            return;
        }
        try (DirectoryStream<Path> kinds = Files.newDirectoryStream(root)) {
            for (Path kind : kinds) {
                try (DirectoryStream<Path> shards = Files.newDirectoryStream(kind)) {
                    for (Path shard : shards) {
                        try (DirectoryStream<Path> entries = Files.newDirectoryStream(shard)) {
                            for (Path entry : entries) {
                                if (!used.contains(entry)) {
                                    Files.deleteIfExists(entry);
                                }
                            }
                        }
                        deleteIfEmpty(shard);
                    }
                }
                deleteIfEmpty(kind);
            }
        } catch (IOException e) {
            unwritable.incrementAndGet();
        }
    }

    /**
     * Removes the entries (files named like a key, or a temporary one) of the layouts before this one,
     * and the folders they leave empty; anything else in such a folder stays, as does the folder.
     */
    private void pruneEarlierLayouts() {
        int current = Integer.parseInt(LAYOUT.substring(1));
        for (int version = 1; version < current; version++) {
            Path earlier = root.resolveSibling("v" + version);
            if (!Files.isDirectory(earlier, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(earlier)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                        deleteIfEmpty(path);
                    } else if (ENTRY_NAME.matcher(path.getFileName().toString()).matches()) {
                        Files.deleteIfExists(path);
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                unwritable.incrementAndGet();
            }
        }
    }

    private static void deleteIfEmpty(Path folder) throws IOException {
        try (DirectoryStream<Path> children = Files.newDirectoryStream(folder)) {
            if (children.iterator().hasNext()) {
                return;
            }
        }
        Files.deleteIfExists(folder);
    }

    /**
     * What this cache met in one build: entries found, entries made anew, entries that were damaged
     * (and made anew), and writes that failed.
     */
    public record Report(int hits, int misses, int damaged, int unwritable) {
        /** A sentence for the build's output when something went wrong with the cache, or empty. */
        public java.util.Optional<String> problem(String folder) {
            if (damaged == 0 && unwritable == 0) {
                return java.util.Optional.empty();
            }
            StringBuilder text = new StringBuilder("warning: the build cache in " + folder + " ");
            if (damaged > 0) {
                text.append("had ").append(damaged).append(damaged == 1 ? " unreadable entry" : " unreadable entries")
                        .append(" (truncated, damaged or from another tool), made again");
            }
            if (unwritable > 0) {
                text.append(damaged > 0 ? "; " : "").append("could not store ").append(unwritable).append(unwritable == 1 ? " entry" : " entries");
            }
            return java.util.Optional.of(text.append(": the site is right, the next build may be slower").toString());
        }
    }

    public Report report() {
        return new Report(hits.get(), misses.get(), damaged.get(), unwritable.get());
    }
}
