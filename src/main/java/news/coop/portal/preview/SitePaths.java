package news.coop.portal.preview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import news.coop.portal.address.Addresses;
import news.coop.portal.address.Decoded;

/**
 * Maps the path of a request to a file of the site folder, and never to anything outside it. The
 * site may live under a base path (the path of {@code site.host}, e.g. {@code /news}); the site's
 * own links carry it, so the preview serves the site there too.
 *
 * <p>Refused with {@link Kind#BAD_REQUEST}: what {@link Addresses#request} refuses (malformed
 * percent-escapes, encoded slashes, {@code .} and {@code ..} segments, also encoded ({@code %2e%2e}),
 * backslashes, NUL, colons (drive letters), empty segments ({@code //etc}) and characters a client
 * sends escaped). {@code +} is a plus and {@code %20} a space, as in every address of the site. A
 * file reached through a symbolic link that leads out of the site folder is {@link Kind#NOT_FOUND},
 * as are hidden names (the writer's temporary {@code .name.….tmp} files).
 *
 * <p>Immutable and thread-safe; it looks at the file system on every call, so it sees each rebuild.
 */
final class SitePaths {
    private final Path site;
    private final String basePath;

    /** What a request path leads to; {@code file} is set for {@link Kind#FILE}, {@code location} for {@link Kind#REDIRECT}. */
    record Target(Kind kind, Path file, String location) {
    }

    enum Kind { FILE, REDIRECT, NOT_FOUND, BAD_REQUEST }

    /**
     * @param site      the folder the preview is built into
     * @param basePath  the site's base path without a trailing slash, "" at the host's root
     */
    SitePaths(Path site, String basePath) {
        this.site = site.toAbsolutePath().normalize();
        this.basePath = basePath;
    }

    /** @param rawPath the request's path as sent, still percent-encoded */
    Target resolve(String rawPath) {
        Decoded decoded = Addresses.request(rawPath == null || rawPath.isEmpty() ? "/" : rawPath);
        if (!decoded.ok()) {
            return new Target(Kind.BAD_REQUEST, null, null);
        }
        String path = decoded.path();
        if (!basePath.isEmpty() && (path.equals("/") || path.equals(basePath))) {
            return new Target(Kind.REDIRECT, null, basePath + "/");
        }
        if (!path.startsWith(basePath + "/")) {
            return notFound();
        }
        String inside = path.substring(basePath.length() + 1);
        if (inside.startsWith(".") || inside.contains("/.")) {
            return notFound();
        }
        Path file = site.resolve(inside).normalize();
        if (!file.startsWith(site)) {
            return new Target(Kind.BAD_REQUEST, null, null);
        }
        if (Files.isDirectory(file)) {
            if (!path.endsWith("/")) {
                return new Target(Kind.REDIRECT, null, rawPath + "/");
            }
            file = file.resolve("index.html");
        }
        return insideReally(file) ? new Target(Kind.FILE, file, null) : notFound();
    }

    /**
     * The not-found page for a request path, if the last good build made one: the language's own
     * ({@code /ru/404.html}) under {@code /ru/…}, else the site's {@code /404.html}.
     */
    Path notFoundPage(String rawPath) {
        String path = rawPath == null ? "" : rawPath;
        if (path.startsWith(basePath + "/")) {
            String first = path.substring(basePath.length() + 1).split("/", -1)[0];
            Path own = site.resolve(first).resolve("404.html");
            if (first.matches("[a-z]{2,3}(-[a-z0-9]+)?") && Files.isRegularFile(own)) {
                return own;
            }
        }
        Path page = site.resolve("404.html");
        return Files.isRegularFile(page) ? page : null;
    }

    private static Target notFound() {
        return new Target(Kind.NOT_FOUND, null, null);
    }

    /** Whether a regular file exists there and, symbolic links followed, is still inside the site folder. */
    private boolean insideReally(Path file) {
        try {
            return Files.isRegularFile(file) && file.toRealPath().startsWith(site.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }
}
