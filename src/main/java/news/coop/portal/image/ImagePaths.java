package news.coop.portal.image;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import news.coop.portal.address.Addresses;
import news.coop.portal.address.Decoded;
import news.coop.portal.config.SiteConfig;

/**
 * Where a picture named in a source is published, and the file behind it. JBake's asset copy puts
 * {@code assets/} and the pictures beside the sources in {@code content/} into one site tree, so
 * {@code /img/news/plant.jpg} is {@code assets/img/news/plant.jpg} or {@code content/img/news/plant.jpg},
 * and a picture beside a news item, {@code ![…](plant.jpg)} in {@code content/news/2024/x.md}, is
 * published at {@code /news/2024/plant.jpg}. Stateless.
 */
public final class ImagePaths {
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");

    /** Why {@link #resolve} refuses an external, empty or backslashed address. */
    public static final String NOT_A_PATH = "it is not a path of this site";

    private ImagePaths() {
    }

    /** Whether an address points at another site ({@code https://…}, {@code //host/…}) or carries data ({@code data:…}). */
    public static boolean isExternal(String address) {
        return address.startsWith("//") || SCHEME.matcher(address).matches();
    }

    /**
     * The site path of an image address written in a source: a site path stays where it is, a relative
     * one is read from the source's folder in {@code content/}. Empty for an external address and for
     * one that leads out of the site (or out of {@code content/}) or that cannot name a file (see {@link #resolve}).
     *
     * @param sourcePath the source's project-relative path, as diagnostics print it
     */
    public static Optional<String> sitePath(SiteConfig config, String sourcePath, String address) {
        Decoded resolved = resolve(config, sourcePath, address);
        return resolved.ok() ? Optional.of(resolved.path()) : Optional.empty();
    }

    /**
     * The site path of an address written in a source, as {@link Addresses#make} makes it (one spelling
     * for every way of writing one file: {@code фото.jpg}, {@code %D1%84%D0%BE%D1%82%D0%BE.jpg}), or why
     * it has none: external, outside the site or {@code content/} ({@link Addresses#CLIMBS}), or refused
     * by {@link Addresses#read}. Its {@code ?query} and {@code #fragment} are not part of it. Escaped dots
     * ({@code %2e%2e}) climb as written ones do.
     */
    public static Decoded resolve(SiteConfig config, String sourcePath, String address) {
        if (isExternal(address) || address.isEmpty() || address.contains("\\")) {
            return Decoded.refused(NOT_A_PATH);
        }
        String path = address.replaceFirst("[?#].*$", "");
        if (!path.startsWith("/")) {
            String contentRoot = config.display(config.contentDir()) + "/";
            if (!sourcePath.startsWith(contentRoot)) {
                return Decoded.refused(Addresses.CLIMBS);
            }
            String folder = sourcePath.substring(contentRoot.length() - 1, sourcePath.lastIndexOf('/') + 1);
            path = Addresses.make(folder) + path;
        }
        Decoded read = Addresses.read(path);
        return read.ok() ? Decoded.of(Addresses.make(read.path())) : read;
    }

    /** The file published at a site path: in {@code assets/}, else in {@code content/}; empty when neither holds it. */
    public static Optional<Path> file(SiteConfig config, String sitePath) {
        String relative = siteFile(sitePath);
        if (relative.isEmpty()) {
            return Optional.empty();
        }
        for (Path folder : new Path[] {config.assetDir(), config.contentDir()}) {
            try {
                Path file = folder.resolve(relative).normalize();
                if (file.startsWith(folder) && Files.isRegularFile(file)) {
                    return Optional.of(file);
                }
            } catch (InvalidPathException e) {
                // A name this file system cannot hold: no file has it.
            }
        }
        return Optional.empty();
    }

    /** Where to put a missing file, for a hint: {@code assets/img/x.jpg or content/img/x.jpg}, or the content path of a picture beside a source. */
    public static String placesFor(SiteConfig config, String sitePath, boolean relative) {
        String content = config.display(config.contentDir()) + "/" + siteFile(sitePath);
        return relative ? content : config.display(config.assetDir()) + "/" + siteFile(sitePath) + " or " + content;
    }

    /** The file a site path names inside the site: {@code /img/my%20photo.jpg} → {@code img/my photo.jpg}, as the link check lists files. */
    public static String siteFile(String sitePath) {
        Decoded read = Addresses.read(sitePath);
        return (read.ok() ? read.path() : sitePath).substring(1);
    }
}
