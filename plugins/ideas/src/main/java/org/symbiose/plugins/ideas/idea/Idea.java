package org.symbiose.plugins.ideas.idea;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.member.MemberRef;
import org.symbiose.plugins.ideas.status.OfficialResponse;

/**
 * An idea in a box.
 *
 * @param id         the item's id
 * @param boxId      its box
 * @param title      its title
 * @param body       Markdown as written (images are links to the file store)
 * @param bodyHtml   rendered and sanitized
 * @param excerpt    the start of its text, plain, for lists
 * @param tags       lower-case tags
 * @param status     the key of its status in the box's workflow
 * @param votes      how many members support it ({@code Item.score()})
 * @param mergedInto the idea it was merged into, or null
 * @param response   the latest official response, or null
 * @param author     who proposed it
 * @param reactions  how many members reacted, per kind
 * @param itemStatus where the item stands for moderation
 * @param created    when it was proposed
 * @param updated    when it last changed
 * @param version    the item's version (ETag)
 */
public record Idea(long id, long boxId, String title, String body, String bodyHtml, String excerpt, List<String> tags,
        String status,
        long votes, Long mergedInto, OfficialResponse response, MemberRef author, Map<String, Long> reactions,
        ItemStatus itemStatus, Instant created, Instant updated, long version) {

    /** Its page on the site. */
    public String link() {
        return "/p/ideas/idea.xhtml?id=" + id;
    }
}
