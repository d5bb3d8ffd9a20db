package news.coop.portal.image;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
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

    private ImagePaths() {
    }

    /** Whether an address points at another site ({@code https://…}, {@code //host/…}) or carries data ({@code data:…}). */
    public static boolean isExternal(String address) {
        return address.startsWith("//") || SCHEME.matcher(address).matches();
    }

    /**
     * The site path of an image address written in a source: a site path stays as it is, a relative
     * one is read from the source's folder in {@code content/}. Empty for an external address and for
     * one that leads out of the site (or out of {@code content/}).
     *
     * @param sourcePath the source's project-relative path, as diagnostics print it
     */
    public static Optional<String> sitePath(SiteConfig config, String sourcePath, String address) {
        if (isExternal(address) || address.isEmpty() || address.contains("\\")) {
            return Optional.empty();
        }
        String path = address.replaceFirst("[?#].*$", "");
        // An escaped ".." (%2e%2e) climbs as far as a written one once the address is decoded: it is judged decoded.
        if (path.startsWith("/")) {
            String normal = normalise(path);
            return normal.startsWith("/") && normalise(decode(path)).startsWith("/") ? Optional.of(normal) : Optional.empty();
        }
        String contentRoot = config.display(config.contentDir()) + "/";
        String folder = sourcePath.substring(0, sourcePath.lastIndexOf('/') + 1);
        String resolved = normalise(folder + path);
        return resolved.startsWith(contentRoot) && normalise(folder + decode(path)).startsWith(contentRoot)
                ? Optional.of("/" + resolved.substring(contentRoot.length())) : Optional.empty();
    }

    /** The file published at a site path: in {@code assets/}, else in {@code content/}; empty when neither holds it. */
    public static Optional<Path> file(SiteConfig config, String sitePath) {
        String relative = siteFile(sitePath);
        if (relative.isEmpty()) {
            return Optional.empty();
        }
        for (Path folder : new Path[] {config.assetDir(), config.contentDir()}) {
            Path file = folder.resolve(relative).normalize();
            if (file.startsWith(folder) && Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    /** Where to put a missing file, for a hint: {@code assets/img/x.jpg or content/img/x.jpg}, or the content path of a picture beside a source. */
    public static String placesFor(SiteConfig config, String sitePath, boolean relative) {
        String content = config.display(config.contentDir()) + decode(sitePath);
        return relative ? content : config.display(config.assetDir()) + decode(sitePath) + " or " + content;
    }

    /** The file a site path names inside the site: {@code /img/my%20photo.jpg} → {@code img/my photo.jpg}, as the link check lists files. */
    public static String siteFile(String sitePath) {
        return decode(sitePath).substring(1);
    }

    /** A path with its %-escapes decoded; a {@code %} that starts no escape ({@code 50%off.jpg}) is a plain character. */
    private static String decode(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    /** Removes {@code .} and {@code ..} segments; a path that climbs above its start comes back starting with "..". */
    private static String normalise(String path) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        boolean absolute = path.startsWith("/");
        for (String part : path.split("/", -1)) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return "..";
                }
                parts.removeLast();
            } else if (!part.equals(".") && !(part.isEmpty() && parts.isEmpty())) {
                parts.addLast(part);
            }
        }
        return (absolute ? "/" : "") + String.join("/", parts);
    }
}
