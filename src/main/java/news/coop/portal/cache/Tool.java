package news.coop.portal.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The tool's own fingerprint, the first input of every cache key: the SHA-256 of the names, sizes and
 * CRC-32 checksums of every file in the jar it runs from (the jar's own directory holds them, so nothing
 * is decompressed), or, run from a folder of classes as the tests are, of every file in that folder. A
 * tool built from other sources, even under the same version number, never takes another's entries.
 * Stateless.
 */
public final class Tool {
    private Tool() {
    }

    /** The fingerprint of the code that {@code anchor} was loaded from. */
    public static String fingerprint(Class<?> anchor) {
        try {
            Path code = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            if (Files.isRegularFile(code)) {
                try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(code.toFile())) {
                    jar.stream().forEach(entry -> digest.update((entry.getName() + "\u0000" + entry.getSize() + "\u0000" + entry.getCrc() + "\n")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                }
            } else {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(code)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path file : files) {
                    digest.update(code.relativize(file).toString().replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    update(digest, file);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tool's own code", e);
        } catch (URISyntaxException | java.security.NoSuchAlgorithmException | RuntimeException e) {
            // No code source to read (an unusual class loader): a fingerprint no cache entry will have.
            return "unknown-" + System.nanoTime();
        }
    }

    private static void update(MessageDigest digest, Path file) throws IOException {
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
    }
}
