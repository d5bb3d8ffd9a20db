package news.coop.portal.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import news.coop.portal.preview.MediaTypes;

/**
 * A built site served over real HTTP on 127.0.0.1, the way a static host serves it: a folder URL
 * serves its {@code index.html}, an unknown path the site's {@code 404.html} with status 404.
 * For tests only: no caching, no ranges, no traversal beyond a normalised path check.
 */
final class StaticSite implements AutoCloseable {
    private final Path root;
    private final HttpServer server;
    private final ExecutorService workers = Executors.newFixedThreadPool(4);
    /** The paths of the files served since the last {@link #served()}, as the server sent them. */
    private final java.util.Queue<String> served = new java.util.concurrent.ConcurrentLinkedQueue<>();

    StaticSite(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::serve);
        server.setExecutor(workers);
        server.start();
    }

    /** The absolute URL of a site path, e.g. {@code /en/}. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            Path file = root.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            int status = 200;
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                // As a host configured per language folder would: that language's page, else the site's.
                String first = path.length() > 1 ? path.substring(1).split("/", -1)[0] : "";
                Path own = root.resolve(first).resolve("404.html").normalize();
                file = !first.isEmpty() && own.startsWith(root) && Files.isRegularFile(own) ? own : root.resolve("404.html");
                status = 404;
            }
            String type = MediaTypes.of(file.getFileName().toString());
            byte[] body = Files.readAllBytes(file);
            served.add("/" + root.relativize(file).toString().replace('\\', '/'));
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /**
     * The site paths of the files served since the last call, in order (a folder's {@code index.html}
     * by that name): what a page really downloaded, its workers' requests included.
     */
    java.util.List<String> served() {
        java.util.List<String> paths = new java.util.ArrayList<>();
        for (String path = served.poll(); path != null; path = served.poll()) {
            paths.add(path);
        }
        return paths;
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
