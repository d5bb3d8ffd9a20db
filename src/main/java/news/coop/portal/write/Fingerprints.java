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
import news.coop.portal.address.Addresses;
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
        StringBuilder out = new StringBuilder(css.length());
        int last = 0;
        for (CssAddresses.Address address : CssAddresses.in(css)) {
            String written = address.written();
            String target = CssAddresses.target(file, written);
            if (target == null) {
                continue;
            }
            if (!copied.contains(target)) {
                diagnostics.add(Diagnostic.error(where, address.line(), address.column(), "css.missing-file",
                        "the stylesheet names \"" + written + "\", a file the site does not have",
                        "put the file at " + config.display(config.assetDir().resolve(target)) + ", or correct the address (relative to the stylesheet's folder)"));
                continue;
            }
            if (stylesheets.containsKey(target)) {
                if (importing.contains(target)) {
                    diagnostics.add(Diagnostic.error(where, address.line(), address.column(), "css.import-cycle",
                            "the stylesheet imports \"" + written + "\", which imports it back", "remove one of the two imports"));
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
                String replacement = written.startsWith("/") ? config.link(Addresses.make("/" + published)) : Addresses.make(relative(file, published));
                out.append(css, last, address.start()).append(replacement).append(suffix);
                last = address.end();
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

    /** Whether a file from {@code assets/} is published under a fingerprinted name (see the class comment). */
    public static boolean fingerprinted(String file) {
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
