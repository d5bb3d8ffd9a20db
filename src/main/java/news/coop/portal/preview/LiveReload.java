package news.coop.portal.preview;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Reloads every open browser tab after each rebuild, through Server-Sent Events.
 *
 * <p>HTML responses of the preview (never the files on disk) get a script tag that names the build
 * the page comes from. The script listens to {@value #EVENTS_PATH}; the server sends the current
 * build as soon as a tab connects and again after every build, and a tab whose page comes from
 * another build reloads. A build is named by this server's run and its number, so a tab also
 * reloads when the server comes back after a restart, and when it missed a rebuild while it was
 * hidden (hidden tabs let go of their connection: browsers allow only about six per server).
 *
 * <p>Thread-safe. Connections are kept open without holding a thread each.
 */
final class LiveReload implements AutoCloseable {
    static final String SCRIPT_PATH = "/__portal/reload.js";
    static final String EVENTS_PATH = "/__portal/events";
    static final String SCRIPT = """
            // portal serve: reloads this page after each rebuild of the preview, and after a restart of the server.
            (function () {
              var build = document.currentScript.getAttribute("data-build");
              var events = null;
              function connect() {
                if (events || document.hidden) return;
                events = new EventSource("%s");
                events.onmessage = function (message) {
                  if (message.data !== build) location.reload();
                };
                events.onerror = function () {
                  // The browser retries by itself while it can; once it gives up, start again.
                  if (events.readyState === EventSource.CLOSED) { events = null; setTimeout(connect, 1000); }
                };
              }
              document.addEventListener("visibilitychange", function () {
                if (document.hidden && events) { events.close(); events = null; } else { connect(); }
              });
              connect();
            })();
            """.formatted(EVENTS_PATH);

    /** This server's run: a tab whose page came from another run reloads. */
    private final String run = Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36);
    private final List<HttpExchange> clients = new ArrayList<>();
    private String build = run + ".0";
    private boolean closed;

    /** Names the current build and tells every connected tab about it. */
    synchronized void publish(int number) {
        build = run + "." + number;
        clients.removeIf(client -> !send(client, "data: " + build + "\n\n"));
    }

    /** The HTML with the reload script inserted before its last {@code </body>} (or at its end). */
    synchronized String inject(String html) {
        String tag = "<script src=\"" + SCRIPT_PATH + "\" data-build=\"" + build + "\"></script>\n";
        for (int at = html.length() - "</body>".length(); at >= 0; at--) {
            if (html.regionMatches(true, at, "</body>", 0, "</body>".length())) {
                return html.substring(0, at) + tag + html.substring(at);
            }
        }
        return html + tag;
    }

    /** Answers a GET of {@value #EVENTS_PATH}: keeps the response open and sends it every build from now on. */
    void connect(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.sendResponseHeaders(200, 0);
        synchronized (this) {
            if (closed) {
                exchange.close();
            } else if (send(exchange, "retry: 1000\ndata: " + build + "\n\n")) {
                clients.add(exchange);
            }
        }
    }

    private static boolean send(HttpExchange client, String message) {
        try {
            OutputStream out = client.getResponseBody();
            out.write(message.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return true;
        } catch (IOException e) {
            client.close();
            return false;
        }
    }

    /** Ends every event stream; the tabs keep trying to reconnect, and reload when a server is back. */
    @Override
    public synchronized void close() {
        closed = true;
        clients.forEach(HttpExchange::close);
        clients.clear();
    }
}
