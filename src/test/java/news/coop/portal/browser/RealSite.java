package news.coop.portal.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import news.coop.portal.pipeline.Build;
import news.coop.portal.pipeline.BuildOptions;
import news.coop.portal.diag.BuildFailure;

/**
 * The project's real {@code content/}, built once per test JVM into {@code target/browser-site} and
 * served over HTTP for every browser test, with the list of its page kinds in every language.
 */
final class RealSite {
    /** A fixed "now" after all real content, so the pages do not change with the date of the test run. */
    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static RealSite built;

    private final Path folder;
    private final StaticSite server;

    /** One page to check: what kind it is, in which language, and its site path. */
    record PageKind(String kind, String lang, String path) {
        @Override
        public String toString() {
            return lang + " " + kind + " " + path;
        }
    }

    private RealSite(Path folder) throws IOException {
        this.folder = folder;
        this.server = new StaticSite(folder);
    }

    static synchronized RealSite get() {
        if (built == null) {
            Path project = Path.of("").toAbsolutePath();
            Path output = project.resolve("target").resolve("browser-site");
            try {
                new Build(new BuildOptions(project, output, false, NOW)).run();
                built = new RealSite(output);
            } catch (BuildFailure e) {
                throw new IllegalStateException("the real content does not build:\n" + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(built.server::close));
        }
        return built;
    }

    String url(String path) {
        return server.url(path);
    }

    /**
     * Every page kind the site has, in every language: home, its second page (where a language has
     * one), a news item, the areas index, an area, a region, a year of the archive, about, the
     * accessibility statement, search (as it opens, before a query), and the 404 page.
     */
    List<PageKind> pageKinds() {
        List<PageKind> kinds = new ArrayList<>();
        for (String lang : List.of("ru", "be", "en")) {
            String home = "/" + lang + "/";
            kinds.add(new PageKind("home", lang, home));
            if (Files.isDirectory(folder.resolve(lang).resolve("page/2"))) {
                kinds.add(new PageKind("home-page-2", lang, home + "page/2/"));
            }
            kinds.add(new PageKind("news", lang, home + "news/" + first(lang + "/news", 3)));
            kinds.add(new PageKind("areas", lang, home + "areas/"));
            kinds.add(new PageKind("area", lang, home + "areas/" + first(lang + "/areas", 1)));
            kinds.add(new PageKind("region", lang, home + "regions/" + first(lang + "/regions", 1)));
            kinds.add(new PageKind("archive-year", lang, home + "archive/" + first(lang + "/archive", 1)));
            kinds.add(new PageKind("about", lang, home + "about/"));
            kinds.add(new PageKind("accessibility", lang, home + "accessibility/"));
            kinds.add(new PageKind("search", lang, home + "search/"));
            kinds.add(new PageKind("404", lang, home + "404.html"));
        }
        kinds.add(new PageKind("404", "ru", "/404.html")); // in the default language
        return kinds;
    }

    /** The first folder (by name) {@code levels} levels below {@code under}, as a path ending in "/". */
    private String first(String under, int levels) {
        Path start = folder.resolve(under);
        try (Stream<Path> walk = Files.walk(start, levels)) {
            return walk.filter(path -> !path.equals(start) && start.relativize(path).getNameCount() == levels && Files.isDirectory(path)).sorted()
                    .findFirst().map(path -> start.relativize(path).toString().replace('\\', '/') + "/")
                    .orElseThrow(() -> new IllegalStateException("no page under " + under));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
