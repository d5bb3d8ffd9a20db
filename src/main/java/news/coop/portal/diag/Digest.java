package news.coop.portal.diag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The text of many diagnostics as a person reads it on a terminal: every error in full, and the
 * warnings of one code that was found on more than {@value #FEW} files as one line, the first of
 * them with the count and the next places added:
 *
 * <pre>
 * content/news/2015/2015-01-02-a.md:2:8: warning [title.long] the title is 123 characters long; keep it to 110 or fewer — listings
 * and search engines cut longer titles off; move details to the lead (this warning on 9,812 files in all, also
 * content/news/2015/2015-01-03-b.md:2:8, content/news/2015/2015-01-04-c.md:2:8, …; run with --verbose to see every one)
 * </pre>
 *
 * (one line). The line keeps the {@code path:line:col: warning [code]} shape, so that editors and CI
 * annotators still point at the first place. A code found on {@value #FEW} files or fewer keeps a line
 * for each warning. Errors are never digested: an author must see each one. The lines keep the
 * diagnostics' order (the commands give them in {@link Diagnostic#ORDER}), a digest where its first
 * warning is. Machine formats
 * ({@link ReportFormat#JSON}, {@link ReportFormat#JUNIT}) always carry every diagnostic.
 *
 * <p>Stateless and thread-safe.
 */
public final class Digest {
    /** A warning code found on this many files or fewer keeps a line for each of its warnings. */
    public static final int FEW = 3;
    /** How many places a digest line names in all: the first one in full, then the next ones. */
    private static final int NAMED = 3;

    private Digest() {
    }

    /** The lines to print for {@code diagnostics}, in their order: errors in full, and each warning code on many files digested. */
    public static List<String> lines(List<Diagnostic> diagnostics) {
        Map<String, List<Diagnostic>> warnings = new HashMap<>();
        Map<String, Set<String>> files = new HashMap<>();
        for (Diagnostic warning : diagnostics.stream().filter(diagnostic -> !diagnostic.isError()).toList()) {
            warnings.computeIfAbsent(warning.code(), code -> new ArrayList<>()).add(warning);
            files.computeIfAbsent(warning.code(), code -> new HashSet<>()).add(warning.path());
        }
        List<String> lines = new ArrayList<>();
        Set<String> digested = new HashSet<>();
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.isError() || files.get(diagnostic.code()).size() <= FEW) {
                lines.add(diagnostic.toString());
            } else if (digested.add(diagnostic.code())) {
                lines.add(digest(warnings.get(diagnostic.code()), files.get(diagnostic.code()).size()));
            }
        }
        return lines;
    }

    /** The one line of the warnings {@code same} (of one code, in order), found on {@code files} files. */
    private static String digest(List<Diagnostic> same, long files) {
        String count = same.size() == files ? "on " + number(files) + " files"
                : number(same.size()) + " times on " + number(files) + " files";
        StringBuilder line = new StringBuilder(same.get(0).toString()).append(" (this warning ").append(count).append(" in all, also ");
        same.subList(1, NAMED).forEach(next -> line.append(next.location()).append(", "));
        return line.append("…; run with --verbose to see every one)").toString();
    }

    /** {@code 9,812}: grouped by thousands, the same in every locale. */
    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
