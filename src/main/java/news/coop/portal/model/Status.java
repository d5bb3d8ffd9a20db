package news.coop.portal.model;

/** Publication status from front matter. A draft never reaches production output. */
public enum Status {
    PUBLISHED,
    DRAFT
}
