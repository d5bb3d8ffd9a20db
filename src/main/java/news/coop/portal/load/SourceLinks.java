package news.coop.portal.load;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import news.coop.portal.model.Body;

/**
 * A flexmark extension that rewrites a link to another source file ({@code [text](../2023/2023-09-26-x.md)})
 * into the address of the page that source became: to a placeholder at load time ({@link #PLACEHOLDERS},
 * filled in by {@link Body#html} once every URL is known), or to the URL itself given {@link #SOURCE_URLS}.
 * A link to a source that is not published keeps its address as written. Stateless: the options
 * are the renderer's, the document's path and placeholder list the document's.
 */
public final class SourceLinks implements HtmlRenderer.HtmlRendererExtension {
    /** The project-relative path of the file a document was parsed from; set on the document at parse time. */
    public static final DataKey<String> SOURCE_PATH = new DataKey<>("PORTAL_SOURCE_PATH", "");
    /** Source path → site-absolute URL of every published document; a renderer option. */
    static final DataKey<Map<String, String>> SOURCE_URLS = new DataKey<>("PORTAL_SOURCE_URLS", Map.of());
    /** A renderer option, for rendering at load time: links to sources become placeholders (see {@link Body}). */
    static final DataKey<Boolean> PLACEHOLDERS = new DataKey<>("PORTAL_PLACEHOLDERS", false);
    /** The targets of the placeholders written while rendering a document, in order; set on the document before rendering. */
    static final DataKey<List<Body.Target>> TARGETS = new DataKey<>("PORTAL_TARGETS", List.of());

    private SourceLinks() {
    }

    public static SourceLinks create() {
        return new SourceLinks();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.linkResolverFactory(new Resolver.Factory());
    }

    /**
     * The target a link in a source points at, when it names another source file: the path
     * resolved against the linking file's folder, with any {@code #fragment} split off.
     */
    public static Optional<SourceLink> sourceLink(String sourcePath, String url) {
        if (url.contains("://") || url.startsWith("/") || url.startsWith("#") || url.startsWith("mailto:")) {
            return Optional.empty();
        }
        int hash = url.indexOf('#');
        String path = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        if (!path.endsWith(".md")) {
            return Optional.empty();
        }
        String folder = sourcePath.contains("/") ? sourcePath.substring(0, sourcePath.lastIndexOf('/') + 1) : "";
        String resolved = Path.of(folder + path).normalize().toString().replace('\\', '/');
        return Optional.of(new SourceLink(resolved, fragment));
    }

    /** A link to another source file: its project-relative path and the fragment ({@code #…} or empty). */
    public record SourceLink(String path, String fragment) {
    }

    /** Rewrites links to source files into the URLs of the pages they became, or placeholders for them. */
    private static final class Resolver implements LinkResolver {
        private final Map<String, String> urls;
        private final String sourcePath;
        private final List<Body.Target> targets;

        private Resolver(LinkResolverBasicContext context) {
            this.urls = SOURCE_URLS.get(context.getOptions());
            this.sourcePath = SOURCE_PATH.get(context.getDocument());
            this.targets = PLACEHOLDERS.get(context.getOptions()) ? TARGETS.get(context.getDocument()) : null;
        }

        @Override
        public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
            if (targets != null) {
                return sourceLink(sourcePath, link.getUrl()).map(target -> {
                    targets.add(new Body.Target(target.path(), target.fragment(), link.getUrl()));
                    return link.withStatus(LinkStatus.VALID).withUrl(Body.PLACEHOLDER + (targets.size() - 1) + ":");
                }).orElse(link);
            }
            return sourceLink(sourcePath, link.getUrl())
                    .filter(target -> urls.containsKey(target.path()))
                    .map(target -> link.withStatus(LinkStatus.VALID).withUrl(urls.get(target.path()) + target.fragment()))
                    .orElse(link);
        }

        static final class Factory implements LinkResolverFactory {
            @Override
            public Set<Class<?>> getAfterDependents() {
                return null;
            }

            @Override
            public Set<Class<?>> getBeforeDependents() {
                return null;
            }

            @Override
            public boolean affectsGlobalScope() {
                return false;
            }

            @Override
            public LinkResolver apply(LinkResolverBasicContext context) {
                return new Resolver(context);
            }
        }
    }
}
