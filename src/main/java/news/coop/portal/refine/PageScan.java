package news.coop.portal.refine;

import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * The ids and the link targets of one rendered page, read from its text without building a DOM.
 *
 * <p>Parsing every page of a ten-thousand-item archive with a full HTML parser costs seconds, and the
 * link check needs only these attributes: this scan reads start tags the way HTML's tokenizer does
 * (comments and the contents of {@code script} and {@code style} skipped, quoted and unquoted
 * values, the first of two attributes with one name) in a single pass, and decodes character
 * references with jsoup's own decoder. A test holds it to jsoup's full parse on every page of a
 * built site.
 *
 * @param ids    every {@code id} on the page, in document order, repeats included
 * @param links  every {@code href} of {@code a} and {@code link}, {@code src} of {@code img},
 *               {@code script} and {@code source}, and each address in the {@code srcset} of {@code img}
 *               and {@code source}, in document order
 */
public record PageScan(List<String> ids, List<Link> links) {
    /** One reference: the attribute that holds it ({@code href}, {@code src} or {@code srcset}) and its value. */
    public record Link(String attribute, String target) {
    }

    public PageScan {
        ids = List.copyOf(ids);
        links = List.copyOf(links);
    }

    /**
     * The same scan with its strings and links shared through {@code canonical}: most links (menus,
     * footers, area links, pagination) repeat on thousands of pages, and a site of a hundred
     * thousand pages would otherwise hold millions of equal strings. Thread-safe map required.
     */
    public PageScan shared(java.util.concurrent.ConcurrentMap<Object, Object> canonical) {
        List<String> sharedIds = new ArrayList<>(ids.size());
        for (String id : ids) {
            sharedIds.add((String) canonical.computeIfAbsent(id, key -> key));
        }
        List<Link> sharedLinks = new ArrayList<>(links.size());
        for (Link link : links) {
            sharedLinks.add((Link) canonical.computeIfAbsent(link, key -> key));
        }
        return new PageScan(sharedIds, sharedLinks);
    }

    public static PageScan scan(String html) {
        List<String> ids = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        int length = html.length();
        int at = html.indexOf('<');
        while (at >= 0 && at < length - 1) {
            if (html.startsWith("<!--", at)) {
                int end = html.indexOf("-->", at + 4);
                at = end < 0 ? -1 : html.indexOf('<', end + 3);
                continue;
            }
            int nameEnd = at + 1;
            while (nameEnd < length && isNameChar(html.charAt(nameEnd))) {
                nameEnd++;
            }
            if (nameEnd == at + 1 || !Character.isLetter(html.charAt(at + 1))) {
                at = html.indexOf('<', at + 1);
                continue;
            }
            String element = html.substring(at + 1, nameEnd).toLowerCase(Locale.ROOT);
            int end = attributes(html, nameEnd, element, ids, links);
            if (element.equals("script") || element.equals("style")) {
                // Their contents are text, not markup.
                int close = indexOfIgnoreCase(html, "</" + element, end);
                end = close < 0 ? length : close;
            }
            at = html.indexOf('<', end);
        }
        return new PageScan(ids, links);
    }

    /** Reads the attributes of one start tag from {@code at}; returns the index after its {@code >}. */
    private static int attributes(String html, int at, String element, List<String> ids, List<Link> links) {
        String wanted = switch (element) {
            case "a", "link" -> "href";
            case "img", "script", "source" -> "src";
            default -> "";
        };
        Set<String> seen = new HashSet<>();
        int length = html.length();
        int i = at;
        while (i < length) {
            char c = html.charAt(i);
            if (c == '>') {
                return i + 1;
            }
            if (Character.isWhitespace(c) || c == '/') {
                i++;
                continue;
            }
            int nameStart = i;
            while (i < length && !Character.isWhitespace(html.charAt(i)) && "/>=".indexOf(html.charAt(i)) < 0) {
                i++;
            }
            String name = html.substring(nameStart, i).toLowerCase(Locale.ROOT);
            while (i < length && Character.isWhitespace(html.charAt(i))) {
                i++;
            }
            String value = "";
            if (i < length && html.charAt(i) == '=') {
                i++;
                while (i < length && Character.isWhitespace(html.charAt(i))) {
                    i++;
                }
                if (i < length && (html.charAt(i) == '"' || html.charAt(i) == '\'')) {
                    int close = html.indexOf(html.charAt(i), i + 1);
                    close = close < 0 ? length : close;
                    value = html.substring(i + 1, close);
                    i = Math.min(length, close + 1);
                } else {
                    int valueStart = i;
                    while (i < length && !Character.isWhitespace(html.charAt(i)) && html.charAt(i) != '>') {
                        i++;
                    }
                    value = html.substring(valueStart, i);
                }
            }
            // HTML keeps the first of two attributes with one name.
            if (!seen.add(name)) {
                continue;
            }
            if (name.equals("id")) {
                ids.add(decode(value));
            } else if (name.equals(wanted)) {
                links.add(new Link(name, decode(value)));
            } else if (name.equals("srcset") && wanted.equals("src") && !element.equals("script")) {
                for (String candidate : candidates(decode(value))) {
                    links.add(new Link(name, candidate));
                }
            }
        }
        return length;
    }

    /** The addresses of a {@code srcset}: each comma-separated candidate's first word (its width or density follows). */
    public static List<String> candidates(String srcset) {
        List<String> addresses = new ArrayList<>();
        for (String candidate : srcset.split(",")) {
            String trimmed = candidate.strip();
            if (!trimmed.isEmpty()) {
                addresses.add(trimmed.split("\\s+")[0]);
            }
        }
        return addresses;
    }

    private static String decode(String value) {
        return value.indexOf('&') < 0 ? value : Parser.unescapeEntities(value, true);
    }

    private static boolean isNameChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == ':');
    }

    private static int indexOfIgnoreCase(String text, String part, int from) {
        for (int i = text.indexOf('<', from); i >= 0; i = text.indexOf('<', i + 1)) {
            if (text.regionMatches(true, i, part, 0, part.length())) {
                return i;
            }
        }
        return -1;
    }
}
