package news.coop.portal.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.load.FileStamp;
import news.coop.portal.model.Picture;

/**
 * The pictures of a site for one session: each file measured once while it is unchanged (size and
 * modification time), and the smaller copies of its photos ({@code /img/news/plant-480w.jpg} beside
 * {@code /img/news/plant.jpg}) made once per content.
 *
 * <p>Copies are kept in a cache folder beside the output folder ({@code target/.site.images} for
 * {@code target/site}), named by a hash of the original's bytes, the {@linkplain Resizer#RECIPE
 * recipe} and the Java version, so that a later build, warm or cold, takes them from there instead
 * of resizing again, and a new original, recipe or JDK makes them afresh. A full build
 * {@linkplain #prune() prunes} what it did not use.
 *
 * <p>{@link #picture} and {@link #copies} are thread-safe, for the session's pool; one build at a time.
 */
public final class Pictures {
    private final SiteConfig config;
    private final Path cache;
    private final Map<Path, Known> known = new ConcurrentHashMap<>();
    /** The cache files the current build used, for {@link #prune()}. */
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    /** A file as last measured, or why it cannot be. */
    private record Known(FileStamp stamp, PictureReader.Measured measured, Diagnostic problem) {
    }

    public Pictures(SiteConfig config) {
        this.config = config;
        Path output = config.outputDir().toAbsolutePath().normalize();
        this.cache = output.resolveSibling("." + output.getFileName() + ".images");
    }

    /** A picture, or the problem with its file (reported at the file). */
    public record Result(Picture picture, Diagnostic problem) {
    }

    /**
     * The picture published at a site path, measured when its file is new or changed. Its copies are
     * planned (paths and sizes) but not made: see {@link #copies}. A file where a copy would go is a
     * problem, looked for every time, since it may come or go while the original stays as it is.
     */
    public Result picture(String sitePath) {
        Optional<Path> found = ImagePaths.file(config, sitePath);
        if (found.isEmpty()) {
            return new Result(null, Diagnostic.error(config.display(config.assetDir().resolve(ImagePaths.siteFile(sitePath))), 0, 0, "image.not-found",
                    "the image \"" + sitePath + "\" does not exist", "put the picture there, or correct the path that names it"));
        }
        Path file = found.get();
        FileStamp stamp = FileStamp.of(file);
        Known entry = known.get(file);
        if (entry == null || !entry.stamp().equals(stamp)) {
            entry = measure(file, stamp);
            known.put(file, entry);
        }
        if (entry.problem() != null) {
            return new Result(null, entry.problem());
        }
        PictureReader.Measured measured = entry.measured();
        List<Picture.Variant> variants = new ArrayList<>();
        for (int width : measured.resizable() ? Resizer.widthsFor(measured.width()) : List.<Integer>of()) {
            String src = variantPath(sitePath, width);
            Optional<Path> clash = ImagePaths.file(config, src);
            if (clash.isPresent()) {
                return new Result(null, Diagnostic.error(config.display(clash.get()), 0, 0, "image.variant-clash",
                        "this file is where the build puts the " + width + "-pixel copy of " + config.display(file),
                        "rename it: names ending in " + String.join(", ", Resizer.WIDTHS.stream().map(w -> "-" + w + "w").toList())
                                + " before the extension are kept for the copies the build makes"));
            }
            variants.add(new Picture.Variant(src, width, Resizer.heightFor(width, measured.width(), measured.height())));
        }
        return new Result(new Picture(sitePath, measured.width(), measured.height(), variants), null);
    }

    private Known measure(Path file, FileStamp stamp) {
        String where = config.display(file);
        try {
            return new Known(stamp, PictureReader.read(file), null);
        } catch (PictureReader.Unreadable e) {
            return new Known(stamp, null, Diagnostic.error(where, 0, 0, "image.unreadable", e.getMessage(), e.hint()));
        } catch (IOException e) {
            return new Known(stamp, null, Diagnostic.error(where, 0, 0, "image.unreadable", "the picture cannot be read (" + e.getMessage() + ")",
                    "check that the file is readable"));
        }
    }

    /** {@code /img/news/plant.jpg} → {@code /img/news/plant-480w.jpg}. */
    static String variantPath(String sitePath, int width) {
        int slash = sitePath.lastIndexOf('/');
        int dot = sitePath.lastIndexOf('.');
        return dot > slash ? sitePath.substring(0, dot) + "-" + width + "w" + sitePath.substring(dot) : sitePath + "-" + width + "w";
    }

    /**
     * The bytes of every copy of a picture, by site path: from the cache, or made now (the original
     * decoded once) and cached.
     *
     * @throws IOException when the original cannot be decoded or the cache written
     */
    public Map<String, byte[]> copies(Picture picture) throws IOException {
        Map<String, byte[]> copies = new LinkedHashMap<>();
        if (picture.variants().isEmpty()) {
            return copies;
        }
        Path file = ImagePaths.file(config, picture.src()).orElseThrow(() -> new IOException("the picture " + picture.src() + " is gone"));
        byte[] original = Files.readAllBytes(file);
        String stem = key(original) + "-";
        String extension = "." + file.getFileName().toString().replaceFirst("^.*\\.", "");
        Map<Integer, byte[]> byWidth = new java.util.HashMap<>();
        List<Integer> missing = new ArrayList<>();
        for (Picture.Variant variant : picture.variants()) {
            Path cached = cache.resolve(stem + variant.width() + extension);
            used.add(cached.getFileName().toString());
            if (Files.isRegularFile(cached)) {
                byWidth.put(variant.width(), Files.readAllBytes(cached));
            } else {
                missing.add(variant.width());
            }
        }
        if (!missing.isEmpty()) {
            List<byte[]> made = Resizer.resize(original, measured(file), missing);
            Files.createDirectories(cache);
            for (int i = 0; i < missing.size(); i++) {
                store(cache.resolve(stem + missing.get(i) + extension), made.get(i));
                byWidth.put(missing.get(i), made.get(i));
            }
        }
        picture.variants().forEach(variant -> copies.put(variant.src(), byWidth.get(variant.width())));
        return copies;
    }

    private PictureReader.Measured measured(Path file) throws IOException {
        Known entry = known.get(file);
        if (entry != null && entry.measured() != null) {
            return entry.measured();
        }
        try {
            return PictureReader.read(file);
        } catch (PictureReader.Unreadable e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Starts the record of the cache files a full build uses. */
    public void begin() {
        used.clear();
    }

    /** Deletes the cached copies the build since {@link #begin()} did not use: the cache holds one site's copies, not every version ever made. */
    public void prune() {
        if (!Files.isDirectory(cache)) {
            return;
        }
        try (Stream<Path> files = Files.list(cache)) {
            for (Path file : files.toList()) {
                if (!used.contains(file.getFileName().toString())) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cache folder (for tests). */
    public Path cacheFolder() {
        return cache;
    }

    private static String key(byte[] original) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((Resizer.RECIPE + "\n" + Runtime.version() + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(original)).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a cache file whole or not at all: beside it, then renamed into place. */
    private static void store(Path file, byte[] bytes) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), ".copy", ".tmp");
        Files.write(temporary, bytes);
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
