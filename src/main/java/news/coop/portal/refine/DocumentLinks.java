package news.coop.portal.refine;

import java.util.Locale;
import java.util.Optional;
import news.coop.portal.address.Addresses;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.image.ImagePaths;
import news.coop.portal.load.ContentLoader;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A link in authored text to a document kept beside the text ({@code [the report](report+2022.pdf)}
 * in {@code content/news/2024/x.md}) goes to the address the document is published at,
 * {@code /news/2024/report+2022.pdf} with the site's base path, made by {@link Addresses#make}: a
 * relative address in a text is read from the text's folder, as a picture's is, not from the page's
 * URL. It counts as a document when its name ends in an extension of the files {@code content/} may
 * hold ({@link ContentLoader#ASSET_EXTENSIONS}); whether the file is there is the link check's to say.
 * A site path that holds what an address may not hold as it is (a space) gets it escaped. Other links,
 * and links to pictures the site shows (rewritten before, by {@link PictureLinks}), keep their address.
 */
public final class DocumentLinks implements HtmlTransformer {
    @Override
    public void transform(Document page, RefineContext context) {
        for (Element link : page.select("a[href]")) {
            address(context.config(), context.source(), link.attr("href")).ifPresent(address -> link.attr("href", address));
        }
    }

    /**
     * The address a link written in a text is published with, when it is not the one written.
     *
     * @param source the text's project-relative path; "" for none (nothing is then read from its folder)
     */
    public static Optional<String> address(SiteConfig config, String source, String written) {
        String href = written.strip();
        if (href.isEmpty() || href.startsWith("#") || href.startsWith("?") || ImagePaths.isExternal(href)) {
            return Optional.empty();
        }
        if (href.startsWith("/")) {
            Addresses.Reference reference = Addresses.reference(href);
            return reference.ok() && !reference.uri().toString().equals(href) ? Optional.of(reference.uri().toString()) : Optional.empty();
        }
        String path = href.replaceFirst("[?#].*$", "");
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (source.isEmpty() || dot < 0 || !ContentLoader.ASSET_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return ImagePaths.sitePath(config, source, href).map(sitePath -> config.link(sitePath) + href.substring(path.length()));
    }
}
