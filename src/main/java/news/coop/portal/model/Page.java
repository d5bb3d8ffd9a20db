package news.coop.portal.model;

/**
 * A standalone page from {@code content/pages/} (about, accessibility statement, contacts).
 * Published at {@code /{lang}/{slug}/}.
 *
 * @param translation       the key shared by the language versions of the page, or empty
 * @param translationLine   where diagnostics about the key point: the {@code translation} field's value,
 *                          or the front matter's opening line when the field is absent (0 when unknown)
 * @param translationColumn the column of that position (0 when unknown)
 */
public record Page(String source, String title, String lead, String lang, Status status, String slug, String translation, Body body,
        int translationLine, int translationColumn) implements Document {

    public Page(String source, String title, String lead, String lang, Status status, String slug, String translation, Body body) {
        this(source, title, lead, lang, status, slug, translation, body, 0, 0);
    }

    public String url() {
        return "/" + lang + "/" + slug + "/";
    }
}
