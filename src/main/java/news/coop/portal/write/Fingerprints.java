package news.coop.portal.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The published names of the files from {@code assets/}: each is named by its content, so that a
 * host may let browsers keep it for a year. {@code css/site.css} is published as
 * {@code css/site.3f9a1c2e7b.css}, the ten hex digits being the start of the SHA-256 of its bytes
 * (a file without extension gets {@code .3f9a1c2e7b} appended). {@code asset()} in templates returns
 * these names; the plain names are not published.
 *
 * <p>Kept under their own names: files at the top of {@code assets/} (favicon.ico, robots.txt,
 * _headers: hosts and browsers ask for them by name), {@code assets/img/} and {@code .well-known/},
 * and the pictures beside the sources in {@code content/}, because authors name pictures by path
 * in Markdown and front matter (README, "Publishing and hosting"). Immutable and thread-safe.
 */
public final class Fingerprints {
    /** No file renamed: the state before the first build has read {@code assets/}. */
    public static final Fingerprints NONE = new Fingerprints(Map.of());
    private static final int DIGITS = 10;

    /** File inside the site (plain name) → file inside the site (fingerprinted name), sorted. */
    private final Map<String, String> names;

    private Fingerprints(Map<String, String> names) {
        this.names = names;
    }

    /**
     * Reads and hashes the files of {@code assets/} that are published fingerprinted.
     *
     * @param assetDir   the project's {@code assets/}
     * @param contentDir the project's {@code content/}: a file there under the same path keeps its name
     * @param copied     every file JBake's asset copy publishes, as paths inside the site
     */
    public static Fingerprints of(Path assetDir, Path contentDir, Collection<String> copied) {
        Map<String, String> names = new TreeMap<>();
        for (String file : copied) {
            Path source = assetDir.resolve(file);
            if (fingerprinted(file) && Files.isRegularFile(source) && !Files.exists(contentDir.resolve(file))) {
                try {
                    names.put(file, name(file, Files.readAllBytes(source)));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + source, e);
                }
            }
        }
        return new Fingerprints(java.util.Collections.unmodifiableMap(names));
    }

    /** Whether a file from {@code assets/} is published under a fingerprinted name (see the class comment). */
    static boolean fingerprinted(String file) {
        int slash = file.indexOf('/');
        return slash > 0 && !file.startsWith("img/") && !file.startsWith(".well-known/");
    }

    /** {@code css/site.css} and its bytes → {@code css/site.3f9a1c2e7b.css}. */
    public static String name(String file, byte[] bytes) {
        String hash = hash(bytes);
        int slash = file.lastIndexOf('/');
        int dot = file.lastIndexOf('.');
        if (dot <= slash + 1) {
            return file + "." + hash;
        }
        return file.substring(0, dot) + "." + hash + file.substring(dot);
    }

    /** The first ten hex digits of the SHA-256 of {@code bytes}. */
    static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The published file for a file inside the site: its fingerprinted name, or itself. */
    public String published(String file) {
        return names.getOrDefault(file, file);
    }

    /** The published files for files inside the site (JBake's asset copy), sorted. */
    public Set<String> published(Collection<String> files) {
        Set<String> published = new TreeSet<>();
        files.forEach(file -> published.add(published(file)));
        return published;
    }

    /** The fingerprinted files, as paths inside the site, sorted. */
    public Set<String> fingerprinted() {
        return new TreeSet<>(names.values());
    }

    /** Renames the plain copies JBake put into {@code folder} to their fingerprinted names. */
    public void rename(Path folder) {
        names.forEach((plain, published) -> {
            Path from = folder.resolve(plain);
            try {
                if (Files.isRegularFile(from)) {
                    Files.move(from, folder.resolve(published), StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot rename " + from, e);
            }
        });
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fingerprints that && names.equals(that.names);
    }

    @Override
    public int hashCode() {
        return names.hashCode();
    }
}
