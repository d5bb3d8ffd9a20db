package news.coop.portal.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.diag.Diagnostics;
import news.coop.portal.image.ImagePaths;
import news.coop.portal.image.Pictures;
import news.coop.portal.model.Picture;
import news.coop.portal.write.Publisher;

/**
 * The write stage for the pictures the site shows: each original under its published name and its
 * smaller copies, made (or taken from the copies' cache) in parallel and handed to the publisher,
 * except those the published site already has. Stateless.
 */
final class PictureStage {
    private PictureStage() {
    }

    /** The files the pictures shown are published as (each original under its published name, and its smaller copies), as paths inside the site. */
    static Set<String> files(Map<String, Picture> shown) {
        Set<String> files = new TreeSet<>();
        shown.values().forEach(picture -> files.addAll(files(picture)));
        return files;
    }

    private static List<String> files(Picture picture) {
        return picture.candidates().stream().map(candidate -> ImagePaths.siteFile(candidate.src())).toList();
    }

    /** Publishes the files of the pictures shown that are not among {@code present}; a picture that cannot be resized is an error at its file. */
    static void publish(SiteConfig config, Map<String, Picture> shown, Set<String> present, Pictures pictures, Publisher publisher, Workers workers,
            Diagnostics diagnostics) {
        List<Picture> wanted = shown.values().stream().filter(picture -> files(picture).stream().anyMatch(file -> !present.contains(file))).toList();
        List<Diagnostic> problems = Collections.synchronizedList(new ArrayList<>());
        workers.map(wanted, picture -> {
            try {
                pictures.copies(picture).forEach((src, bytes) -> publisher.put(ImagePaths.siteFile(src), bytes));
            } catch (IOException e) {
                String where = ImagePaths.file(config, picture.file()).map(config::display).orElse(picture.file());
                problems.add(Diagnostic.error(where, 0, 0, "image.unreadable",
                        "the picture " + picture.file() + " cannot be resized (" + e.getMessage() + ")", "save it again as JPEG or PNG"));
            }
            return null;
        });
        diagnostics.addAll(problems);
    }
}
