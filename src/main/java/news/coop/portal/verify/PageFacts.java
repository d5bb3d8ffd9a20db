package news.coop.portal.verify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the checks need of one HTML page, read in a single walk over its elements (jsoup's selectors
 * would walk it once per selector).
 *
 * @param ids         every {@code id}, and every {@code name} of an {@code a}
 * @param references  every address the page names, in document order
 * @param lang        the {@code lang} of its {@code html} element, or ""
 * @param alternates  hreflang → address of each {@code link rel="alternate" hreflang}, the first of each language
 */
record PageFacts(Set<String> ids, List<Reference> references, String lang, Map<String, String> alternates) {
    /** One address in a page: the element and attribute that hold it, and whether it names an asset (a file the page loads) rather than a page. */
    record Reference(String element, String attribute, String target, boolean asset) {
    }

    static PageFacts read(Document document) {
        Set<String> ids = new HashSet<>();
        List<Reference> references = new ArrayList<>();
        Map<String, String> alternates = new LinkedHashMap<>();
        for (Element element : document.getAllElements()) {
            if (element.hasAttr("id")) {
                ids.add(element.id());
            }
            String name = element.normalName();
            switch (name) {
                case "a", "area" -> {
                    if (name.equals("a") && element.hasAttr("name")) {
                        ids.add(element.attr("name"));
                    }
                    if (element.hasAttr("href")) {
                        references.add(new Reference(name, "href", element.attr("href"), false));
                    }
                }
                case "link" -> {
                    if (element.hasAttr("href")) {
                        String rel = element.attr("rel").toLowerCase(Locale.ROOT);
                        boolean page = rel.contains("alternate") || rel.contains("canonical") || rel.contains("next") || rel.contains("prev")
                                || rel.contains("search") || rel.contains("author") || rel.contains("license");
                        references.add(new Reference(name, "href", element.attr("href"), !page));
                        if (Arrays.asList(rel.split("\\s+")).contains("alternate") && element.hasAttr("hreflang")) {
                            alternates.putIfAbsent(element.attr("hreflang"), element.attr("href"));
                        }
                    }
                }
                case "meta" -> {
                    String property = element.hasAttr("property") ? element.attr("property") : element.attr("name");
                    if (property.equals("og:image") || property.equals("twitter:image")) {
                        references.add(new Reference(name, "content", element.attr("content"), true));
                    }
                }
                case "iframe" -> {
                    if (element.hasAttr("src")) {
                        references.add(new Reference(name, "src", element.attr("src"), false));
                    }
                }
                case "img", "source", "script", "video", "audio" -> {
                    if (element.hasAttr("src")) {
                        references.add(new Reference(name, "src", element.attr("src"), true));
                    }
                    if (element.hasAttr("srcset") && !name.equals("script")) {
                        for (String candidate : element.attr("srcset").split(",")) {
                            String address = candidate.strip().split("\\s+")[0];
                            if (!address.isEmpty()) {
                                references.add(new Reference(name, "srcset", address, true));
                            }
                        }
                    }
                }
                default -> {
                }
            }
        }
        Element html = document.selectFirst("html");
        return new PageFacts(ids, references, html == null ? "" : html.attr("lang"), alternates);
    }
}
