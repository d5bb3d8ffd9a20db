package news.coop.portal.model;

/**
 * A standalone page from {@code content/pages/} (about, accessibility statement, contacts).
 * Published at {@code /{lang}/{slug}/}.
 */
public record Page(String source, String title, String lead, String lang, Status status, String slug, String translation, Body body) {

    public String url() {
        return "/" + lang + "/" + slug + "/";
    }
}
