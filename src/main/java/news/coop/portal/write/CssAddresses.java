package news.coop.portal.write;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.coop.portal.address.Addresses;
import news.coop.portal.address.Decoded;

/**
 * The addresses a stylesheet names: {@code url(x)}, {@code url('x')}, {@code url("x")} and the string
 * of {@code @import "x"}, outside comments. The build rewrites them to published names
 * ({@link Fingerprints}); {@code portal verify} checks that each leads to a file of the published
 * site. Stateless.
 */
public final class CssAddresses {
    private static final Pattern ADDRESS = Pattern.compile(
            "url\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^'\")\\s]*))\\s*\\)|@import\\s+(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

    private CssAddresses() {
    }

    /**
     * One address as written, where it stands in the text (offsets of the address itself, inside any
     * quotes) and its 1-based line and column.
     */
    public record Address(String written, int start, int end, int line, int column) {
    }

    /** Every address of a stylesheet, in order; those in comments are not read. */
    public static List<Address> in(String css) {
        Matcher matcher = ADDRESS.matcher(blankComments(css));
        List<Address> addresses = new ArrayList<>();
        int line = 1;
        int lineStart = 0;
        int scanned = 0;
        while (matcher.find()) {
            int group = firstGroup(matcher);
            int start = matcher.start(group);
            for (; scanned < start; scanned++) {
                if (css.charAt(scanned) == '\n') {
                    line++;
                    lineStart = scanned + 1;
                }
            }
            addresses.add(new Address(matcher.group(group), start, matcher.end(group), line, start - lineStart + 1));
        }
        return addresses;
    }

    /**
     * The file inside the site an address in a stylesheet names, its escapes decoded
     * ({@link Addresses#read}: {@code url(pt%20sans.woff2)} names {@code pt sans.woff2}), or null for
     * what is not a file of the site: another site's address, {@code data:}, a fragment of an SVG
     * filter ({@code #id}), or nothing. An address that climbs above the site comes back as
     * {@code ".."}; one that cannot name a file (a malformed escape) as written, which no file is.
     *
     * @param stylesheet the stylesheet's path inside the site, e.g. {@code css/site.css}
     */
    public static String target(String stylesheet, String written) {
        String path = written.strip().replaceFirst("[?#].*$", "");
        if (path.isEmpty() || written.startsWith("//") || written.matches("[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return null;
        }
        String folder = path.startsWith("/") ? "" : Addresses.make("/" + stylesheet.substring(0, stylesheet.lastIndexOf('/') + 1));
        Decoded read = Addresses.read(folder + path);
        if (!read.ok()) {
            return read.problem().equals(Addresses.CLIMBS) ? ".." : path.replaceFirst("^/+", "");
        }
        return read.path().substring(1);
    }

    private static int firstGroup(Matcher matcher) {
        for (int group = 1; group <= matcher.groupCount(); group++) {
            if (matcher.group(group) != null) {
                return group;
            }
        }
        throw new IllegalStateException("every alternative has a group");
    }

    /** The text with its comments turned into spaces, so that an address in a comment is not read and offsets stay. */
    private static String blankComments(String css) {
        if (!css.contains("/*")) {
            return css;
        }
        Matcher comment = COMMENT.matcher(css);
        StringBuilder out = new StringBuilder(css);
        while (comment.find()) {
            for (int i = comment.start(); i < comment.end(); i++) {
                if (out.charAt(i) != '\n') {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out.toString();
    }
}
