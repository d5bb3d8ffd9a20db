package news.coop.portal.verify;

/**
 * One news item or page of the sources, as verification needs to know it.
 *
 * @param source   its project-relative path, e.g. {@code content/news/2023/2023-09-26-x.md}
 * @param url      its site-absolute URL, e.g. {@code /en/news/2023/09/x/}
 * @param title    its title
 * @param withheld why the build does not publish it ("a draft", "embargoed until …"), or empty when it is published
 */
public record SourceDocument(String source, String url, String title, String withheld) {
    public SourceDocument {
        withheld = withheld == null ? "" : withheld;
    }

    public boolean published() {
        return withheld.isEmpty();
    }

    /** The file inside the site that publishes it: {@code en/news/2023/09/x/index.html}. */
    public String file() {
        return url.substring(1) + "index.html";
    }
}
