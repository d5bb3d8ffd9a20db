package news.coop.portal.author;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A press release read from plain text: when it was posted, its title, its lead and its text.
 * Immutable.
 *
 * @param path        display path of the release file, for messages
 * @param posted      the {@code Posted:} time, in the site's zone
 * @param lead        the lead: the release's own, or the first sentence of its text
 * @param ownLead     whether the release had a lead of its own (else the lead repeats the text's first sentence)
 * @param leadReason  where the lead came from, as {@code portal import} prints it
 * @param body        the text after the lead, never empty
 */
public record Release(String path, OffsetDateTime posted, String title, String lead, boolean ownLead, String leadReason, List<Block> body) {
    public Release {
        body = List.copyOf(body);
    }

    /** The body as Markdown: the blocks, separated by blank lines. */
    public String markdown() {
        return body.stream().map(Block::markdown).collect(Collectors.joining("\n\n", "", "\n"));
    }

    /** Title, lead (when the release's own) and every text of the body, one per line: what language detection and keyword matching read. */
    public String allText() {
        StringBuilder text = new StringBuilder(title);
        if (ownLead) {
            text.append('\n').append(lead);
        }
        body.forEach(block -> block.texts().forEach(part -> text.append('\n').append(part)));
        return text.toString();
    }
}
