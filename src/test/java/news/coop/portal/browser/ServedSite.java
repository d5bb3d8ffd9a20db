package news.coop.portal.browser;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A built site served over HTTP ({@link StaticSite}) and a Chromium to read it with, at 1280 × 800:
 * what a browser test of a site of its own starts with. Closing it stops both.
 */
final class ServedSite implements AutoCloseable {
    private final StaticSite server;
    private final ChromeDriver chrome;

    private ServedSite(StaticSite server, ChromeDriver chrome) {
        this.server = server;
        this.chrome = chrome;
    }

    /** Serves the built site in {@code output} and starts the browser. */
    static ServedSite start(Path output) throws IOException {
        StaticSite server = new StaticSite(output);
        try {
            return new ServedSite(server, Chromium.start(1280, 800, Map.of()));
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** The absolute URL of a site path, e.g. {@code /en/}. */
    String url(String path) {
        return server.url(path);
    }

    ChromeDriver chrome() {
        return chrome;
    }

    /** Stops a session that may not have started ({@code null}), as an {@code @AfterAll} meets it. */
    static void stop(ServedSite site) {
        if (site != null) {
            site.close();
        }
    }

    @Override
    public void close() {
        try {
            chrome.quit();
        } finally {
            server.close();
        }
    }
}
