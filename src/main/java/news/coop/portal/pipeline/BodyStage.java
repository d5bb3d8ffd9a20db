package news.coop.portal.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.diag.Diagnostics;
import news.coop.portal.image.ImagePaths;
import news.coop.portal.image.Pictures;
import news.coop.portal.model.Body;
import news.coop.portal.model.Document;
import news.coop.portal.model.NewsItem;
import news.coop.portal.model.Page;
import news.coop.portal.model.Picture;
import news.coop.portal.model.Site;
import news.coop.portal.pipeline.ModelStage.Modelled;
import news.coop.portal.refine.RefineChain;
import news.coop.portal.refine.RefineContext;
import news.coop.portal.refine.TextImages;
import news.coop.portal.render.Messages;

/**
 * The pictures the site shows, measured, and the refined HTML of every published text (the refine
 * chain over authored text, once per source, not once per page it appears on). A text keeps its
 * last refined HTML while its body, the links it takes from other sources, the pictures it shows and
 * its page are the same. Stateless.
 */
final class BodyStage {
    private BodyStage() {
    }

    /**
     * One body as last refined: for this body, with these links to the sources it links to and these
     * pictures, published on this page ({@code output}, which printed link addresses are resolved against).
     */
    record Refined(Body body, Map<String, String> linked, Map<String, Picture> shown, String output, String html, List<Diagnostic> problems) {
    }

    /**
     * Every picture the published site shows (lead pictures, pictures in texts, the logo), measured
     * where its file is new or changed; problems with the files are reported at the files.
     *
     * @return site path → picture, sorted
     */
    static Map<String, Picture> pictures(SiteConfig config, Site site, Pictures pictures, Workers workers, Diagnostics diagnostics) {
        Set<String> paths = new TreeSet<>();
        String logo = config.properties().getOrDefault(SiteConfig.LOGO, "");
        if (!logo.isEmpty()) {
            paths.add(logo);
        }
        for (NewsItem item : site.news()) {
            if (item.image() != null) {
                paths.add(item.image().src());
            }
            item.body().images().forEach(address -> ImagePaths.sitePath(config, item.source(), address).ifPresent(paths::add));
        }
        for (Page page : site.pages()) {
            page.body().images().forEach(address -> ImagePaths.sitePath(config, page.source(), address).ifPresent(paths::add));
        }
        List<String> ordered = List.copyOf(paths);
        List<Pictures.Result> results = workers.map(ordered, pictures::picture);
        Map<String, Picture> measured = new TreeMap<>();
        Set<Diagnostic> problems = new LinkedHashSet<>();
        for (int i = 0; i < ordered.size(); i++) {
            if (results.get(i).picture() != null) {
                measured.put(ordered.get(i), results.get(i).picture());
            } else {
                problems.add(results.get(i).problem());
            }
        }
        diagnostics.addAll(problems);
        return java.util.Collections.unmodifiableMap(measured);
    }

    /**
     * Source path → refined body of every published document, reusing {@code last}'s where nothing
     * it depends on changed.
     */
    static Map<String, Refined> bodies(SiteConfig config, Messages messages, Modelled modelled, Map<String, Picture> shown,
            Map<String, Refined> last, Workers workers, Diagnostics diagnostics) {
        Map<String, String> links = new HashMap<>();
        modelled.sourceUrls().forEach((source, url) -> links.put(source, config.link(url)));
        List<Document> documents = new ArrayList<>(modelled.site().news());
        documents.addAll(modelled.site().pages());
        List<Refined> refined = workers.map(documents, document -> {
            Body body = document.body();
            Map<String, String> linked = body.linked(links);
            String url = modelled.sourceUrls().get(document.source()); // none for a page refused for its slug
            String output = url == null ? document.source() : url.substring(1) + "index.html";
            Map<String, Picture> itsPictures = new TreeMap<>();
            // The pictures it shows, and those it links to that the site shows (published under other names).
            for (Body.Link link : body.links()) {
                ImagePaths.sitePath(config, document.source(), link.url()).filter(shown::containsKey).ifPresent(path -> itsPictures.put(path, shown.get(path)));
            }
            Refined known = last.get(document.source());
            if (known != null && known.body() == body && known.linked().equals(linked) && known.shown().equals(itsPictures) && known.output().equals(output)) {
                return known;
            }
            Diagnostics problems = new Diagnostics();
            TextImages images = new TextImages(itsPictures, name -> messages.get(document.lang(), "news.photo", List.of(name)));
            String html = RefineChain.body(body.html(links), new RefineContext(config, output, document.source(), problems, images));
            return new Refined(body, linked, itsPictures, output, html, problems.sorted());
        });
        Map<String, Refined> bodies = new HashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            bodies.put(documents.get(i).source(), refined.get(i));
            diagnostics.addAll(refined.get(i).problems());
        }
        return Map.copyOf(bodies);
    }

    /** Source path → refined HTML. */
    static Map<String, String> html(Map<String, Refined> bodies) {
        Map<String, String> html = new HashMap<>();
        bodies.forEach((source, refined) -> html.put(source, refined.html()));
        return html;
    }
}
