package news.coop.portal.preview;

import java.util.Locale;
import java.util.Map;

/**
 * The {@code Content-Type} of each kind of file a site holds: pages, styles, scripts, feeds and the
 * pictures and documents authors publish. The test server of the browser tests serves by it too. Text types say UTF-8, the only encoding the portal writes.
 */
public final class MediaTypes {
    static final String HTML = "text/html; charset=utf-8";
    private static final String FALLBACK = "application/octet-stream";
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", HTML),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("map", "application/json; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml; charset=utf-8"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("wasm", "application/wasm"));

    private MediaTypes() {
    }

    /** The type for a file name; Atom feeds are named {@code feed.xml}. */
    public static String of(String fileName) {
        if (fileName.equals("feed.xml")) {
            return "application/atom+xml; charset=utf-8";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? FALLBACK : BY_EXTENSION.getOrDefault(fileName.substring(dot + 1).toLowerCase(Locale.ROOT), FALLBACK);
    }

    static boolean isHtml(String fileName) {
        return of(fileName).equals(HTML);
    }
}
