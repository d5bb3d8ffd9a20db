package news.coop.portal.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.model.Body;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The policy for HTML written in Markdown (raw HTML blocks and inline tags): it stays markup, and
 * jsoup's {@link Cleaner} removes whatever this policy's {@link Safelist} does not allow. Nothing an
 * author pastes can put a script on a page; every part the policy removes is named by {@link #review},
 * at its place in the source.
 *
 * <ul>
 *   <li>Elements: those of {@link Safelist#relaxed()} but {@code h1} (the title is the page's one main
 *       heading), and {@link #MORE_TAGS}: figure, abbr, details and summary, del and ins, and the like;
 *       an {@code iframe} only from a host of {@value SiteConfig#IFRAME_HOSTS}, over https. An element
 *       removed leaves its text, except {@code script} and {@code style}, whose code goes with them.
 *   <li>Attributes: {@code id}, {@code class}, {@code lang}, {@code dir}, {@code title} and {@code style}
 *       everywhere, and each element's own ({@code href}, {@code src}, {@code alt}, {@code colspan} …);
 *       never an event handler ({@code on…}).
 *   <li>Addresses: links to http, https, mailto and tel, and relative and site paths; pictures from
 *       http, https, relative and site paths, and {@code data:image/} PNG, JPEG, GIF or WebP
 *       ({@link #IMAGE_DATA}). jsoup decides what an address's scheme is, as a browser does (entities
 *       decoded, tabs and line breaks ignored, any case).
 *   <li>Style: a {@code style} attribute that could run code ({@code expression(…)}, a
 *       {@code javascript:} address, a binding, an {@code @import}; {@link #styleRunsCode}) is removed.
 * </ul>
 * What a safelist cannot say (the iframe hosts, the style, the kinds of {@code data:} picture) is said
 * by {@link Policy}, a {@link Safelist} whose {@code isSafeAttribute} refuses those too; an iframe left
 * without its address is then removed whole. The Markdown renderer checks its own addresses with the
 * same rule ({@link #allowsAddress}), so cleaning a body never changes what Markdown made.
 *
 * <p>Immutable and thread-safe: the safelist is never changed after construction, which is what
 * jsoup's {@link Cleaner} asks to be safe across threads; each call parses with its own parser.
 */
public final class SafeHtml {
    /** Resolves relative addresses for jsoup's scheme check; {@code .invalid} never names a real host (RFC 2606). */
    private static final String BASE_URI = "https://portal.invalid/";
    /** The elements raw HTML may use besides those of {@link Safelist#relaxed()} (less {@code h1}). */
    static final List<String> MORE_TAGS = List.of("abbr", "bdi", "bdo", "del", "details", "dfn", "figcaption", "figure", "hr", "iframe", "ins",
            "kbd", "mark", "s", "samp", "summary", "time", "var", "wbr");
    /** A picture written into the page: only formats no browser runs code in. */
    static final Pattern IMAGE_DATA = Pattern.compile("data:image/(png|jpeg|gif|webp)[;,].*", Pattern.DOTALL);
    /** The scheme of the placeholder of a link to another source ({@link Body#PLACEHOLDER}), which a build replaces with the page's link. */
    private static final String PLACEHOLDER_SCHEME = Body.PLACEHOLDER.substring(0, Body.PLACEHOLDER.indexOf(':'));
    /** Attributes that hold an address, whatever the element: a scheme in one of them is reported as such. */
    private static final Set<String> ADDRESS_ATTRIBUTES = Set.of("href", "src", "cite", "action", "formaction", "xlink:href", "data", "codebase",
            "poster", "background", "ping", "longdesc", "lowsrc", "dynsrc", "manifest", "icon", "usemap");
    private static final Pattern SCHEME = Pattern.compile("([a-z][a-z0-9+.-]*):.*", Pattern.DOTALL);
    /** What in a style runs code in some browser, once escapes, comments and spaces are gone. */
    private static final List<String> STYLE_CODE = List.of("expression(", "javascript:", "vbscript:", "-moz-binding", "behavior:", "behaviour:",
            "@import");
    private static final Pattern CSS_ESCAPE = Pattern.compile("\\\\([0-9a-fA-F]{1,6})[ \\t\\r\\n\\f]?|\\\\(.)", Pattern.DOTALL);
    /** Markdown's own addresses, checked with the rules of raw HTML: no iframe is involved, so no host list. */
    private static final Policy MARKDOWN = new Policy(List.of());

    /** What an address may be, as a diagnostic's hint says it. */
    public static final String ADDRESS_HINT = "links may lead to http:, https:, mailto: and tel: addresses and to pages of the site;"
            + " pictures may also be data:image/png, jpeg, gif or webp";

    /** The policy without embedded pages: for renderers that have no site configuration. */
    public static final SafeHtml NO_EMBEDS = new SafeHtml(List.of());

    private final Policy safelist;
    private final Cleaner cleaner;

    /** @param iframeHosts the hosts whose pages an {@code <iframe>} may show, lower case */
    public SafeHtml(Collection<String> iframeHosts) {
        this.safelist = new Policy(iframeHosts);
        this.cleaner = new Cleaner(safelist);
    }

    /** The site's policy: iframes from the hosts of {@value SiteConfig#IFRAME_HOSTS}. */
    public static SafeHtml of(SiteConfig config) {
        return new SafeHtml(config.iframeHosts());
    }

    /**
     * The body HTML with whatever the policy does not allow removed, serialised as the refine stage
     * serialises text. Call it only for a body with raw HTML: one without is left as flexmark wrote it.
     */
    public String clean(String html) {
        Document clean = cleaner.clean(Jsoup.parseBodyFragment(html, BASE_URI));
        clean.select("iframe:not([src])").remove();
        clean.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        return clean.body().html();
    }

    /**
     * Whether Markdown may write {@code address} into {@code attribute} of {@code tag} ({@code a href},
     * {@code img src}): the rule raw HTML follows. Also true for the placeholder of a link to a source.
     */
    public static boolean allowsAddress(String tag, String attribute, String address) {
        return plainlyAllowed(tag, address) || safelistAllows(tag, attribute, address);
    }

    /** The safelist's own decision on an address, as the {@link Cleaner} makes it. */
    static boolean safelistAllows(String tag, String attribute, String address) {
        Element element = new Element(Tag.valueOf(tag), BASE_URI);
        element.attr(attribute, address);
        return MARKDOWN.isSafeAttribute(tag, element, element.attribute(attribute));
    }

    /**
     * Whether an address of a link or a picture is allowed at a glance, as jsoup would decide it: it
     * has no scheme (no colon, or a path, fragment or query first), or it starts with a scheme it may
     * have, written plainly. This spares jsoup's URL resolution (tens of microseconds) the addresses of
     * nearly every link Markdown writes; anything else goes to jsoup. Never true where jsoup says no.
     */
    static boolean plainlyAllowed(String tag, String address) {
        boolean link = tag.equals("a");
        if (!link && !tag.equals("img")) {
            return false;
        }
        return address.indexOf(':') < 0 || address.startsWith("/") || address.startsWith("#") || address.startsWith("?") || address.startsWith(".")
                || address.startsWith("https://") || address.startsWith("http://")
                || link && (address.startsWith("mailto:") || address.startsWith("tel:") || address.startsWith(Body.PLACEHOLDER));
    }

    /**
     * One part of a piece of raw HTML that {@link #clean} removes.
     *
     * @param index   where it starts in the text reviewed, from 0
     * @param code    {@code html.script}, {@code html.iframe}, {@code html.event-attribute},
     *                {@code html.url-scheme}, {@code html.style} or {@code html.removed}
     */
    public record Removal(int index, String code, String message, String hint) {
    }

    /**
     * What the policy finds in one piece of raw HTML (an HTML block, or one inline tag), in document
     * order.
     *
     * @param removals            every part {@link #clean} removes
     * @param picturesWithoutText where each {@code <img>} it keeps without an {@code alt} attribute
     *                            starts, from 0: a reader who cannot see it learns nothing of it (WCAG
     *                            1.1.1); {@code alt=""} says a picture only decorates, and counts
     */
    public record Review(List<Removal> removals, List<Integer> picturesWithoutText) {
    }

    /**
     * Reviews one piece of raw HTML, parsed once. The text is parsed as a whole document, so that tags
     * a body cannot hold ({@code <body onload=…>}, {@code <meta>}, {@code <base>}) are found where they
     * stand too.
     */
    public Review review(String raw) {
        Document document = Parser.htmlParser().setTrackPosition(true).parseInput(raw, BASE_URI);
        List<Removal> removals = new ArrayList<>();
        List<Integer> withoutText = new ArrayList<>();
        document.traverse((node, depth) -> {
            if (node instanceof Element element) {
                review(element, removals);
                if (element.normalName().equals("img") && !element.hasAttr("alt") && !element.sourceRange().isImplicit()) {
                    withoutText.add(start(element));
                }
            } else if (!(node instanceof TextNode || node instanceof DataNode)) {
                String what = node instanceof Comment ? "the HTML comment" : node instanceof DocumentType ? "the <!DOCTYPE> declaration" : "the " + node.nodeName();
                removals.add(new Removal(start(node), "html.removed", what + " is removed", "readers never see it; delete it"));
            }
        });
        return new Review(removals, withoutText);
    }

    private void review(Element element, List<Removal> removals) {
        String name = element.normalName();
        boolean implied = element instanceof Document || element.sourceRange().isImplicit();
        boolean embedded = name.equals("iframe") && safelist.isSafeTag(name) && element.hasAttr("src")
                && safelist.isSafeAttribute(name, element, element.attribute("src"));
        if (!implied && (!safelist.isSafeTag(name) || name.equals("iframe") && !embedded)) {
            removals.add(elementRemoval(element));
            // The element's attributes go with it: say so of those that would have run code.
            for (Attribute attribute : element.attributes()) {
                if (runsCode(attribute)) {
                    removals.add(attributeRemoval(element, attribute));
                }
            }
            return;
        }
        for (Attribute attribute : element.attributes()) {
            if (implied || !safelist.isSafeAttribute(name, element, attribute)) {
                removals.add(attributeRemoval(element, attribute));
            }
        }
    }

    private Removal elementRemoval(Element element) {
        String name = element.normalName();
        int at = start(element);
        return switch (name) {
            case "script" -> new Removal(at, "html.script", "the <script> element is removed, with its code",
                    "a page runs only the portal's own scripts; write the text in Markdown, and link to what the script showed");
            case "style" -> new Removal(at, "html.style", "the <style> element is removed, with its rules",
                    "the site's stylesheet styles every page; write emphasis in Markdown");
            case "iframe" -> new Removal(at, "html.iframe", element.hasAttr("src")
                    ? "the <iframe> of \"" + shown(element.attr("src")) + "\" is removed" : "the <iframe> without an address is removed", iframeHint());
            case "html", "head", "body" -> new Removal(at, "html.removed", "the <" + name + "> tag is removed",
                    "the text goes inside a page that has its own <" + name + ">; write only what goes in the page's text");
            default -> new Removal(at, "html.removed", "the <" + name + "> element is removed" + (element.tag().isEmpty() ? "" : " (any text inside it stays)"),
                    "raw HTML may use headings h2 to h6, paragraphs, lists, tables, links, pictures, figure, abbr, sub, sup, details and the like "
                            + "(README, \"Raw HTML\"); write the rest in Markdown");
        };
    }

    private String iframeHint() {
        return safelist.iframeHosts.isEmpty()
                ? "no site may be embedded: add its host to " + SiteConfig.IFRAME_HOSTS + " in jbake.properties, or link to the page instead"
                : "only https pages of " + String.join(", ", safelist.iframeHosts) + " may be embedded (" + SiteConfig.IFRAME_HOSTS
                        + " in jbake.properties); link to others instead";
    }

    private static Removal attributeRemoval(Element element, Attribute attribute) {
        String key = attribute.getKey().toLowerCase(Locale.ROOT);
        String on = "<" + element.normalName() + ">";
        int at = attribute.sourceRange().nameRange().isTracked() ? attribute.sourceRange().nameRange().start().pos() : start(element);
        if (key.startsWith("on")) {
            return new Removal(at, "html.event-attribute", "the event attribute \"" + key + "\" is removed from " + on,
                    "a page runs only the portal's own scripts; delete the attribute");
        }
        if (key.equals("style")) {
            return new Removal(at, "html.style", "the style of " + on + " is removed: it could run code",
                    "a style may not hold expression(…), a script address, a binding or an @import; keep plain properties only");
        }
        if (ADDRESS_ATTRIBUTES.contains(key) && scheme(attribute.getValue()) != null) {
            return new Removal(at, "html.url-scheme", "the address \"" + shown(attribute.getValue()) + "\" is removed from <" + element.normalName() + " "
                    + key + ">", ADDRESS_HINT);
        }
        return new Removal(at, "html.removed", "the attribute \"" + key + "\" is removed from " + on,
                "raw HTML keeps id, class, lang, dir, title and style, and each element's own attributes (href, src, alt, colspan …)");
    }

    /** Whether an attribute would run code: an event handler, a script address, a style that runs code. */
    private static boolean runsCode(Attribute attribute) {
        String key = attribute.getKey().toLowerCase(Locale.ROOT);
        String value = attribute.getValue();
        return key.startsWith("on") || key.equals("style") && styleRunsCode(value) || ADDRESS_ATTRIBUTES.contains(key) && addressRunsCode(value);
    }

    /** Whether an address with this scheme runs code: {@code javascript:}, {@code vbscript:}, {@code data:} other than a picture. */
    private static boolean addressRunsCode(String address) {
        String scheme = scheme(address);
        return "javascript".equals(scheme) || "vbscript".equals(scheme) || "data".equals(scheme) && !IMAGE_DATA.matcher(compact(address)).matches();
    }

    /**
     * Whether a style could run code in some browser: {@code expression(…)} (old Internet Explorer), a
     * {@code javascript:} or {@code vbscript:} address, a binding ({@code -moz-binding}, {@code behavior})
     * or an {@code @import}, read as a browser reads CSS: escapes decoded, comments and spaces ignored.
     */
    static boolean styleRunsCode(String style) {
        Matcher escapes = CSS_ESCAPE.matcher(style);
        StringBuilder decoded = new StringBuilder();
        while (escapes.find()) {
            String replacement = escapes.group(1) != null ? codePoint(Integer.parseInt(escapes.group(1), 16)) : escapes.group(2);
            escapes.appendReplacement(decoded, Matcher.quoteReplacement(replacement));
        }
        escapes.appendTail(decoded);
        String plain = decoded.toString().replaceAll("(?s)/\\*.*?(\\*/|$)", "").replaceAll("[\\s\\x00-\\x1f\\x7f]+", "").toLowerCase(Locale.ROOT);
        return STYLE_CODE.stream().anyMatch(plain::contains);
    }

    private static String codePoint(int value) {
        return Character.isValidCodePoint(value) && value != 0 ? Character.toString(value) : "\uFFFD";
    }

    /** The scheme of an address as a browser reads it (see {@link #compact}); null for a relative one. */
    private static String scheme(String address) {
        Matcher matcher = SCHEME.matcher(compact(address));
        return matcher.matches() ? matcher.group(1) : null;
    }

    /** An address without the spaces and control characters a browser skips in it, lower case. */
    private static String compact(String address) {
        return address.replaceAll("[\\s\\x00-\\x1f\\x7f]+", "").toLowerCase(Locale.ROOT);
    }

    private static int start(Node node) {
        return Math.max(0, node.sourceRange().start().pos());
    }

    /** A value as a diagnostic shows it: control characters as Unicode escapes, at most 60 characters. */
    public static String shown(String value) {
        StringBuilder shown = new StringBuilder();
        value.codePoints().forEach(c -> shown.append(c < 0x20 || c == 0x7f ? String.format(Locale.ROOT, "\\u%04x", c) : Character.toString(c)));
        return shown.length() > 60 ? shown.substring(0, 59) + "…" : shown.toString();
    }

    /**
     * The safelist: {@link Safelist#relaxed()} without {@code h1} or {@code ftp:}, with {@link #MORE_TAGS}
     * and the attributes Markdown writes, and three rules a safelist cannot state: a {@code style}
     * that runs code, a {@code data:} picture of another kind, and an iframe off the host list are refused.
     */
    private static final class Policy extends Safelist {
        private final List<String> iframeHosts;

        Policy(Collection<String> iframeHosts) {
            super(Safelist.relaxed()
                    .removeTags("h1")
                    .removeProtocols("a", "href", "ftp")
                    .addTags(MORE_TAGS.toArray(String[]::new))
                    .addAttributes(":all", "id", "class", "lang", "dir", "title", "style")
                    .addAttributes("a", "hreflang", "rel")
                    .addAttributes("img", "data-" + BodyPictures.CREDIT, "loading")
                    .addAttributes("th", "align")
                    .addAttributes("td", "align", "scope")
                    .addAttributes("ol", "reversed")
                    .addAttributes("li", "value")
                    .addAttributes("del", "cite", "datetime")
                    .addAttributes("ins", "cite", "datetime")
                    .addAttributes("time", "datetime")
                    .addAttributes("details", "open")
                    .addAttributes("iframe", "src", "width", "height", "allow", "allowfullscreen", "loading", "referrerpolicy")
                    .addProtocols("a", "href", "tel", PLACEHOLDER_SCHEME)
                    .addProtocols("img", "src", "data")
                    .addProtocols("del", "cite", "http", "https")
                    .addProtocols("ins", "cite", "http", "https")
                    .addProtocols("iframe", "src", "https")
                    .preserveRelativeLinks(true));
            this.iframeHosts = List.copyOf(iframeHosts);
        }

        @Override
        public boolean isSafeAttribute(String tagName, Element element, Attribute attribute) {
            if (!super.isSafeAttribute(tagName, element, attribute)) {
                return false;
            }
            String key = attribute.getKey().toLowerCase(Locale.ROOT);
            String name = element.normalName();
            if (key.equals("style")) {
                return !styleRunsCode(attribute.getValue());
            }
            if (key.equals("src") && name.equals("img")) {
                String address = compact(attribute.getValue());
                return !address.startsWith("data:") || IMAGE_DATA.matcher(address).matches();
            }
            if (key.equals("src") && name.equals("iframe")) {
                return iframeHosts.contains(host(element.absUrl("src")));
            }
            return true;
        }

        private static String host(String address) {
            try {
                String host = new URI(address).getHost();
                return host == null ? "" : host.toLowerCase(Locale.ROOT);
            } catch (URISyntaxException e) {
                return "";
            }
        }
    }
}
