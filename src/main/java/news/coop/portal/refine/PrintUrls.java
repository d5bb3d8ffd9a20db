package news.coop.portal.refine;

import java.net.URI;
import java.util.Locale;
import news.coop.portal.address.Addresses;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Gives every link in authored text the address a printed page should show after it:
 * {@code data-print-url}, which the print stylesheet prints in brackets after the link text. The
 * address is absolute, so a reader can type it from paper: a site path ({@code /en/about/}) and a
 * relative address get the site's origin (resolved against the page's own URL), {@code //host/…} gets
 * {@code https:}, and {@code mailto:} shows the bare e-mail address.
 *
 * <p>No attribute for links to a fragment of the same page ({@code #…}: footnotes and headings), for
 * other schemes ({@code tel:} and the like), and for links whose text already is their address
 * ({@code https://example.org/}, {@code www.example.org}, {@code press@example.org}): the paper would say it twice.
 */
public final class PrintUrls implements HtmlTransformer {
    @Override
    public void transform(Document page, RefineContext context) {
        for (Element link : page.select("a[href]")) {
            String address = printable(link.attr("href").strip(), context);
            if (address != null && !sameAddress(link.text(), address)) {
                link.attr("data-print-url", address);
            }
        }
    }

    /** The absolute address of {@code href}, or null when none should be printed. */
    private static String printable(String href, RefineContext context) {
        String lower = href.toLowerCase(Locale.ROOT);
        if (href.isEmpty() || href.startsWith("#")) {
            return null;
        }
        if (lower.startsWith("mailto:")) {
            String address = href.substring("mailto:".length());
            int query = address.indexOf('?');
            return query < 0 ? address : address.substring(0, query);
        }
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return href;
        }
        if (href.startsWith("//")) {
            return "https:" + href;
        }
        if (lower.matches("[a-z][a-z0-9+.-]*:.*")) {
            return null;
        }
        String pageUrl = context.config().baseUrl() + Addresses.make("/" + context.output());
        Addresses.Reference address = Addresses.reference(href);
        // An address that is not one (the link check reports it) is printed as written.
        return address.ok() ? URI.create(pageUrl).resolve(address.uri()).toString() : href;
    }

    /** Whether a link's text is its address, give or take the scheme, "www." and a final slash. */
    private static boolean sameAddress(String text, String address) {
        return bare(text).equals(bare(address));
    }

    private static String bare(String address) {
        String bare = address.strip().toLowerCase(Locale.ROOT).replaceFirst("^(https?:)?//", "").replaceFirst("^mailto:", "").replaceFirst("^www\\.", "");
        return bare.endsWith("/") ? bare.substring(0, bare.length() - 1) : bare;
    }
}
