package news.coop.portal.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The reference archive: the items of {@code gen-corpus.py} ({@link ReferencePosts}), written in
 * two forms that hold the same titles, dates, tags and bodies. The portal's form is a project folder
 * with the real configuration, templates, assets, vocabularies and pages, and the items as the
 * script's {@code --format portal} writes them (English, one to three areas, the region
 * {@code leningrad-region}, an explicit slug, no pictures, no links between items); the Hugo form, in
 * {@value #HUGO}/ inside it, is the reference Hugo site with the items as {@code --format hugo} writes
 * them ({@link HugoSite}). So a user who runs the script and builds both by hand measures the same
 * archive. Items are numbered from 0, as the script numbers them. Stateless and thread-safe.
 */
final class ReferenceArchive {
    /** The folder of the Hugo form, inside the archive (beside {@code content/}, so the portal never reads it). */
    static final String HUGO = "hugo-site";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:00", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd-", Locale.ROOT);

    private ReferenceArchive() {
    }

    /**
     * Copies the project as {@link SyntheticArchive#generate} does (without its pictures), writes the
     * Hugo site, then items 0 to {@code items - 1} of seed {@code seed} in both forms.
     */
    static SyntheticArchive.Summary generate(Path project, Path into, int items, long seed) throws IOException {
        SyntheticArchive.copyProject(project, into);
        HugoSite.writeSite(into.resolve(HUGO));
        long words = 0;
        List<String> paths = new ArrayList<>();
        for (int index = 0; index < items; index++) {
            ReferencePosts.Post post = ReferencePosts.post(Long.toString(seed), index);
            paths.add(write(into, post));
            words += SyntheticText.words(post.body());
        }
        Collections.sort(paths);
        return new SyntheticArchive.Summary(items, words, Map.of("en", items), paths);
    }

    /** Writes item {@code index} of seed {@code seed} in both forms and returns its portal path, relative to {@code into}. */
    static String addItem(Path into, int index, long seed) throws IOException {
        ReferencePosts.Post post = ReferencePosts.post(Long.toString(seed), index);
        if (Files.exists(into.resolve(portalPath(post)))) {
            throw new FileAlreadyExistsException(into.resolve(portalPath(post)).toString());
        }
        return write(into, post);
    }

    /** Appends the paragraph {@link SyntheticArchive#editItem} appends to the portal's form of an item, to both of its forms. */
    static void editItem(Path into, String portalPath, int round) throws IOException {
        String paragraph = SyntheticArchive.editParagraph(into, portalPath, round);
        SyntheticArchive.append(into.resolve(portalPath), paragraph);
        SyntheticArchive.append(into.resolve(hugoPath(portalPath)), paragraph);
    }

    /** The Hugo form's path of the item at {@code portalPath}: {@code content/news/YYYY/YYYY-MM-DD-slug.md} → {@code hugo-site/content/news/YYYY/slug.md}. */
    static String hugoPath(String portalPath) {
        int name = portalPath.lastIndexOf('/') + 1;
        return HUGO + "/" + portalPath.substring(0, name) + portalPath.substring(name + "YYYY-MM-DD-".length());
    }

    private static String write(Path into, ReferencePosts.Post post) throws IOException {
        SyntheticArchive.write(into.resolve(portalPath(post)), portalText(post).getBytes(StandardCharsets.UTF_8));
        SyntheticArchive.write(into.resolve(HUGO).resolve(HugoSite.path(post)), HugoSite.text(post).getBytes(StandardCharsets.UTF_8));
        return portalPath(post);
    }

    /** {@code content/news/YYYY/YYYY-MM-DD-slug.md}. */
    static String portalPath(ReferencePosts.Post post) {
        return String.format(Locale.ROOT, "content/news/%04d/%s%s.md", post.date().getYear(), DAY.format(post.date()), post.slug());
    }

    /** The item's file, as the script's {@code write_portal} writes it: the lead is the body's first 25 words. */
    static String portalText(ReferencePosts.Post post) {
        String lead = String.join(" ", List.of(post.body().strip().split("\\s+")).subList(0, Math.min(25, ReferencePosts.words(post.body()))))
                .replaceAll("[.,;:]+$", "") + ".";
        String areas = post.tags().stream().map(tag -> ReferenceWords.PORTAL_AREAS.getOrDefault(tag, tag)).collect(Collectors.joining(", "));
        return "---\ntitle: " + HugoSite.json(post.title()) + "\ndate: " + DATE.format(post.date()) + "+03:00\nlead: " + HugoSite.json(lead)
                + "\nareas: [" + areas + "]\nregions: [leningrad-region]\nlang: en\nslug: " + post.slug() + "\n---\n\n" + post.body();
    }
}
