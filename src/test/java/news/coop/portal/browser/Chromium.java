package news.coop.portal.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and chromedriver, started offline. Both binaries are named explicitly, so
 * Selenium Manager never runs and nothing is downloaded; the flags keep Chromium from reaching for
 * the network (updates, sync, DNS), which this machine and CI refuse.
 *
 * <p>{@code PORTAL_CHROMIUM} and {@code PORTAL_CHROMEDRIVER} override the paths
 * ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}).
 */
final class Chromium {
    static final String INSTALL = "apt-get install -y chromium chromium-driver";

    private Chromium() {
    }

    static Path browser() {
        return Path.of(Optional.ofNullable(System.getenv("PORTAL_CHROMIUM")).orElse("/usr/bin/chromium"));
    }

    static Path driver() {
        return Path.of(Optional.ofNullable(System.getenv("PORTAL_CHROMEDRIVER")).orElse("/usr/bin/chromedriver"));
    }

    /** What is missing, if anything: then no browser test can run here. */
    static Optional<String> missing() {
        List<Path> absent = List.of(browser(), driver()).stream().filter(path -> !Files.isExecutable(path)).toList();
        return absent.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", absent.stream().map(Path::toString).toList()));
    }

    /**
     * A fresh headless browser with its own profile.
     *
     * @param prefs Chromium preferences, e.g. {@code webkit.webprefs.default_font_size} for a reader's text size
     */
    static ChromeDriver start(int width, int height, Map<String, Object> prefs) {
        Path profile;
        try {
            profile = Files.createTempDirectory("portal-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=en-US");
        if (!prefs.isEmpty()) {
            options.setExperimentalOption("prefs", prefs);
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver().toString()))
                .usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
        return chrome;
    }
}
