package news.coop.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.coop.portal.TestSite;
import news.coop.portal.XssCorpus;
import news.coop.portal.XssCorpus.Kind;
import news.coop.portal.XssCorpus.Vector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The XSS corpus ({@code src/test/resources/xss/vectors.txt}) in real Chromium: the page of every
 * vector, the listings that show their titles and leads, and search results that show them, are
 * opened, and every element of the text is hovered, focused and clicked (by events), and no vector
 * runs. Each vector calls {@code alert(1)} or sets {@code window.__xss}; before any page script, the
 * dialogs are replaced by functions that set {@code window.__xss}, so nothing blocks the browser, and
 * a first test proves that this detector sees a script that does run.
 */
@ExtendWith(BrowserCondition.class)
class XssBrowserIT {
    /** Runs before each document's own scripts: a dialog, or a vector's own flag, leaves {@code window.__xss} set. */
    private static final String DETECTOR = """
            window.__xssCalls = [];
            for (const name of ['alert', 'confirm', 'prompt', 'print']) {
              window[name] = function () { window.__xss = 1; window.__xssCalls.push(name); };
            }
            """;
    /**
     * Plays a reader at every element of the main content with the events an attribute could listen to
     * (plain events: a click that is no mouse event follows no link), then says, after a moment for
     * loads and errors, what ran, and which address the browser itself reads as a script.
     */
    private static final String READER = """
            const done = arguments[arguments.length - 1];
            const types = ['mouseover', 'mouseenter', 'mousedown', 'mouseup', 'click', 'dblclick', 'focus', 'blur', 'input', 'change',
                'toggle', 'load', 'error', 'animationstart', 'transitionend', 'pointerover', 'keydown'];
            for (const element of document.querySelectorAll('main *')) {
              for (const type of types) element.dispatchEvent(new Event(type, {bubbles: false}));
            }
            const scripts = [];
            for (const element of document.querySelectorAll('[href], [src], [action], [formaction], [data], [poster], [background]')) {
              for (const name of ['href', 'src', 'action', 'formaction', 'data', 'poster', 'background']) {
                const value = element.getAttribute(name);
                if (value === null) continue;
                let protocol = '';
                try { protocol = new URL(value, document.baseURI).protocol; } catch (e) { continue; }
                const picture = element.localName === 'img' && name === 'src' && /^data:image\\/(png|jpeg|gif|webp)[;,]/i.test(value.trim());
                if (protocol === 'javascript:' || protocol === 'vbscript:' || protocol === 'data:' && !picture) scripts.push(element.outerHTML);
              }
            }
            setTimeout(() => done({ran: window.__xss === undefined ? '' : 'window.__xss = ' + window.__xss + ' ' + window.__xssCalls.join(),
                scripts: scripts.join(' '), at: location.href}), 300);
            """;

    @TempDir
    static Path dir;
    private static ServedSite served;
    private static ChromeDriver chrome;

    @BeforeAll
    static void start() throws Exception {
        TestSite site = XssCorpus.site(dir, vector -> vector.kind() != Kind.REFUSED);
        site.build();
        served = ServedSite.start(site.output());
        chrome = served.chrome();
        chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", DETECTOR));
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() {
        ServedSite.stop(served);
    }

    @Test
    void theDetectorSeesAScriptThatRuns() {
        chrome.get(served.url("/en/about/"));
        chrome.executeScript("document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"https://evil.example/x.png\" onerror=\"alert(1)\">')");
        assertThat(read(served.url("/en/about/")).ran).startsWith("window.__xss = 1 alert");
    }

    @Test
    void noVectorRunsOnItsPage() {
        List<String> ran = new ArrayList<>();
        for (Vector vector : XssCorpus.vectors()) {
            if (vector.kind() != Kind.REFUSED) {
                ran.addAll(visit(vector.url(), vector.toString()));
            }
        }
        assertThat(ran).isEmpty();
    }

    @Test
    void noVectorRunsInTheListingsThatShowTheirTitlesAndLeads() {
        List<String> ran = new ArrayList<>();
        for (String listing : List.of("/en/", "/en/page/2/", "/en/areas/energy/", "/en/archive/2024/")) {
            ran.addAll(visit(listing, listing));
        }
        assertThat(ran).isEmpty();
    }

    @Test
    void noVectorRunsInSearchResults() {
        List<String> ran = new ArrayList<>();
        for (String query : List.of("alert", "script", "vector")) {
            String url = "/en/search/?q=" + query;
            chrome.get(served.url(url));
            new WebDriverWait(chrome, Duration.ofSeconds(10)).until(driver -> !driver.findElements(By.cssSelector("#search-results li")).isEmpty());
            ran.addAll(check(read(served.url(url)), url));
        }
        assertThat(ran).isEmpty();
    }

    /** Opens a site page, plays the reader, and says what ran there (nothing, if all is well). */
    private static List<String> visit(String path, String what) {
        chrome.get(served.url(path));
        return check(read(served.url(path)), what);
    }

    private static List<String> check(Outcome outcome, String what) {
        List<String> problems = new ArrayList<>();
        if (!outcome.ran.isEmpty()) {
            problems.add(what + ": ran " + outcome.ran);
        }
        if (!outcome.scripts.isEmpty()) {
            problems.add(what + ": script addresses " + outcome.scripts);
        }
        return problems;
    }

    private record Outcome(String ran, String scripts) {
    }

    @SuppressWarnings("unchecked")
    private static Outcome read(String expectedAddress) {
        Map<String, Object> result = (Map<String, Object>) chrome.executeAsyncScript(READER);
        String at = String.valueOf(result.get("at"));
        String ran = String.valueOf(result.get("ran"));
        // A script that navigated (a refresh, a javascript: address) ran as surely as one that called alert.
        return new Outcome(at.startsWith(expectedAddress) ? ran : ran + " (and the page left for " + at + ")", String.valueOf(result.get("scripts")));
    }
}
