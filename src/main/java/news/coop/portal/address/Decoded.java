package news.coop.portal.address;

/**
 * What reading an address's path gave: the path with its escapes decoded, or why it cannot be read.
 *
 * @param path     the decoded path ({@code /news/2024/annual report.pdf}), or {@code null} when refused
 * @param problem  why it is refused, a clause that can follow "the address … is refused: ", or {@code null}
 */
public record Decoded(String path, String problem) {
    public static Decoded of(String path) {
        return new Decoded(path, null);
    }

    public static Decoded refused(String problem) {
        return new Decoded(null, problem);
    }

    public boolean ok() {
        return problem == null;
    }
}
