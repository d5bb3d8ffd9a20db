package news.coop.portal.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * One file the render stage must produce: which page kind, with which model, at which output path.
 *
 * @param output  the path inside the site, with forward slashes, e.g. {@code en/areas/energy/index.html}
 * @param lang    the language whose messages the template uses
 * @param site    the {@code site} key of an HTML page (null for feeds and the sitemap)
 * @param page    the {@code page} key of an HTML page: what it knows about itself (null for feeds and the sitemap)
 * @param model   the page kind's model: its template and its own keys
 * @param source  the source file that produced the page, or "" for generated listings; named in diagnostics
 */
public record PageJob(String output, String lang, Views.SiteView site, Views.PageInfo page, PageModel model, String source) {

    /** A feed or the sitemap: a file without {@code site} and {@code page}. */
    public PageJob(String output, String lang, PageModel model) {
        this(output, lang, null, null, model, "");
    }

    /** The template's file name in {@code templates/}, e.g. {@code term.ftlh}. */
    public String template() {
        return model.template();
    }

    /** Whether the output is an HTML page (as opposed to a feed or the sitemap). */
    public boolean isHtml() {
        return output.endsWith(".html");
    }

    /** The same page, knowing itself as {@code page}: how its language versions are added once every language is planned. */
    public PageJob withPage(Views.PageInfo info) {
        return new PageJob(output, lang, site, info, model, source);
    }

    /**
     * The keys the template receives, besides the functions the engine adds: {@code site} and
     * {@code page} when the page has them, and one per component of the model's record, by its name;
     * a null component is left out, so that the template sees it absent.
     */
    public Map<String, Object> templateKeys() {
        RecordComponent[] components = model.getClass().getRecordComponents();
        Map<String, Object> keys = new HashMap<>(components.length * 2 + 4);
        if (site != null) {
            keys.put("site", site);
        }
        if (page != null) {
            keys.put("page", page);
        }
        for (RecordComponent component : components) {
            try {
                Object value = component.getAccessor().invoke(model);
                if (value != null) {
                    keys.put(component.getName(), value);
                }
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component + " of " + model.getClass().getSimpleName(), e);
            }
        }
        return keys;
    }
}
