package news.coop.portal.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/** What the browser tests do to a page: set the viewport, run axe, measure, take a screenshot. */
final class Pages {
    /** WCAG 2.0, 2.1 and 2.2 at levels A and AA: the rules an official site must meet. */
    static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private Pages() {
    }

    /** Sets the viewport to exactly this size, as a phone or a desktop window would have it. */
    static void viewport(ChromeDriver chrome, int width, int height) {
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** axe-core's violations of {@link #WCAG} on the page as it is now, described for a failure message ("" when none). */
    static String violations(ChromeDriver chrome) {
        Results results = new AxeBuilder().withTags(WCAG).analyze(chrome);
        if (results.isErrored()) {
            return "axe failed: " + results.getErrorMessage();
        }
        return results.getViolations().stream().map(Pages::describe).collect(Collectors.joining("\n"));
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n" + rule.getNodes().stream()
                .map(node -> "    at " + node.getTarget() + ": " + String.valueOf(node.getFailureSummary()).replace("\n", " "))
                .collect(Collectors.joining("\n"));
    }

    static long number(ChromeDriver chrome, String script) {
        return ((Number) chrome.executeScript(script)).longValue();
    }

    /** How far the page is wider than its viewport, in CSS pixels (0 when it does not scroll sideways). */
    static long horizontalOverflow(ChromeDriver chrome) {
        return number(chrome, "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    }

    /** A screenshot of the whole page at this width, into {@code target/screenshots/NAME-WIDTH.png}. */
    static Path screenshot(ChromeDriver chrome, String name, int width) {
        viewport(chrome, width, 800);
        long height = Math.min(8000, Math.max(800, number(chrome, "return document.documentElement.scrollHeight")));
        viewport(chrome, width, (int) height);
        Path file = Path.of("target", "screenshots", name + "-" + width + ".png");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, chrome.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
