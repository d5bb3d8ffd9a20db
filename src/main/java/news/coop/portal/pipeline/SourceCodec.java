package news.coop.portal.pipeline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.diag.Severity;
import news.coop.portal.model.Body;
import news.coop.portal.model.Document;
import news.coop.portal.model.Image;
import news.coop.portal.model.NewsItem;
import news.coop.portal.model.Page;
import news.coop.portal.model.Status;
import news.coop.portal.model.Term;
import news.coop.portal.model.Vocabulary;

/**
 * A validated source as the build cache stores it ({@code source} entries): its document, its
 * problems, whether it shows pictures, and the key of the pictures it was validated with. Terms are
 * written by id and read back from the vocabularies, which are part of the entry's key. A payload
 * that does not decode is damaged, and read as absent. Stateless.
 */
final class SourceCodec {
    private static final int NEWS = 1;
    private static final int PAGE = 2;
    private static final int NONE = 0;

    private SourceCodec() {
    }

    /** A cached source: {@code assets} is the key of the pictures it was validated with, "" when it shows none. */
    record Cached(boolean showsPictures, String assets, Document document, List<Diagnostic> problems) {
    }

    static byte[] encode(Cached cached) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeBoolean(cached.showsPictures());
            out.writeUTF(cached.assets());
            if (cached.document() instanceof NewsItem item) {
                out.writeByte(NEWS);
                text(out, item.source());
                text(out, item.title());
                out.writeUTF(item.date().toString());
                out.writeUTF(item.updated().toString());
                text(out, item.lead());
                terms(out, item.areas());
                terms(out, item.regions());
                out.writeUTF(item.lang());
                out.writeUTF(item.status().name());
                text(out, item.slug());
                text(out, item.translation());
                out.writeBoolean(item.image() != null);
                if (item.image() != null) {
                    Image image = item.image();
                    text(out, image.src());
                    text(out, image.alt());
                    text(out, image.caption());
                    text(out, image.credit());
                    out.writeBoolean(image.decorative());
                }
                body(out, item.body());
            } else if (cached.document() instanceof Page page) {
                out.writeByte(PAGE);
                text(out, page.source());
                text(out, page.title());
                text(out, page.lead());
                out.writeUTF(page.lang());
                out.writeUTF(page.status().name());
                text(out, page.slug());
                text(out, page.translation());
                body(out, page.body());
                out.writeInt(page.translationLine());
                out.writeInt(page.translationColumn());
            } else {
                out.writeByte(NONE);
            }
            diagnostics(out, cached.problems());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The cached source, or null when the payload is not one (or names a term the vocabularies lack). */
    static Cached decode(byte[] payload, Vocabulary areas, Vocabulary regions) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
            boolean showsPictures = in.readBoolean();
            String assets = in.readUTF();
            Document document = switch (in.readByte()) {
                case NEWS -> new NewsItem(text(in), text(in), OffsetDateTime.parse(in.readUTF()), OffsetDateTime.parse(in.readUTF()), text(in),
                        terms(in, areas), terms(in, regions), in.readUTF(), Status.valueOf(in.readUTF()), text(in), text(in), image(in), body(in));
                case PAGE -> new Page(text(in), text(in), text(in), in.readUTF(), Status.valueOf(in.readUTF()), text(in), text(in), body(in),
                        in.readInt(), in.readInt());
                case NONE -> null;
                default -> throw new IOException("not a source entry");
            };
            List<Diagnostic> problems = diagnostics(in);
            if (in.read() != -1) {
                throw new IOException("trailing bytes");
            }
            return new Cached(showsPictures, assets, document, problems);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static void diagnostics(DataOutputStream out, List<Diagnostic> diagnostics) throws IOException {
        out.writeInt(diagnostics.size());
        for (Diagnostic problem : diagnostics) {
            text(out, problem.path());
            out.writeInt(problem.line());
            out.writeInt(problem.column());
            out.writeUTF(problem.severity().name());
            text(out, problem.code());
            text(out, problem.message());
            text(out, problem.hint());
        }
    }

    static List<Diagnostic> diagnostics(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<Diagnostic> problems = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            problems.add(new Diagnostic(text(in), in.readInt(), in.readInt(), Severity.valueOf(in.readUTF()), text(in), text(in), text(in)));
        }
        return List.copyOf(problems);
    }

    private static Image image(DataInputStream in) throws IOException {
        return in.readBoolean() ? new Image(text(in), text(in), text(in), text(in), in.readBoolean()) : null;
    }

    private static void body(DataOutputStream out, Body body) throws IOException {
        text(out, body.html());
        out.writeInt(body.targets().size());
        for (Body.Target target : body.targets()) {
            text(out, target.path());
            text(out, target.fragment());
            text(out, target.written());
        }
        out.writeInt(body.links().size());
        for (Body.Link link : body.links()) {
            text(out, link.url());
            out.writeInt(link.line());
            out.writeInt(link.column());
        }
        out.writeInt(body.images().size());
        for (String image : body.images()) {
            text(out, image);
        }
        out.writeInt(body.firstLine());
    }

    private static Body body(DataInputStream in) throws IOException {
        String html = text(in);
        List<Body.Target> targets = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            targets.add(new Body.Target(text(in), text(in), text(in)));
        }
        List<Body.Link> links = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            links.add(new Body.Link(text(in), in.readInt(), in.readInt()));
        }
        List<String> images = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            images.add(text(in));
        }
        return new Body(html, targets, links, images, in.readInt());
    }

    private static void terms(DataOutputStream out, List<Term> terms) throws IOException {
        out.writeInt(terms.size());
        for (Term term : terms) {
            out.writeUTF(term.id());
        }
    }

    private static List<Term> terms(DataInputStream in, Vocabulary vocabulary) throws IOException {
        List<Term> terms = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            String id = in.readUTF();
            terms.add(vocabulary.find(id).orElseThrow(() -> new IOException("unknown term " + id)));
        }
        return terms;
    }

    /** A text of any length (writeUTF stops at 64 KB), null written as absent. */
    static void text(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String text(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }
}
