package news.coop.portal.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.diag.Diagnostics;

/**
 * The published names of the files from {@code assets/}: each is named by its content, so that a
 * host may let browsers keep it for a year. {@code css/site.css} is published as
 * {@code css/site.3f9a1c2e7b.css}, the ten hex digits being the start of the SHA-256 of its bytes
 * (a file without extension gets {@code .3f9a1c2e7b} appended). {@code asset()} in templates returns
 * these names; the plain names are not published.
 *
 * <p>A stylesheet's {@code url(…)} and {@code @import} addresses of files of the site are rewritten to
 * the names those files are published under, before the stylesheet is hashed: a changed font or
 * picture renames every stylesheet that names it. An address of a file the site does not have is an
 * error at its line and column.
 *
 * <p>Kept under their own names: files at the top of {@code assets/} (favicon.ico, robots.txt,
 * _headers: hosts and browsers ask for them by name), {@code assets/img/} and {@code .well-known/},
 * and the files beside the sources in {@code content/}, because authors name them by path in Markdown
 * and front matter. The pictures the site shows are renamed by the build all the same, with every
 * reference ({@code image.Pictures}); those only linked to keep their names (README, "Publishing and
 * hosting"). Immutable and thread-safe.
 */
public final class Fingerprints {
    /** No file renamed: the state before the first build has read {@code assets/}. */
    public static final Fingerprints NONE = new Fingerprints(Map.of(), Map.of());
    /** How many hex digits of the SHA-256 a published name holds. */
    public static final int DIGITS = 10;
    /** An address in a stylesheet: {@code url(x)}, {@code url('x')}, {@code url("x")}, or the string of {@code @import "x"}. */
    private static final Pattern CSS_ADDRESS = Pattern.compile(
            "url\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^'\")\\s]*))\\s*\\)|@import\\s+(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern CSS_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

    /** File inside the site (plain name) → file inside the site (fingerprinted name), sorted. */
    private final Map<String, String> names;
    /** Stylesheets whose addresses were rewritten: plain name → the bytes to publish. */
    private final Map<String, byte[]> rewritten;

    private Fingerprints(Map<String, String> names, Map<String, byte[]> rewritten) {
        this.names = names;
        this.rewritten = rewritten;
    }

    /**
     * Reads and hashes the files of {@code assets/} that are published fingerprinted, stylesheets
     * last, once the files they name have their names.
     *
     * @param config      the project: its {@code assets/} and {@code content/} (a file there under the
     *                    same path keeps its name), and the base path of absolute addresses
     * @param copied      every file JBake's asset copy publishes, as paths inside the site
     * @param diagnostics where an address in a stylesheet of a file the site lacks is reported
     */
    public static Fingerprints of(SiteConfig config, Collection<String> copied, Diagnostics diagnostics) {
        Map<String, String> names = new TreeMap<>();
        Map<String, byte[]> stylesheets = new TreeMap<>();
        for (String file : copied) {
            Path source = config.assetDir().resolve(file);
            if (fingerprinted(file) && Files.isRegularFile(source) && !Files.exists(config.contentDir().resolve(file))) {
                try {
                    if (file.endsWith(".css")) {
                        stylesheets.put(file, Files.readAllBytes(source));
                    } else {
                        names.put(file, name(file, Files.readAllBytes(source)));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + source, e);
                }
            }
        }
        Map<String, byte[]> rewritten = new TreeMap<>();
        Set<String> files = Set.copyOf(copied);
        for (String stylesheet : stylesheets.keySet()) {
            rewrite(stylesheet, stylesheets, files, names, rewritten, new java.util.ArrayDeque<>(), config, diagnostics);
        }
        return new Fingerprints(java.util.Collections.unmodifiableMap(names), java.util.Collections.unmodifiableMap(rewritten));
    }

    /**
     * Names a stylesheet after rewriting its addresses, naming first the stylesheets it imports; a
     * stylesheet that imports itself, directly or not, is an error.
     */
    private static void rewrite(String file, Map<String, byte[]> stylesheets, Set<String> copied, Map<String, String> names, Map<String, byte[]> rewritten,
            java.util.Deque<String> importing, SiteConfig config, Diagnostics diagnostics) {
        if (names.containsKey(file)) {
            return;
        }
        String where = config.display(config.assetDir().resolve(file));
        importing.push(file);
        String css = new String(stylesheets.get(file), StandardCharsets.UTF_8);
        String code = blankComments(css);
        StringBuilder out = new StringBuilder(css.length());
        Matcher address = CSS_ADDRESS.matcher(code);
        int last = 0;
        while (address.find()) {
            int group = firstGroup(address);
            String written = address.group(group);
            String target = target(file, written);
            if (target == null) {
                continue;
            }
            int[] at = position(css, address.start(group));
            if (!copied.contains(target)) {
                diagnostics.add(Diagnostic.error(where, at[0], at[1], "css.missing-file", "the stylesheet names \"" + written + "\", a file the site does not have",
                        "put the file at " + config.display(config.assetDir().resolve(target)) + ", or correct the address (relative to the stylesheet's folder)"));
                continue;
            }
            if (stylesheets.containsKey(target)) {
                if (importing.contains(target)) {
                    diagnostics.add(Diagnostic.error(where, at[0], at[1], "css.import-cycle", "the stylesheet imports \"" + written + "\", which imports it back",
                            "remove one of the two imports"));
                    continue;
                }
                rewrite(target, stylesheets, copied, names, rewritten, importing, config, diagnostics);
            } else if (!names.containsKey(target) && target.indexOf('/') > 0 && !target.startsWith(".well-known/")) {
                // A picture or font in img/ or content/ that a stylesheet names is fingerprinted too,
                // under the name a picture the pages show gets (image.Pictures): hash of its bytes.
                names.put(target, name(target, read(config, target)));
            }
            String published = names.getOrDefault(target, target);
            if (!published.equals(target)) {
                String suffix = written.replaceFirst("^[^?#]*", "");
                String replacement = written.startsWith("/") ? config.link("/" + published) : relative(file, published);
                out.append(css, last, address.start(group)).append(replacement).append(suffix);
                last = address.end(group);
            }
        }
        byte[] bytes = stylesheets.get(file);
        if (last > 0) {
            bytes = out.append(css, last, css.length()).toString().getBytes(StandardCharsets.UTF_8);
            rewritten.put(file, bytes);
        }
        names.put(file, name(file, bytes));
        importing.pop();
    }

    /** The bytes of a file of the site, from {@code assets/} or else {@code content/}, as JBake's asset copy publishes them. */
    private static byte[] read(SiteConfig config, String file) {
        Path source = config.assetDir().resolve(file);
        try {
            return Files.readAllBytes(Files.isRegularFile(source) ? source : config.contentDir().resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static int firstGroup(Matcher matcher) {
        for (int group = 1; group <= matcher.groupCount(); group++) {
            if (matcher.group(group) != null) {
                return group;
            }
        }
        throw new IllegalStateException("every alternative has a group");
    }

    /**
     * The file inside the site an address in a stylesheet names, or null for what is not a file of
     * the site: another site's address, {@code data:}, a fragment of an SVG filter ({@code #id}), or
     * nothing.
     */
    static String target(String stylesheet, String written) {
        String path = written.strip().replaceFirst("[?#].*$", "");
        if (path.isEmpty() || written.startsWith("//") || written.matches("[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return null;
        }
        String folder = path.startsWith("/") ? "" : stylesheet.substring(0, stylesheet.lastIndexOf('/') + 1);
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (String part : (folder + path).split("/")) {
            if (part.equals("..")) {
                if (parts.pollLast() == null) {
                    return "..";
                }
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    /** The address of {@code file} from the folder of {@code stylesheet}, both inside the site. */
    static String relative(String stylesheet, String file) {
        String[] from = stylesheet.split("/");
        String[] to = file.split("/");
        int common = 0;
        while (common < from.length - 1 && common < to.length - 1 && from[common].equals(to[common])) {
            common++;
        }
        return "../".repeat(from.length - 1 - common) + String.join("/", java.util.Arrays.copyOfRange(to, common, to.length));
    }

    /** The text with its comments turned into spaces, so that an address in a comment is not read and offsets stay. */
    private static String blankComments(String css) {
        Matcher comment = CSS_COMMENT.matcher(css);
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

    /** The 1-based line and column of an offset. */
    private static int[] position(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }

    /** Whether a file from {@code assets/} is published under a fingerprinted name (see the class comment). */
    static boolean fingerprinted(String file) {
        int slash = file.indexOf('/');
        return slash > 0 && !file.startsWith("img/") && !file.startsWith(".well-known/");
    }

    /** {@code css/site.css} and its bytes → {@code css/site.3f9a1c2e7b.css}. */
    public static String name(String file, byte[] bytes) {
        return named(file, hash(bytes));
    }

    /** {@code css/site.css} and {@code 3f9a1c2e7b} → {@code css/site.3f9a1c2e7b.css}; {@code LICENSE} → {@code LICENSE.3f9a1c2e7b}. */
    public static String named(String file, String hash) {
        int slash = file.lastIndexOf('/');
        int dot = file.lastIndexOf('.');
        if (dot <= slash + 1) {
            return file + "." + hash;
        }
        return file.substring(0, dot) + "." + hash + file.substring(dot);
    }

    /** The first ten hex digits of the SHA-256 of {@code bytes}. */
    static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The published file for a file inside the site: its fingerprinted name, or itself. */
    public String published(String file) {
        return names.getOrDefault(file, file);
    }

    /** The published files for files inside the site (JBake's asset copy), sorted. */
    public Set<String> published(Collection<String> files) {
        Set<String> published = new TreeSet<>();
        files.forEach(file -> published.add(published(file)));
        return published;
    }

    /** The fingerprinted files, as paths inside the site, sorted. */
    public Set<String> fingerprinted() {
        return new TreeSet<>(names.values());
    }

    /**
     * Renames the plain copies JBake put into {@code folder} to their fingerprinted names; a
     * stylesheet whose addresses were rewritten is written anew instead.
     */
    public void rename(Path folder) {
        names.forEach((plain, published) -> {
            Path from = folder.resolve(plain);
            try {
                if (rewritten.containsKey(plain)) {
                    Files.write(folder.resolve(published), rewritten.get(plain));
                    Files.deleteIfExists(from);
                } else if (Files.isRegularFile(from)) {
                    Files.move(from, folder.resolve(published), StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new OutputFailure(folder.resolve(published), e);
            }
        });
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fingerprints that && names.equals(that.names);
    }

    @Override
    public int hashCode() {
        return names.hashCode();
    }
}
