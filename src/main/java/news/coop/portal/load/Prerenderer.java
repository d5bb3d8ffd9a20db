package news.coop.portal.load;

import com.vladsch.flexmark.util.ast.Document;
import java.util.ArrayList;
import java.util.List;
import news.coop.portal.model.Body;
import news.coop.portal.model.Markdown;

/**
 * Renders a parsed text when it is read, so that its tree need not be kept: links to other sources
 * become placeholders that {@link Body#html} fills in once every URL is known, raw HTML is cleaned by
 * the site's {@link SafeHtml} policy, and the links and pictures are collected ({@link BodyLinks}).
 *
 * <p>Thread-safe, as the {@link Flexmark} it renders with.
 */
final class Prerenderer {
    private final Flexmark flexmark;

    Prerenderer(Flexmark flexmark) {
        this.flexmark = flexmark;
    }

    Body render(Markdown markdown, String lang, SafeHtml policy) {
        Document document = markdown.document();
        List<Body.Target> targets = new ArrayList<>();
        document.set(SourceLinks.TARGETS, targets);
        String html = RawHtml.clean(flexmark.prerenderer(lang).render(document), document, policy);
        BodyLinks links = BodyLinks.of(markdown);
        return new Body(html, targets, links.links(), links.images(), markdown.firstLine());
    }
}
