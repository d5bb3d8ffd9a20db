package news.coop.portal.author;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A news item about to be written: its front matter and its Markdown body. Immutable.
 *
 * @param areas    area ids, at least one
 * @param regions  region ids, possibly none
 * @param draft    whether to write {@code status: draft}
 * @param body     the Markdown body, empty or ending with a newline
 */
public record NewsDraft(String title, OffsetDateTime date, String lead, List<String> areas, List<String> regions, String lang, boolean draft,
        String body) {
    public NewsDraft {
        areas = List.copyOf(areas);
        regions = List.copyOf(regions);
    }
}
