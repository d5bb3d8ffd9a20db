package news.coop.portal.model;

import java.util.List;
import java.util.Map;

/**
 * A source's text, rendered to HTML once, when it is read. Links to other sources
 * ({@code [text](../2023/x.md)}) are placeholders until every URL is known; {@link #html(Map)} fills
 * them in. Keeping HTML rather than flexmark's tree means ten thousand bodies cost megabytes, not
 * hundreds of them.
 *
 * @param html       the HTML, with {@code portal-source:N:} where the N-th link to a source goes
 * @param targets    what each placeholder stands for, by N
 * @param links      every link and image of the text, with its position, for validation
 * @param images     the address of every picture of the text, as written, in order
 * @param firstLine  the 1-based file line of the body's first line (after the front matter)
 */
public record Body(String html, List<Target> targets, List<Link> links, List<String> images, int firstLine) {
    /** How a placeholder starts; it ends with the target's number and a colon. */
    public static final String PLACEHOLDER = "portal-source:";

    public Body {
        targets = List.copyOf(targets);
        links = List.copyOf(links);
        images = List.copyOf(images);
    }

    /**
     * A link to another source file: its project-relative path, the fragment ({@code #…} or empty),
     * and the address as written.
     */
    public record Target(String path, String fragment, String written) {
    }

    /** A link or image address as written, at its 1-based file line and column. */
    public record Link(String url, int line, int column) {
    }

    /**
     * The HTML with every link to a source replaced by that source's link.
     *
     * @param linkFor source path → the link (site base path included) of every published source;
     *                a source not in it keeps its address as written
     */
    public String html(Map<String, String> linkFor) {
        String result = html;
        for (int i = 0; i < targets.size(); i++) {
            Target target = targets.get(i);
            String link = linkFor.get(target.path());
            result = result.replace(PLACEHOLDER + i + ":", link == null ? escape(target.written()) : link + target.fragment());
        }
        return result;
    }

    private static String escape(String address) {
        return address.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    /** The links (site base path included) this body's HTML takes from other sources: what it depends on besides its text. */
    public Map<String, String> linked(Map<String, String> linkFor) {
        Map<String, String> linked = new java.util.TreeMap<>();
        targets.forEach(target -> linked.put(target.path(), linkFor.getOrDefault(target.path(), "")));
        return linked;
    }
}
