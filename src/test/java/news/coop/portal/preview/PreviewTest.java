package news.coop.portal.preview;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import news.coop.portal.TestSite;
import news.coop.portal.pipeline.BuildOptions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code portal serve} as a browser sees it: a real server on a free port, real files, real
 * rebuilds, read over HTTP. Waits are polls with a generous deadline; the one promise about time
 * (an edit is rebuilt and announced within two seconds) is measured from the file write to the
 * event and asserted.
 */
class PreviewTest {
    /** How long a test waits for something before it fails: generous, for a loaded machine. */
    private static final Duration DEADLINE = Duration.ofSeconds(10);
    /** What the preview promises an author: the rebuilt page and the reload within two seconds of a save. */
    private static final Duration PROMISED = Duration.ofSeconds(2);
    private static final String SECRET = "TOP SECRET, outside the site";

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final BlockingQueue<Preview.Outcome> outcomes = new LinkedBlockingQueue<>();
    private Preview preview;

    @AfterEach
    void stop() {
        if (preview != null) {
            preview.close();
        }
    }

    private TestSite site() {
        return TestSite.create(dir).standardPages()
                .news("2023-09-26-roads", "Roads", "roads")
                .news("2023-09-27-energy", "Energy", "energy");
    }

    private void start(TestSite site, boolean drafts) throws Exception {
        if (preview != null) {
            preview.close();
        }
        preview = Preview.start(new BuildOptions(site.root(), site.root().resolve("target/preview"), drafts, TestSite.NOW), 0, outcomes::add);
        assertThat(nextOutcome().succeeded()).isTrue();
    }

    @Test
    void pagesAreServedWithTheReloadScriptWhichTheBuiltFilesLack() throws Exception {
        TestSite site = site();
        start(site, false);

        assertThat(preview.home().toString()).matches("http://127\\.0\\.0\\.1:\\d+/en/");
        HttpResponse<String> home = get("/en/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(home.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(home.body()).containsOnlyOnce("<script src=\"/__portal/reload.js\" data-build=\"").endsWith("</script>\n</body>\n</html>\n");
        String onDisk = Files.readString(site.root().resolve("target/preview/en/index.html"));
        assertThat(onDisk).doesNotContain("__portal").isEqualTo(home.body().replaceFirst("<script src=\"/__portal/reload.js\"[^>]*></script>\n", ""));

        HttpResponse<String> script = get("/__portal/reload.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(script.body()).contains("new EventSource(\"/__portal/events\")", "location.reload()");

        String stylesheet = Jsoup.parse(home.body()).selectFirst("link[rel=stylesheet]").attr("href");
        HttpResponse<String> css = get(stylesheet);
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(css.body()).doesNotContain("__portal");
        HttpResponse<String> feed = get("/en/feed.xml");
        assertThat(feed.headers().firstValue("Content-Type")).hasValue("application/atom+xml; charset=utf-8");
        assertThat(feed.body()).doesNotContain("__portal");
        // The search page's index is served as the JSON it is, untouched.
        HttpResponse<String> index = get("/en/search/meta.json");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(index.body()).startsWith("{\"v\":1,\"lang\":\"en\"").doesNotContain("__portal");

        HttpResponse<String> folder = get("/en");
        assertThat(folder.statusCode()).isEqualTo(301);
        assertThat(folder.headers().firstValue("Location")).hasValue("/en/");

        HttpResponse<String> head = send("HEAD", "/en/");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Length")).hasValue(String.valueOf(home.body().getBytes(StandardCharsets.UTF_8).length));

        HttpResponse<String> post = send("POST", "/en/");
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    @Test
    void anEditIsRebuiltAndAnnouncedToOpenTabsWithinTwoSeconds() throws Exception {
        TestSite site = site();
        start(site, false);
        try (Events events = new Events()) {
            String shown = events.next().data();
            assertThat(buildOf(get("/en/news/2023/09/roads/").body())).as("the page and the stream name the same build: no reload").isEqualTo(shown);

            long written = System.nanoTime();
            site.news("2023-09-26-roads", "Roads rebuilt", "roads");
            Event reload = events.next();
            HttpResponse<String> page = get("/en/news/2023/09/roads/");
            long seen = System.nanoTime();

            Duration latency = Duration.ofNanos(reload.nanos() - written);
            System.out.println("portal serve: edit → reload event " + latency.toMillis() + " ms, → rebuilt page read "
                    + Duration.ofNanos(seen - written).toMillis() + " ms");
            assertThat(reload.data()).isNotEqualTo(shown);
            assertThat(latency).isLessThan(PROMISED);
            assertThat(Duration.ofNanos(seen - written)).isLessThan(PROMISED);
            assertThat(Jsoup.parse(page.body()).selectFirst("h1").text()).isEqualTo("Roads rebuilt");
            assertThat(buildOf(page.body())).isEqualTo(reload.data());
        }
    }

    @Test
    void aBurstOfSavesMakesOneRebuildAndFoldersCreatedLaterAreWatched() throws Exception {
        TestSite site = site();
        start(site, false);

        for (int i = 1; i <= 5; i++) {
            site.news("2023-09-26-roads", "Roads, save " + i, "roads");
        }
        Preview.Outcome burst = nextOutcome();
        assertThat(burst.number()).isEqualTo(2);
        assertThat(title("/en/news/2023/09/roads/")).isEqualTo("Roads, save 5");

        // A new year's folder: created after the watch began, then a file in it.
        site.news("2024-01-15-later", "Later", "energy");
        List<Integer> builds = new ArrayList<>();
        do {
            builds.add(nextOutcome().number());
        } while (!get("/en/news/2024/01/later/").body().contains("<h1>Later</h1>"));
        assertThat(builds).as("the burst made one build, the new file one more").containsExactly(3);
    }

    @Test
    void aBrokenFileShowsItsProblemsInPlaceOfPagesUntilItIsFixed() throws Exception {
        TestSite site = site();
        start(site, false);
        String stylesheet = Jsoup.parse(get("/en/").body()).selectFirst("link[rel=stylesheet]").attr("href");
        try (Events events = new Events()) {
            events.next();
            site.news("2023-09-26-roads", "Roads", "enrgy");
            assertThat(nextOutcome().succeeded()).isFalse();
            String failed = events.next().data();

            HttpResponse<String> page = get("/en/news/2023/09/roads/");
            assertThat(page.statusCode()).isEqualTo(500);
            assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
            Document error = Jsoup.parse(page.body());
            String line = "content/news/2023/2023-09-26-roads.md:5:9: error [area.unknown] unknown area \"enrgy\" — did you mean \"energy\"?"
                    + " (the list is in data/areas.yml)";
            assertThat(error.selectFirst("pre").wholeText()).isEqualTo(line + "\n");
            assertThat(error.select("li").eachText()).containsExactly(line.replace(": error [area.unknown] ", " error [area.unknown] ")
                    .replace(" — ", " "));
            assertThat(page.body()).contains("unknown area &quot;enrgy&quot;");
            assertThat(buildOf(page.body())).isEqualTo(failed);
            assertThat(get("/en/").statusCode()).isEqualTo(500);
            assertThat(get("/en/no-such-page/").body()).contains(line.replace("\"", "&quot;"));
            HttpResponse<String> css = get(stylesheet);
            assertThat(css.statusCode()).as("the last good build's styles are still served").isEqualTo(200);
            assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");

            site.news("2023-09-26-roads", "Roads", "roads");
            assertThat(nextOutcome().succeeded()).isTrue();
            assertThat(events.next().data()).isNotEqualTo(failed);
            HttpResponse<String> fixed = get("/en/news/2023/09/roads/");
            assertThat(fixed.statusCode()).isEqualTo(200);
            assertThat(Jsoup.parse(fixed.body()).selectFirst("h1").text()).isEqualTo("Roads");
        }
    }

    @Test
    void draftsAreServedWithTheirBannerOnlyWhenAsked() throws Exception {
        TestSite site = site().news("2023-10-01-plan", "Plan", "energy", "status: draft");
        start(site, true);
        HttpResponse<String> draft = get("/en/news/2023/10/plan/");
        assertThat(draft.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(draft.body()).selectFirst("main .draft-banner").text()).startsWith("Draft Not published");

        start(site, false);
        HttpResponse<String> hidden = get("/en/news/2023/10/plan/");
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(hidden.body()).doesNotContain("Plan");
    }

    @Test
    void pathsOutsideTheSiteAreRefusedAndUnknownOnesGetThe404Page() throws Exception {
        TestSite site = site().file("secret.txt", SECRET);
        start(site, false);
        Path secret = site.root().resolve("secret.txt").toAbsolutePath();

        List<String> attempts = List.of("/../../secret.txt", "/en/../../../secret.txt", "/%2e%2e/%2e%2e/secret.txt", "/%2E%2E%2f%2E%2E%2fsecret.txt",
                "/en/..%5c..%5c..%5csecret.txt", "/en\\..\\..\\..\\secret.txt", "/" + secret, "/%2f" + secret.toString().substring(1),
                "/" + secret.toUri().getRawPath().replace("/", "%2f"), "/%00/../secret.txt",
                // Double-encoded (decoded once, these are names, not dots), Tomcat's ..;, NUL inside a dot segment,
                // overlong UTF-8 dots, IIS's %u escapes, an absolute-form request target.
                "/%252e%252e/%252e%252e/secret.txt", "/..%252f..%252fsecret.txt", "/%252e%252e%252f%252e%252e%252fsecret.txt", "/..;/..;/secret.txt",
                "/.%00./.%00./secret.txt", "/%c0%ae%c0%ae/%c0%ae%c0%ae/secret.txt", "/%u002e%u002e/%u002e%u002e/secret.txt",
                "http://127.0.0.1/../../secret.txt", "/en/%2e%2e%5c%2e%2e%5csecret.txt", "/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd");
        for (String attempt : attempts) {
            String response = raw(attempt, "127.0.0.1");
            assertThat(response).as(attempt).matches("(?s)HTTP/1\\.1 40[04] .*").doesNotContain(SECRET).doesNotContain("root:x:0:0");
        }
        assertThat(raw("/../../secret.txt", "127.0.0.1")).startsWith("HTTP/1.1 400 ");
        assertThat(raw("/en/", "attacker.example")).as("a host name pointed at this machine").startsWith("HTTP/1.1 400 ");
        assertThat(raw("/en/", "localhost")).startsWith("HTTP/1.1 200 ");

        Path link = site.root().resolve("target/preview/en/leak.txt");
        try {
            Files.createSymbolicLink(link, secret);
        } catch (IOException | UnsupportedOperationException e) {
            assumeTrue(false, "no symbolic links here: " + e);
        }
        assertThat(raw("/en/leak.txt", "127.0.0.1")).startsWith("HTTP/1.1 404 ").doesNotContain(SECRET);

        HttpResponse<String> missing = get("/en/no-such-page/");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(Jsoup.parse(missing.body()).selectFirst("h1").text()).isEqualTo("Page not found");
        assertThat(missing.body()).contains("/__portal/reload.js");

        // Under a language's folder, that language's own not-found page.
        HttpResponse<String> missingRu = get("/ru/net-takoy-stranitsy/");
        assertThat(missingRu.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(missingRu.body()).selectFirst("html").attr("lang")).isEqualTo("ru");
    }

    @Test
    void onEveryNetworkItAnswersAtTheMachinesAddressesAndStillNotAtOtherNames() throws Exception {
        TestSite site = site();
        preview = Preview.start(new BuildOptions(site.root(), site.root().resolve("target/preview"), false, TestSite.NOW), "0.0.0.0", 0, outcomes::add);
        assertThat(nextOutcome().succeeded()).isTrue();

        assertThat(preview.thisMachineOnly()).isFalse();
        assertThat(preview.home().getHost()).as("the address a browser on this machine opens").isEqualTo("127.0.0.1");
        assertThat(raw("/en/", "127.0.0.1")).startsWith("HTTP/1.1 200 ");
        InetAddress own = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(network -> Collections.list(network.getInetAddresses()).stream())
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress()).findFirst().orElse(null);
        if (own != null) {
            assertThat(raw("/en/", own.getHostAddress() + ":" + preview.home().getPort())).as("this machine's address " + own).startsWith("HTTP/1.1 200 ");
        }
        assertThat(raw("/en/", "attacker.example")).as("a host name pointed at this machine").startsWith("HTTP/1.1 400 ");
    }

    @Test
    void aSiteInASubFolderIsServedInThatFolder() throws Exception {
        TestSite site = site();
        site.file("jbake.properties", Files.readString(site.root().resolve("jbake.properties")).replace("https://news.example.org", "https://example.org/news"));
        start(site, false);

        assertThat(preview.home().getPath()).isEqualTo("/news/en/");
        assertThat(get("/news/en/").statusCode()).isEqualTo(200);
        assertThat(get("/").headers().firstValue("Location")).hasValue("/news/");
        assertThat(get("/en/").statusCode()).isEqualTo(404);
    }

    @Test
    void documentsBesideATextAreServedAtTheAddressesItsPageLinks() throws Exception {
        TestSite site = site();
        List<String> names = List.of("report+2022.pdf", "annual report.pdf", "annual report.pdf", "отчёт.pdf", "a+b.pdf");
        names.forEach(name -> site.file("content/news/2023/" + name, "%PDF-1.4 " + name + "\n"));
        site.file("content/news/2023/2023-09-28-reports.md", "---\ntitle: Reports\ndate: 2023-09-28T10:00:00+03:00\nlead: The reports.\n"
                + "areas: [energy]\nlang: en\n---\nThe [report](report+2022.pdf), the [annual report](annual%20report.pdf) or"
                + " [the same](<annual report.pdf>), the [Russian one](отчёт.pdf), and [a plus b](a%2Bb.pdf).\n");
        start(site, false);

        List<String> hrefs = Jsoup.parse(get("/en/news/2023/09/reports/").body()).select("main .prose a[href]").eachAttr("href");
        assertThat(hrefs).containsExactly("/news/2023/report+2022.pdf", "/news/2023/annual%20report.pdf", "/news/2023/annual%20report.pdf",
                "/news/2023/%D0%BE%D1%82%D1%87%D1%91%D1%82.pdf", "/news/2023/a+b.pdf");
        for (int i = 0; i < hrefs.size(); i++) {
            HttpResponse<String> document = get(hrefs.get(i));
            assertThat(document.statusCode()).as(hrefs.get(i)).isEqualTo(200);
            assertThat(document.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(document.body()).isEqualTo("%PDF-1.4 " + names.get(i) + "\n");
        }
        // The same names as a reader may type them: a plus escaped is still a plus, and never a space.
        assertThat(get("/news/2023/report%2B2022.pdf").body()).isEqualTo("%PDF-1.4 report+2022.pdf\n");
        assertThat(get("/news/2023/a%2bb.pdf").body()).isEqualTo("%PDF-1.4 a+b.pdf\n");
        assertThat(get("/news/2023/report%202022.pdf").statusCode()).isEqualTo(404);
        assertThat(raw("/news/2023/report%2F2022.pdf", "127.0.0.1")).startsWith("HTTP/1.1 400 ");
    }

    // ---- helpers ----

    private Preview.Outcome nextOutcome() throws InterruptedException {
        Preview.Outcome outcome = outcomes.poll(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        if (outcome == null) {
            fail("no build within " + DEADLINE);
        }
        return outcome;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("GET", path);
    }

    private HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri(path)).timeout(DEADLINE).method(method, HttpRequest.BodyPublishers.noBody()).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return preview.home().resolve(path);
    }

    private String title(String path) throws IOException, InterruptedException {
        return Jsoup.parse(get(path).body()).selectFirst("h1").text();
    }

    /** The build a served page says it comes from (what its reload script compares). */
    private static String buildOf(String html) {
        return Jsoup.parse(html).selectFirst("script[src=/__portal/reload.js]").attr("data-build");
    }

    /** Sends a request line exactly as written (no client normalises it) and returns the whole response. */
    private String raw(String target, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", preview.home().getPort())) {
            socket.setSoTimeout((int) DEADLINE.toMillis());
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), ISO_8859_1);
        }
    }

    private record Event(long nanos, String data) {
    }

    /** The event stream as an open tab reads it, on its own thread: each {@code data} line and when it arrived. */
    private final class Events implements AutoCloseable {
        private final BlockingQueue<Event> received = new LinkedBlockingQueue<>();
        private final InputStream body;

        Events() throws IOException, InterruptedException {
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(uri("/__portal/events")).build(), HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");
            body = response.body();
            Thread reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        if (line.startsWith("data: ")) {
                            received.add(new Event(System.nanoTime(), line.substring("data: ".length())));
                        }
                    }
                } catch (IOException | UncheckedIOException e) {
                    // The stream was closed.
                }
            }, "test-event-stream");
            reader.setDaemon(true);
            reader.start();
        }

        Event next() throws InterruptedException {
            Event event = received.poll(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
            if (event == null) {
                fail("no event within " + DEADLINE);
            }
            return event;
        }

        @Override
        public void close() throws IOException {
            body.close();
        }
    }
}
