package news.coop.portal.address;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Makes and reads the paths of the site's addresses, by RFC 3986.
 *
 * <ul>
 *   <li>{@link #make} turns a path of the site's files ({@code /news/2024/annual report.pdf}) into the
 *       path of an address ({@code /news/2024/annual%20report.pdf}): what a path may not hold is
 *       escaped, non-ASCII as UTF-8; {@code +} and most other characters a path may hold stay as they are.</li>
 *   <li>{@link #read} turns the path of an address back into the files' path: each escape decoded as
 *       UTF-8 ({@code +} stays a plus), {@code .} and {@code ..} segments removed, also when escaped
 *       ({@code %2e%2e}, as browsers do). Refused: a {@code %} that starts no escape, an encoded slash,
 *       escapes that are not UTF-8, control characters, and {@code ..} that climbs above the start.</li>
 *   <li>{@link #request} reads the path of a request as {@code portal serve} gets it, stricter still.</li>
 *   <li>{@link #reference} reads an address as a page or a text writes it, as a browser does: the
 *       characters an address may not hold (a space, {@code "}, {@code |} …) are escaped, then the
 *       JDK's {@link URI} parses it, so that its raw components can be resolved and read.</li>
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class Addresses {
    private Addresses() {
    }

    /** An address as a page or a text writes it, parsed; or why it is not one. */
    public record Reference(URI uri, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    /**
     * The path of the address of a path of the site's files: each UTF-8 byte of a character other than
     * a letter a–z or A–Z, a digit, {@code - . _ ~ /} and {@code ! $ & + ; = : @} is percent-encoded.
     * That is RFC 3986's rule for a path, but for {@code ' ( ) , *}, which it allows and this escapes
     * too, so that an address stands as it is in a stylesheet's {@code url(…)}, in a {@code srcset} and
     * in the patterns of {@code _headers}.
     * A relative path gets a colon of its first segment escaped, so that it is not read as a scheme.
     *
     * <p>Not the JDK's {@code URI.toASCIIString()}: it first normalises the text to NFC, so that a file
     * named in NFD (as macOS writes names) would get the address of another name.
     *
     * @param path a path with its characters as they are, e.g. {@code /news/2024/отчёт.pdf}
     */
    public static String make(String path) {
        StringBuilder made = new StringBuilder(path.length() + 16);
        boolean firstSegment = !path.startsWith("/");
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c == '/') {
                firstSegment = false;
            }
            if (c < 0x80 && (Character.isLetterOrDigit(c) || KEPT.indexOf(c) >= 0) && !(c == ':' && firstSegment)) {
                made.append((char) c);
            } else {
                made.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return made.toString();
    }

    /** The characters besides letters and digits that {@link #make} leaves as they are. */
    private static final String KEPT = "-._~/!$&+;=:@";

    /**
     * The path of an address decoded, its dot segments removed; refused as the class comment says.
     * A path ending in a dot segment ends with a slash ({@code /a/b/..} is {@code /a/}).
     *
     * @param rawPath the path as the address holds it, escapes and all; characters beyond ASCII (as an
     *                author may write them) are taken as themselves
     */
    public static Decoded read(String rawPath) {
        boolean absolute = rawPath.startsWith("/");
        String[] parts = (absolute ? rawPath.substring(1) : rawPath).split("/", -1);
        Deque<String> segments = new ArrayDeque<>();
        for (int i = 0; i < parts.length; i++) {
            Decoded segment = segment(parts[i]);
            if (!segment.ok()) {
                return segment;
            }
            String name = segment.path();
            boolean last = i == parts.length - 1;
            if (name.equals(".") || name.equals("..")) {
                if (name.equals("..") && segments.pollLast() == null) {
                    return Decoded.refused(CLIMBS);
                }
                if (last) {
                    segments.addLast("");
                }
            } else {
                segments.addLast(name);
            }
        }
        return Decoded.of((absolute ? "/" : "") + String.join("/", segments));
    }

    /**
     * The path of a request to the preview decoded. Stricter than {@link #read}: clients send ASCII
     * and remove dot segments themselves, so the path is refused for any character beyond ASCII, a
     * space or a backslash as sent, for a {@code .} or {@code ..} segment (escaped or not), an empty
     * segment ({@code //etc}), and for a backslash, colon (a drive letter) or NUL once decoded.
     *
     * @param rawPath the request's path as sent, starting with {@code /}
     */
    public static Decoded request(String rawPath) {
        if (!rawPath.startsWith("/")) {
            return Decoded.refused("it does not start with /");
        }
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c <= ' ' || c >= 0x7f || c == '\\') {
                return Decoded.refused("it holds a character a request does not send as it is (" + shown(c) + ")");
            }
        }
        String[] parts = rawPath.substring(1).split("/", -1);
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            Decoded segment = segment(parts[i]);
            if (!segment.ok()) {
                return segment;
            }
            String name = segment.path();
            if (name.equals(".") || name.equals("..")) {
                return Decoded.refused("it holds a \"" + name + "\" segment");
            }
            if (name.isEmpty() && i < parts.length - 1) {
                return Decoded.refused("it holds an empty segment (//)");
            }
            if (name.indexOf('\\') >= 0 || name.indexOf(':') >= 0) {
                return Decoded.refused("it names a backslash or a colon, which no file of the site has");
            }
            path.append('/').append(name);
        }
        return Decoded.of(path.toString());
    }

    /**
     * An address as written in a page or a text ({@code href}, {@code src}, a Markdown link), parsed
     * the way a browser reads it: spaces around it dropped, and a space, {@code "}, {@code <},
     * {@code >}, {@code ^}, {@code `}, {@code {}, {@code |} and {@code }} inside it escaped. Refused: a
     * {@code %} that starts no escape, and what the JDK's {@link URI} cannot parse even so.
     */
    public static Reference reference(String written) {
        String address = written.strip();
        String malformed = malformedEscape(address);
        if (malformed != null) {
            return new Reference(null, malformed);
        }
        StringBuilder escaped = new StringBuilder(address.length());
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c < ' ' || c == 0x7f || " \"<>^`{|}".indexOf(c) >= 0) {
                escaped.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            } else {
                escaped.append(c);
            }
        }
        try {
            return new Reference(new URI(escaped.toString()), null);
        } catch (URISyntaxException e) {
            return new Reference(null, "it is not an address (" + e.getReason().toLowerCase(java.util.Locale.ROOT) + ")");
        }
    }

    /** A fragment ({@code #…} without the {@code #}) decoded, to compare with ids; as written when it cannot be decoded. */
    public static String fragment(String rawFragment) {
        Decoded decoded = segment(rawFragment.replace("%2F", "/").replace("%2f", "/"));
        return decoded.ok() ? decoded.path() : rawFragment;
    }

    /**
     * The file of the site a decoded path names: the path without its first slash, and a folder's
     * {@code index.html} for a folder ({@code /en/} → {@code en/index.html}).
     */
    public static String file(String path) {
        String inside = path.startsWith("/") ? path.substring(1) : path;
        return inside.isEmpty() || inside.endsWith("/") ? inside + "index.html" : inside;
    }

    /** The path of the address a file of the site is served at: a folder's {@code index.html} at the folder ({@code en/index.html} → {@code /en/}). */
    public static String of(String file) {
        String path = file.equals("index.html") || file.endsWith("/index.html") ? file.substring(0, file.length() - "index.html".length()) : file;
        return make("/" + path);
    }

    /** Why {@link #read} refuses a path whose {@code ..} segments climb above its start. */
    public static final String CLIMBS = "its \"..\" segments climb out of the site";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** One segment decoded strictly; refused for what {@link #read} refuses but climbing. */
    private static Decoded segment(String raw) {
        if (raw.indexOf('%') < 0) {
            return control(raw) ? Decoded.refused(CONTROL) : Decoded.of(raw);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '%') {
                int end = Character.isHighSurrogate(c) && i + 1 < raw.length() ? i + 2 : i + 1;
                bytes.writeBytes(raw.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end - 1;
                continue;
            }
            int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
            int low = high < 0 ? -1 : Character.digit(raw.charAt(i + 2), 16);
            if (low < 0) {
                return Decoded.refused(notAnEscape(raw.substring(i, Math.min(raw.length(), i + 3))));
            }
            if (high * 16 + low == '/') {
                return Decoded.refused("\"" + raw.substring(i, i + 3) + "\" is an encoded slash, which no file name holds");
            }
            bytes.write(high * 16 + low);
            i += 2;
        }
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return Decoded.refused("its escapes in \"" + raw + "\" are not UTF-8 text");
        }
        return control(decoded) ? Decoded.refused(CONTROL) : Decoded.of(decoded);
    }

    private static final String CONTROL = "it holds a control character, which no file name has";

    private static boolean control(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    /** The problem with the first {@code %} of a text that starts no escape, or {@code null}. */
    private static String malformedEscape(String text) {
        for (int i = text.indexOf('%'); i >= 0; i = text.indexOf('%', i + 1)) {
            if (i + 2 >= text.length() || Character.digit(text.charAt(i + 1), 16) < 0 || Character.digit(text.charAt(i + 2), 16) < 0) {
                return notAnEscape(text.substring(i, Math.min(text.length(), i + 3)));
            }
        }
        return null;
    }

    private static String notAnEscape(String found) {
        return "\"" + found + "\" is not a percent-escape (a % sign is written %25)";
    }

    private static String shown(char c) {
        return c == ' ' ? "a space" : c == '\\' ? "a backslash" : String.format("U+%04X", (int) c);
    }
}
