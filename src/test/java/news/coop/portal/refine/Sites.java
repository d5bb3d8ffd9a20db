package news.coop.portal.refine;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import news.coop.portal.config.SiteConfig;

/** Site configurations for refine-step tests; only the base URL matters to these steps. */
final class Sites {
    private Sites() {
    }

    /** A three-language site in {@code /project}, served at {@code baseUrl}. */
    static SiteConfig at(String baseUrl) {
        Path root = Path.of("/project").toAbsolutePath();
        return new SiteConfig(root, root.resolve("content"), root.resolve("data"), root.resolve("templates"), root.resolve("assets"),
                root.resolve("target/site"), baseUrl, List.of("en", "ru", "be"), "en", ZoneId.of("Europe/Minsk"), 10, 20, List.of(), Map.of());
    }
}
