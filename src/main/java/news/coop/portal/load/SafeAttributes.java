package news.coop.portal.load;

import com.vladsch.flexmark.ext.attributes.internal.AttributesAttributeProvider;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The last word on every attribute flexmark writes: only attributes from {@link #ALLOWED} survive,
 * and {@code href}/{@code src} only with an address raw HTML could have ({@link SafeHtml#allowsAddress}:
 * never a script address). Runs after the attributes extension, so {@code {onclick=…}} or
 * {@code {href="javascript:…"}} in a source cannot put script on a page even if validation (which
 * rejects them with a diagnostic) were bypassed.
 */
final class SafeAttributes implements AttributeProvider {
    /** What Markdown may produce: structure, links, images and table cells. */
    static final Set<String> ALLOWED = Set.of("id", "class", "lang", "dir", "href", "src", "alt", "title", "align", "colspan", "rowspan",
            "start", "type", "scope", "width", "height", "rel", "data-credit");
    /** What an author may write in {@code {…}}: everything else is reported by validation. {@code credit} only for a picture. */
    static final Set<String> AUTHOR_ATTRIBUTES = Set.of("id", "class", "lang", "dir", BodyPictures.CREDIT);

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        // A picture's credit waits in data-credit for the refine stage, which shows it under the picture.
        if (attributes.contains(BodyPictures.CREDIT)) {
            attributes.replaceValue("data-" + BodyPictures.CREDIT, attributes.getValue(BodyPictures.CREDIT));
            attributes.remove(BodyPictures.CREDIT);
        }
        for (String name : List.copyOf(attributes.keySet())) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!ALLOWED.contains(lower) || (lower.equals("href") || lower.equals("src"))
                    && !SafeHtml.allowsAddress(lower.equals("src") ? "img" : "a", lower, attributes.getValue(name))) {
                attributes.remove(name);
            }
        }
    }

    static final class Factory extends IndependentAttributeProviderFactory {
        @Override
        public Set<Class<?>> getAfterDependents() {
            return Set.of(AttributesAttributeProvider.Factory.class);
        }

        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return new SafeAttributes();
        }
    }
}
