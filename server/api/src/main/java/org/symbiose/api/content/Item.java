package org.symbiose.api.content;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.symbiose.api.member.MemberRef;

/**
 * One piece of content, as stored.
 *
 * @param id         stable id
 * @param type       what the item is, {@code <plugin>.<kind>}, for example {@code forum.topic}
 * @param plugin     the owning plugin: the prefix of {@code type}
 * @param parentId   the item this one belongs to (a topic's category, a reply's topic), or null
 * @param author     who wrote it
 * @param title      the title, may be empty for items without one (a reply)
 * @param body       the body as written, in Markdown
 * @param bodyHtml   the body rendered to HTML and sanitized: safe to show as is
 * @param tags       lower-case tags, sorted
 * @param attributes the type's own data: JSON values (String, Boolean, BigDecimal, List, Map)
 * @param status     where the item stands
 * @param version    incremented by every change; updates must name the version they read
 * @param reactions  how many members reacted, per reaction kind
 * @param score      the sum of the members' votes (+1 or -1 each)
 * @param created    when it was created
 * @param updated    when it last changed
 * @param activity   when it was last active: its creation, or the latest publication of one of its
 *                   children (a reply to a topic) if later; for a type not active by its children
 *                   ({@code ContentType.activeByChildren}), its latest publication; what
 *                   {@link ItemOrder#ACTIVITY} sorts by
 */
public record Item(
        long id,
        String type,
        String plugin,
        Long parentId,
        MemberRef author,
        String title,
        String body,
        String bodyHtml,
        List<String> tags,
        Map<String, Object> attributes,
        ItemStatus status,
        long version,
        Map<String, Long> reactions,
        long score,
        Instant created,
        Instant updated,
        Instant activity) {

    public Item {
        tags = List.copyOf(tags);
        attributes = Map.copyOf(attributes);
        reactions = Map.copyOf(reactions);
        activity = activity == null ? created : activity;
    }

    /** An item whose activity is its creation. */
    public Item(long id, String type, String plugin, Long parentId, MemberRef author, String title, String body,
            String bodyHtml, List<String> tags, Map<String, Object> attributes, ItemStatus status, long version,
            Map<String, Long> reactions, long score, Instant created, Instant updated) {
        this(id, type, plugin, parentId, author, title, body, bodyHtml, tags, attributes, status, version, reactions,
                score, created, updated, created);
    }
}
