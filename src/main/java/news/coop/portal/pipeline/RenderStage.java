package news.coop.portal.pipeline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.IntStream;
import news.coop.portal.cache.Key;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.diag.Diagnostics;
import news.coop.portal.pipeline.Configure.Configured;
import news.coop.portal.refine.PageScan;
import news.coop.portal.refine.RefineChain;
import news.coop.portal.refine.RefineContext;
import news.coop.portal.render.PageJob;
import news.coop.portal.render.PageRenderer;
import news.coop.portal.render.RenderFailures;
import news.coop.portal.write.Fingerprints;
import news.coop.portal.write.Precompressed;
import news.coop.portal.write.Publisher;

/**
 * The render, refine and write stages, page by page: each page is rendered, read for the checks of
 * the refine stage ({@link RefineChain#page}, which also gives the link check what it needs), and
 * handed to the publisher at once, on the worker that rendered it, so that a large site is never
 * held in memory whole. A page whose job the build cache has seen, with the same templates,
 * configuration and asset names, is taken from it with its scan and problems instead. Stateless.
 */
final class RenderStage {
    private RenderStage() {
    }

    /**
     * What rendering left for the link check.
     *
     * @param scans    output path → the ids and links of each HTML page made
     * @param rendered how many pages were made (rendered, or taken from the build cache)
     */
    record Rendered(Map<String, PageScan> scans, int rendered) {
    }

    /** The build cache's {@code page} entries for one build: keyed by what every page depends on and by the page's job. */
    record Pages(Caching caching, String renders, PageDigest digest) {
        /** What a page depends on besides its job: the templates and UI strings, jbake.properties, the run's address and the asset names. */
        static Pages of(Caching caching, Configured configured, Fingerprints names) {
            // Whether Brotli loads decides which compressed copies a page has.
            Key.Builder key = caching.key("renders").add(configured.config().baseUrl()).add(String.valueOf(Precompressed.brotliMissing().isEmpty()));
            configured.settings().forEach((file, fileKey) -> key.add(configured.config().display(file)).add(fileKey.hash()));
            names.fingerprinted().forEach(key::add);
            return new Pages(caching, key.build().hex(), new PageDigest());
        }

        Key key(PageJob job) {
            return digest.add(caching.key("page").add(renders), job).build();
        }
    }

    /** A page as made: its text and compressed copies, and what the refine stage read of it (null scan for a feed or the sitemap). */
    private record Made(byte[] text, Map<String, byte[]> copies, PageScan scan, List<Diagnostic> problems) {
    }

    /** Renders, refines and writes every page of {@code jobs}, or takes it from the build cache, telling {@code progress} of each page done. */
    static Rendered run(List<PageJob> jobs, PageRenderer renderer, SiteConfig config, Pages pages, Publisher publisher, Workers workers,
            Diagnostics diagnostics, Progress progress) {
        RenderFailures failures = new RenderFailures();
        Map<String, PageScan> scans = new ConcurrentHashMap<>();
        List<Diagnostic> problems = Collections.synchronizedList(new ArrayList<>());
        // Most links (menus, footers, area links, pagination) repeat on thousands of pages: their strings are shared.
        ConcurrentMap<Object, Object> canonical = new ConcurrentHashMap<>();
        int rendered = workers.pool().submit(() -> IntStream.range(0, jobs.size()).parallel().map(index -> {
            PageJob job = jobs.get(index);
            Key key = pages.caching().cache().enabled() ? pages.key(job) : null;
            byte[] payload = key == null ? null : pages.caching().cache().get("page", key);
            Made made = payload == null ? null : decode(payload);
            if (made == null) {
                PageRenderer.Rendered page = renderer.render(job);
                if (page.failure() != null) {
                    progress.advanced(jobs.size());
                    failures.failed(index, page.failure());
                    return 0;
                }
                PageScan scan = null;
                Diagnostics found = new Diagnostics();
                if (job.isHtml()) {
                    scan = RefineChain.page(page.text(), new RefineContext(config, job.output(), job.source(), found));
                }
                byte[] text = page.text().getBytes(StandardCharsets.UTF_8);
                made = new Made(text, Precompressed.copies(job.output(), text), scan, found.sorted());
                if (key != null && pages.caching().cache().stores()) {
                    pages.caching().cache().put("page", key, encode(made));
                }
            }
            progress.advanced(jobs.size());
            if (made.scan() != null) {
                scans.put(job.output(), made.scan().shared(canonical));
            }
            problems.addAll(made.problems());
            publisher.put(job.output(), made.text(), made.copies());
            return 1;
        }).sum()).join();
        diagnostics.addAll(failures.diagnostics());
        diagnostics.addAll(problems);
        return new Rendered(Map.copyOf(scans), rendered);
    }

    private static byte[] encode(Made made) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(made.text().length + 2048);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(made.text().length);
            out.write(made.text());
            out.writeInt(made.copies().size());
            for (Map.Entry<String, byte[]> copy : made.copies().entrySet()) {
                SourceCodec.text(out, copy.getKey());
                out.writeInt(copy.getValue().length);
                out.write(copy.getValue());
            }
            out.writeBoolean(made.scan() != null);
            if (made.scan() != null) {
                out.writeInt(made.scan().ids().size());
                for (String id : made.scan().ids()) {
                    SourceCodec.text(out, id);
                }
                out.writeInt(made.scan().links().size());
                for (PageScan.Link link : made.scan().links()) {
                    SourceCodec.text(out, link.attribute());
                    SourceCodec.text(out, link.target());
                }
            }
            SourceCodec.diagnostics(out, made.problems());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The page stored, or null when the payload is not one. Read with a buffer's bulk operations (the
     * layout {@link #encode}'s stream wrote): a build with every page in the cache reads fourteen
     * thousand of these, with hundreds of links each.
     */
    private static Made decode(byte[] payload) {
        try {
            ByteBuffer in = ByteBuffer.wrap(payload);
            byte[] text = new byte[in.getInt()];
            in.get(text);
            Map<String, byte[]> copies = new java.util.LinkedHashMap<>();
            for (int i = in.getInt(); i > 0; i--) {
                String name = text(in);
                byte[] copy = new byte[in.getInt()];
                in.get(copy);
                copies.put(name, copy);
            }
            PageScan scan = null;
            if (in.get() != 0) {
                List<String> ids = new ArrayList<>();
                for (int i = in.getInt(); i > 0; i--) {
                    ids.add(text(in));
                }
                List<PageScan.Link> links = new ArrayList<>();
                for (int i = in.getInt(); i > 0; i--) {
                    links.add(new PageScan.Link(text(in), text(in)));
                }
                scan = new PageScan(ids, links);
            }
            List<Diagnostic> problems;
            try (DataInputStream rest = new DataInputStream(new ByteArrayInputStream(payload, in.position(), in.remaining()))) {
                problems = SourceCodec.diagnostics(rest);
                if (rest.read() != -1) {
                    return null;
                }
            }
            return new Made(text, copies, scan, problems);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A text as {@link SourceCodec#text(DataOutputStream, String)} wrote it. */
    private static String text(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0) {
            return null;
        }
        String text = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }
}
