package news.coop.portal.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.utility.DeepUnwrap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import news.coop.portal.address.Addresses;
import news.coop.portal.config.SiteConfig;

/**
 * The functions every template gets: {@code msg(key, args…)}, {@code url(path)} (a site path, already
 * an address: the model's URLs) and {@code asset(path)}, which links to the fingerprinted name of a file
 * from {@code assets/}, the file's name made an address ({@code Addresses.make}); see {@code docs/templates.md}.
 * A wrong call is a template error with the template's position.
 */
public final class TemplateFunctions {
    private TemplateFunctions() {
    }

    /**
     * The functions for pages in {@code lang}, as template keys.
     *
     * @param assets file inside the site (as in {@code assets/}) → the file published for it, its
     *               fingerprinted name; read at every call, so a session's renderer follows changes to {@code assets/}
     */
    public static Map<String, Object> forLanguage(SiteConfig config, Messages messages, String lang, UnaryOperator<String> assets) {
        return Map.of(
                "msg", (TemplateMethodModelEx) args -> {
                    if (args.isEmpty()) {
                        throw new TemplateModelException("msg(key, args…) needs a key");
                    }
                    List<Object> rest = new ArrayList<>();
                    for (Object arg : args.subList(1, args.size())) {
                        rest.add(DeepUnwrap.unwrap((freemarker.template.TemplateModel) arg));
                    }
                    try {
                        return messages.get(lang, text(args.get(0), "msg"), rest);
                    } catch (IllegalArgumentException e) {
                        throw new TemplateModelException(e.getMessage());
                    }
                },
                "url", (TemplateMethodModelEx) args -> config.link(path(args, "url")),
                "asset", (TemplateMethodModelEx) args -> config.link(Addresses.make("/" + assets.apply(stripSlash(path(args, "asset"))))));
    }

    private static String path(List<?> args, String function) throws TemplateModelException {
        if (args.size() != 1) {
            throw new TemplateModelException(function + "(path) takes exactly one path");
        }
        return text(args.get(0), function);
    }

    private static String text(Object arg, String function) throws TemplateModelException {
        if (arg instanceof TemplateScalarModel scalar) {
            return scalar.getAsString();
        }
        throw new TemplateModelException(function + "(…) needs a text argument");
    }

    private static String stripSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
