package news.coop.portal.preview;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import news.coop.portal.diag.Diagnostic;

/**
 * The preview's web server, on 127.0.0.1 only, built on the JDK's {@code jdk.httpserver}. It serves
 * the preview folder as a static host would (a folder's {@code index.html}, {@code /en} sent on to
 * {@code /en/}, the site's 404 page with status 404), answers only GET and HEAD, and marks every
 * response {@code Cache-Control: no-store}, so a reload always shows the latest build.
 *
 * <p>HTML responses get the {@link LiveReload} script. While the latest build failed, every HTML
 * response (pages and the 404 page) is the {@link ErrorPage} instead, with status 500; styles,
 * pictures and feeds are still served from the last good build.
 *
 * <p>It listens on {@code 127.0.0.1} unless told another address ({@code serve --host}), and answers
 * only requests addressed to {@code 127.0.0.1}, {@code localhost} or the address it was told (for
 * {@code 0.0.0.0}, any address of this machine, and its name): a web page elsewhere cannot read the
 * preview (and its drafts) through a host name it points at this machine.
 *
 * <p>Thread-safe: requests are answered on a small pool while the rebuild thread calls
 * {@link #publish}.
 */
final class PreviewServer implements AutoCloseable {
    private static final String TEXT = "text/plain; charset=utf-8";

    /** The address the preview listens on unless told another: this machine only. */
    static final String LOOPBACK = "127.0.0.1";

    private final HttpServer server;
    private final ExecutorService pool;
    private final SitePaths paths;
    /** The names and addresses requests may be addressed to (the Host header without its port), lower case. */
    private final Set<String> hosts;
    /** The host part of the preview's address, as {@link Preview#home()} prints it. */
    private final String urlHost;
    private final LiveReload reload = new LiveReload();
    /** The problems of the latest build: empty when it succeeded. */
    private volatile List<Diagnostic> problems = List.of();

    private PreviewServer(HttpServer server, SitePaths paths, Set<String> hosts, String urlHost) {
        this.server = server;
        this.paths = paths;
        this.hosts = Set.copyOf(hosts);
        this.urlHost = urlHost;
        this.pool = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "portal-preview-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(pool);
        server.createContext("/", this::handle);
    }

    /**
     * Takes the port on {@code address} (0: any free one); requests are answered once {@link #start()}
     * is called.
     *
     * @param host      the address as the user wrote it ({@code 127.0.0.1}, {@code 0.0.0.0}, a name)
     * @param address   that address, resolved
     * @param site      the folder the preview is built into
     * @param basePath  the site's base path ("" at the host's root, else e.g. {@code /news})
     * @throws java.net.BindException when the port cannot be had (most often: it is in use)
     */
    static PreviewServer bind(String host, InetAddress address, int port, Path site, String basePath) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 50);
        Set<String> hosts = new HashSet<>(List.of(LOOPBACK, "localhost", "[::1]", literal(address), host.toLowerCase(Locale.ROOT)));
        if (address.isAnyLocalAddress()) {
            // Every network: the machine's own addresses and name, which others on the network use.
            for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                Collections.list(network.getInetAddresses()).forEach(own -> hosts.add(literal(own)));
            }
            try {
                InetAddress self = InetAddress.getLocalHost();
                hosts.add(self.getHostName().toLowerCase(Locale.ROOT));
                hosts.add(self.getCanonicalHostName().toLowerCase(Locale.ROOT));
            } catch (IOException e) {
                // No name for this machine: its addresses still serve.
            }
        }
        String urlHost = address.isAnyLocalAddress() ? LOOPBACK : address instanceof Inet6Address && !host.startsWith("[") && host.contains(":") ? "[" + host + "]" : host;
        return new PreviewServer(server, new SitePaths(site, basePath), hosts, urlHost);
    }

    /** An address as a Host header writes it: {@code 192.168.1.5}, {@code [fe80::1]} (without a zone). */
    private static String literal(InetAddress address) {
        String text = address.getHostAddress().replaceFirst("%.*$", "");
        return address instanceof Inet6Address ? "[" + text + "]" : text;
    }

    /** The port taken: the one asked for, or the free one the system chose for port 0. */
    int port() {
        return server.getAddress().getPort();
    }

    /** Whether it listens on a loopback address, which only this machine reaches. */
    boolean thisMachineOnly() {
        return server.getAddress().getAddress().isLoopbackAddress();
    }

    /** The host of the preview's address, for a browser on this machine: {@code 127.0.0.1} when it listens on every network. */
    String urlHost() {
        return urlHost;
    }

    void start() {
        server.start();
    }

    /**
     * Serves a new build from now on and has every open tab reload.
     *
     * @param number    the build's number in this preview (1 for the first)
     * @param problems  the diagnostics of a failed build; empty when it succeeded
     */
    void publish(int number, List<Diagnostic> problems) {
        this.problems = List.copyOf(problems);
        reload.publish(number);
    }

    private void handle(HttpExchange exchange) throws IOException {
        boolean keepOpen = false;
        try {
            Headers headers = exchange.getResponseHeaders();
            headers.set("Cache-Control", "no-store");
            headers.set("X-Content-Type-Options", "nosniff");
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            if (!addressedHere(exchange.getRequestHeaders().getFirst("Host"))) {
                respond(exchange, 400, TEXT, "400 Bad request: the preview answers only at its own address, such as " + urlHost + "\n");
            } else if (!method.equals("GET") && !method.equals("HEAD")) {
                headers.set("Allow", "GET, HEAD");
                respond(exchange, 405, TEXT, "405 Method not allowed: the preview answers only GET and HEAD\n");
            } else if (LiveReload.EVENTS_PATH.equals(path) && method.equals("GET")) {
                reload.connect(exchange);
                keepOpen = true;
            } else if (LiveReload.SCRIPT_PATH.equals(path)) {
                respond(exchange, 200, MediaTypes.of("reload.js"), LiveReload.SCRIPT);
            } else {
                serveSite(exchange, paths.resolve(path));
            }
        } finally {
            if (!keepOpen) {
                exchange.close();
            }
        }
    }

    private void serveSite(HttpExchange exchange, SitePaths.Target target) throws IOException {
        List<Diagnostic> failed = problems;
        switch (target.kind()) {
            case BAD_REQUEST -> respond(exchange, 400, TEXT, "400 Bad request: this path leads outside the site\n");
            case REDIRECT -> {
                exchange.getResponseHeaders().set("Location", target.location());
                respond(exchange, 301, TEXT, "301 Moved permanently: " + target.location() + "\n");
            }
            case FILE -> {
                String name = target.file().getFileName().toString();
                boolean html = MediaTypes.isHtml(name);
                byte[] bytes = html && !failed.isEmpty() ? null : read(target.file());
                if (html && !failed.isEmpty()) {
                    page(exchange, 500, ErrorPage.html(failed));
                } else if (bytes == null) {
                    notFound(exchange, failed);
                } else if (html) {
                    page(exchange, 200, new String(bytes, StandardCharsets.UTF_8));
                } else {
                    respond(exchange, 200, MediaTypes.of(name), bytes);
                }
            }
            case NOT_FOUND -> notFound(exchange, failed);
        }
    }

    /** The site's not-found page with status 404 (or, while the latest build failed, its problems). */
    private void notFound(HttpExchange exchange, List<Diagnostic> failed) throws IOException {
        Path notFound = paths.notFoundPage(exchange.getRequestURI().getRawPath());
        byte[] page = notFound == null || !failed.isEmpty() ? null : read(notFound);
        if (!failed.isEmpty()) {
            page(exchange, 500, ErrorPage.html(failed));
        } else if (page != null) {
            page(exchange, 404, new String(page, StandardCharsets.UTF_8));
        } else {
            respond(exchange, 404, TEXT, "404 Not found\n");
        }
    }

    /**
     * A file's bytes, or null when a rebuild removed it since it was found: an item unpublished, or the
     * whole folder between the two renames of a swap. The request then gets a 404 like any missing
     * file, never a dropped connection.
     */
    private static byte[] read(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private void page(HttpExchange exchange, int status, String html) throws IOException {
        respond(exchange, status, MediaTypes.HTML, reload.inject(html));
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        respond(exchange, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends a complete response; a HEAD request gets the same headers and no body. */
    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
        } else {
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
        }
    }

    /** Whether the Host header names the preview's address (a request without one, from HTTP/1.0, is let through). */
    private boolean addressedHere(String host) {
        if (host == null) {
            return true;
        }
        String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1) : host.replaceFirst(":\\d*$", "");
        return hosts.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Ends the event streams and stops answering; the port is free when this returns. */
    @Override
    public void close() {
        reload.close();
        server.stop(0);
        pool.shutdownNow();
    }
}
