package news.coop.portal.verify;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import news.coop.portal.address.Addresses;
import news.coop.portal.diag.Diagnostic;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.xml.sax.InputSource;

/**
 * {@code verify.feed}: every Atom feed of the site (an XML file in the Atom namespace, the sitemap
 * aside) is Atom 1.0 as ROME reads it, with an id, title and updated date on the feed and on every
 * entry, a {@code self} link and an author; and every link, in the entries' texts too, is absolute
 * and leads to a file of the site when it is on the site's host. A feed reader shows the text away
 * from the site.
 */
final class Feeds implements SiteCheck {
    private static final String HINT = "the feed template is templates/feed.ftlx; feeds need portal's site.host set to the absolute site URL";

    /**
     * An address that names its scheme ({@code mailto:}, {@code tel:}, a {@code data:} picture), which
     * means the same wherever it is read. RFC 3986: a letter, then letters, digits, {@code +}, {@code -}
     * and {@code .}, then a colon.
     */
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");

    @Override
    public List<Diagnostic> check(BuiltSite site) {
        List<Diagnostic> found = new ArrayList<>();
        for (String file : site.files()) {
            if (file.endsWith(".xml") && !file.equals("sitemap.xml") && site.text(file).contains("http://www.w3.org/2005/Atom")) {
                feed(site, file, found);
            }
        }
        return found;
    }

    private static void feed(BuiltSite site, String file, List<Diagnostic> found) {
        WireFeed wire;
        try {
            WireFeedInput input = new WireFeedInput();
            input.setXmlHealerOn(false);
            wire = input.build(new InputSource(new StringReader(site.text(file))));
        } catch (FeedException | IllegalArgumentException e) {
            found.add(Diagnostic.error(file, 0, 0, "verify.feed", "not a valid feed: " + e.getMessage(), HINT));
            return;
        }
        if (!"atom_1.0".equals(wire.getFeedType()) || !(wire instanceof Feed feed)) {
            found.add(Diagnostic.error(file, 0, 0, "verify.feed", "not an Atom 1.0 feed (ROME reads it as " + wire.getFeedType() + ")", HINT));
            return;
        }
        Set<String> problems = new TreeSet<>();
        if (blank(feed.getId())) {
            problems.add("the feed has no id");
        }
        if (feed.getTitleEx() == null || blank(feed.getTitleEx().getValue())) {
            problems.add("the feed has no title");
        }
        if (feed.getUpdated() == null) {
            problems.add("the feed has no valid updated date");
        }
        List<Link> links = new ArrayList<>(feed.getAlternateLinks());
        links.addAll(feed.getOtherLinks());
        if (feed.getOtherLinks().stream().noneMatch(link -> "self".equals(link.getRel()))) {
            problems.add("the feed has no rel=\"self\" link");
        }
        boolean feedAuthor = !feed.getAuthors().isEmpty();
        for (Entry entry : feed.getEntries()) {
            entry(entry, feedAuthor, problems);
            links.addAll(entry.getAlternateLinks());
            links.addAll(entry.getOtherLinks());
        }
        for (Link link : links) {
            String href = link.getHref();
            if (href == null || !isAbsolute(href)) {
                problems.add("the link \"" + href + "\" is not absolute");
                continue;
            }
            BuiltSite.Target target = site.resolve(file, href);
            if (target != null && (target.problem() != null || !site.has(target.file()))) {
                problems.add("the link \"" + href + "\" leads to no file of the site");
            }
        }
        for (String problem : problems) {
            found.add(Diagnostic.error(file, 0, 0, "verify.feed", problem, HINT));
        }
    }

    /** What an entry lacks, and the relative addresses in its text. */
    private static void entry(Entry entry, boolean feedAuthor, Set<String> problems) {
        String name = entry.getTitleEx() == null ? "an entry" : "the entry \"" + entry.getTitleEx().getValue() + "\"";
        if (blank(entry.getId())) {
            problems.add(name + " has no id");
        }
        if (entry.getTitleEx() == null || blank(entry.getTitleEx().getValue())) {
            problems.add(name + " has no title");
        }
        if (entry.getUpdated() == null) {
            problems.add(name + " has no valid updated date");
        }
        if (!feedAuthor && entry.getAuthors().isEmpty()) {
            problems.add(name + " has no author, and neither has the feed");
        }
        if (entry.getAlternateLinks().isEmpty()) {
            problems.add(name + " has no alternate link");
        }
        for (Content content : entry.getContents()) {
            if (content.getValue() != null && ("html".equals(content.getType()) || "xhtml".equals(content.getType()))) {
                for (Element element : Jsoup.parseBodyFragment(content.getValue()).select("a[href], img[src], img[srcset], source[srcset]")) {
                    for (String address : addresses(element)) {
                        if (!isAbsolute(address) && !SCHEME.matcher(address.strip()).lookingAt()) {
                            problems.add(name + " has the relative address \"" + address + "\" in its text");
                        }
                    }
                }
            }
        }
    }

    /** The {@code href}, {@code src} and each {@code srcset} candidate of an element. */
    private static List<String> addresses(Element element) {
        List<String> addresses = new ArrayList<>();
        if (element.hasAttr("href")) {
            addresses.add(element.attr("href"));
        }
        if (element.hasAttr("src")) {
            addresses.add(element.attr("src"));
        }
        for (String candidate : element.attr("srcset").split(",")) {
            if (!candidate.isBlank()) {
                addresses.add(candidate.strip().split("\\s+")[0]);
            }
        }
        return addresses;
    }

    private static boolean isAbsolute(String address) {
        Addresses.Reference reference = Addresses.reference(address);
        return reference.ok() && reference.uri().isAbsolute() && reference.uri().getHost() != null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
