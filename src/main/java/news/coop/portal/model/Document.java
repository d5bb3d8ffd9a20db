package news.coop.portal.model;

/**
 * A validated source: a news item or a page. The two kinds travel together from the validate stage
 * to the model stage, which tells them apart by type, never by a field.
 */
public sealed interface Document permits NewsItem, Page {
    /** The project-relative path of its Markdown file. */
    String source();

    String title();

    String lang();

    Status status();

    Body body();
}
