package news.coop.portal.validate;

import java.time.Instant;
import news.coop.portal.model.NewsItem;
import news.coop.portal.model.Page;
import news.coop.portal.model.Status;

/**
 * Which documents a build publishes. In production a draft, and an item dated after {@code now}
 * (an embargo), leave no trace at all; {@code --drafts} and {@code --now} change that for previews.
 *
 * @param drafts  publish drafts too (preview only)
 * @param now     the build's "now": items dated later are embargoed
 */
public record Publication(boolean drafts, Instant now) {

    public boolean publishes(NewsItem item) {
        return (drafts || item.status() == Status.PUBLISHED) && !item.date().toInstant().isAfter(now);
    }

    public boolean publishes(Page page) {
        return drafts || page.status() == Status.PUBLISHED;
    }
}
