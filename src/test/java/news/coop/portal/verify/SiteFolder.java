package news.coop.portal.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import news.coop.portal.config.SiteConfig;

/**
 * A built site folder written inline for the test of one check, and read as {@code portal verify}
 * reads it: files in the form {@code -- path --} followed by the file's lines, as {@code TestSite} takes them.
 */
final class SiteFolder {
    private SiteFolder() {
    }

    /** The site at {@code baseUrl}, in {@code dir/site}, holding {@code files}. */
    static BuiltSite read(Path dir, String baseUrl, String files, SourceDocument... documents) {
        Path site = dir.resolve("site");
        String path = null;
        StringBuilder text = new StringBuilder();
        for (String line : (files + "\n-- end --").split("\n", -1)) {
            if (line.startsWith("-- ") && line.endsWith(" --")) {
                if (path != null) {
                    write(site.resolve(path), text.toString());
                }
                path = line.substring(3, line.length() - 3).strip();
                text.setLength(0);
            } else if (path != null) {
                text.append(line).append('\n');
            }
        }
        return BuiltSite.read(config(dir, baseUrl), site, List.of(documents));
    }

    /** A page in {@code lang} with {@code head} in its head and {@code body} in its body, valid HTML. */
    static String page(String lang, String head, String body) {
        return "<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>A page</title>\n" + head + "</head>\n<body>\n"
                + body + "\n</body>\n</html>";
    }

    private static SiteConfig config(Path root, String baseUrl) {
        return new SiteConfig(root, root.resolve("content"), root.resolve("data"), root.resolve("templates"), root.resolve("assets"), root.resolve("site"),
                baseUrl, List.of("en", "ru"), "en", ZoneId.of("Europe/Minsk"), 10, 20, List.of(), Map.of());
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
