package news.coop.portal.render;

import java.util.Map;

/**
 * One file the render stage must produce: which template, with which model, at which output path.
 *
 * @param output    the path inside the site, with forward slashes, e.g. {@code en/areas/energy/index.html}
 * @param template  the template's file name in {@code templates/}, e.g. {@code term.ftlh}
 * @param lang      the language whose messages the template uses
 * @param model     the template keys of {@code docs/templates.md}, except the functions the engine adds
 * @param source    the source file that produced the page, or "" for generated listings; named in diagnostics
 */
public record PageJob(String output, String template, String lang, Map<String, Object> model, String source) {
    public PageJob {
        model = Map.copyOf(model);
    }

    /** Whether the output is an HTML page (as opposed to a feed or the sitemap). */
    public boolean isHtml() {
        return output.endsWith(".html");
    }
}
