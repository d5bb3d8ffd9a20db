package news.coop.portal.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import news.coop.portal.cache.BuildCache;
import news.coop.portal.cache.Key;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.load.FileStamp;
import news.coop.portal.model.Picture;
import news.coop.portal.write.Fingerprints;

/**
 * The pictures of a site for one build: each file measured and hashed once while it is unchanged
 * (size and modification time; what the last build measured comes in as a {@link Measured}), and
 * the smaller copies of its photos made once per content. A picture the site shows is published
 * under names that change with its content, so that hosts may let browsers keep it for a year:
 * {@code /img/news/plant.jpg} as {@code /img/news/plant.3f9a1c2e7b.jpg} and its copies as
 * {@code /img/news/plant-480w.5c0e9d1a2b.jpg} and so on (see {@link #variantPath}).
 *
 * <p>Copies are kept in the build cache ({@code picture} entries), keyed by the tool, the original's
 * bytes, the {@linkplain Resizer#RECIPE recipe}, the Java version and the width, so that a later build,
 * warm or cold, takes them from there instead of resizing again, and a new original, recipe or JDK
 * makes them afresh.
 *
 * <p>{@link #picture} and {@link #copies} are thread-safe, for the pipeline's pool; one build per instance.
 */
public final class Pictures {
    private final SiteConfig config;
    private final BuildCache cache;
    private final String tool;
    private final Measured last;
    private final Map<Path, Known> known = new ConcurrentHashMap<>();

    /** A file as last measured (with the SHA-256 of its bytes, hex), or why it cannot be. */
    private record Known(FileStamp stamp, PictureReader.Measured measured, String sha256, Diagnostic problem) {
    }

    /** What one build measured, for the next to reuse while a file is unchanged. Immutable. */
    public static final class Measured {
        /** Before the first build: nothing measured. */
        public static final Measured NONE = new Measured(Map.of());
        private final Map<Path, Known> files;

        private Measured(Map<Path, Known> files) {
            this.files = files;
        }
    }

    /**
     * @param last  what the last build measured, reused for files whose stamp is the same
     * @param cache where the smaller copies are kept between builds
     * @param tool  the tool's fingerprint, which starts every key of the cache
     */
    public Pictures(SiteConfig config, Measured last, BuildCache cache, String tool) {
        this.config = config;
        this.last = last;
        this.cache = cache;
        this.tool = tool;
    }

    /** What this build measured, for the next one. */
    public Measured measured() {
        return new Measured(Map.copyOf(known));
    }

    /** A picture, or the problem with its file (reported at the file). */
    public record Result(Picture picture, Diagnostic problem) {
    }

    /**
     * The picture a site path names, measured when its file is new or changed. Its published names
     * and copies are planned (paths and sizes) but not made: see {@link #copies}.
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
            Known before = last.files.get(file);
            entry = before != null && before.stamp().equals(stamp) ? before : measure(file, stamp);
            known.put(file, entry);
        }
        if (entry.problem() != null) {
            return new Result(null, entry.problem());
        }
        PictureReader.Measured measured = entry.measured();
        List<Picture.Variant> variants = new ArrayList<>();
        for (int width : measured.resizable() ? Resizer.widthsFor(measured.width()) : List.<Integer>of()) {
            variants.add(new Picture.Variant(variantPath(sitePath, width, entry.sha256()), width, Resizer.heightFor(width, measured.width(), measured.height())));
        }
        String published = Fingerprints.named(sitePath, entry.sha256().substring(0, Fingerprints.DIGITS));
        return new Result(new Picture(sitePath, published, measured.width(), measured.height(), variants), null);
    }

    private Known measure(Path file, FileStamp stamp) {
        String where = config.display(file);
        try {
            PictureReader.Measured measured = PictureReader.read(file);
            return new Known(stamp, measured, sha256(Files.readAllBytes(file)), null);
        } catch (PictureReader.Unreadable e) {
            return new Known(stamp, null, null, Diagnostic.error(where, 0, 0, "image.unreadable", e.getMessage(), e.hint()));
        } catch (IOException e) {
            return new Known(stamp, null, null, Diagnostic.error(where, 0, 0, "image.unreadable", "the picture cannot be read (" + e.getMessage() + ")",
                    "check that the file is readable"));
        }
    }

    /**
     * Where a copy is published: {@code /img/news/plant.jpg}, 480 → {@code /img/news/plant-480w.5c0e9d1a2b.jpg}.
     * The copy is named after what makes it, the original's bytes and the {@linkplain Resizer#RECIPE
     * recipe}, so that its name changes whenever its bytes may, without making it first. (Not the
     * Java version, which the cache key has: the same sources name their copies alike on every machine.)
     */
    static String variantPath(String sitePath, int width, String originalSha256) {
        int slash = sitePath.lastIndexOf('/');
        int dot = sitePath.lastIndexOf('.');
        String plain = dot > slash ? sitePath.substring(0, dot) + "-" + width + "w" + sitePath.substring(dot) : sitePath + "-" + width + "w";
        String made = HexFormat.of().formatHex(sha256().digest((Resizer.RECIPE + "\n" + originalSha256).getBytes(StandardCharsets.UTF_8)));
        return Fingerprints.named(plain, made.substring(0, Fingerprints.DIGITS));
    }

    /**
     * The bytes of every file a picture is published as, by site path: the original under its
     * published name, and each copy from the cache, or made now (the original decoded once) and cached.
     *
     * @throws IOException    when the original cannot be read or decoded
     */
    public Map<String, byte[]> copies(Picture picture) throws IOException {
        Map<String, byte[]> copies = new LinkedHashMap<>();
        Path file = ImagePaths.file(config, picture.file()).orElseThrow(() -> new IOException("the picture " + picture.file() + " is gone"));
        byte[] original = Files.readAllBytes(file);
        copies.put(picture.src(), original);
        if (picture.variants().isEmpty()) {
            return copies;
        }
        String made = sha256(original);
        Map<Integer, byte[]> byWidth = new java.util.HashMap<>();
        List<Integer> missing = new ArrayList<>();
        for (Picture.Variant variant : picture.variants()) {
            byte[] cached = cache.get("picture", key(made, variant.width()));
            if (cached != null) {
                byWidth.put(variant.width(), cached);
            } else {
                missing.add(variant.width());
            }
        }
        if (!missing.isEmpty()) {
            List<byte[]> resized = Resizer.resize(original, measured(file), missing);
            for (int i = 0; i < missing.size(); i++) {
                cache.put("picture", key(made, missing.get(i)), resized.get(i));
                byWidth.put(missing.get(i), resized.get(i));
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

    /** The cache's key for a copy: what makes it, the tool, the original's SHA-256 (hex), the recipe, the Java version and the width. */
    private Key key(String originalSha256, int width) {
        return Key.of("picture").add(tool).add(Resizer.RECIPE).add(Runtime.version().toString()).add(originalSha256).add(String.valueOf(width)).build();
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
