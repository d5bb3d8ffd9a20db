package news.coop.portal.refine;

import java.net.URI;
import java.util.Locale;
import news.coop.portal.address.Addresses;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Marks links that leave the site (absolute, or scheme-relative {@code //host/…}): {@code rel="external noopener noreferrer"}, so that the target
 * page can neither script the portal's window nor learn which official page linked to it.
 */
public final class ExternalLinks implements HtmlTransformer {
    @Override
    public void transform(Document page, RefineContext context) {
        String siteHost = URI.create(context.config().baseUrl()).getHost();
        for (Element link : page.select("a[href]")) {
            String href = link.attr("href");
            String lower = href.toLowerCase(Locale.ROOT);
            if (!(lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("//"))) {
                continue;
            }
            Addresses.Reference address = Addresses.reference(lower.startsWith("//") ? "https:" + href : href);
            String host = address.ok() ? address.uri().getHost() : null;
            if (host == null || !host.equalsIgnoreCase(siteHost)) {
                link.attr("rel", "external noopener noreferrer");
            }
        }
    }
}
