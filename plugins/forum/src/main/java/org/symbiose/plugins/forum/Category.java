package org.symbiose.plugins.forum;

import java.util.Map;
import org.symbiose.api.content.Item;

/**
 * A forum category as stored in a {@code forum.category} item.
 *
 * @param id          the item id
 * @param parentId    the enclosing category, or null at the top
 * @param name        the title
 * @param description the description, as sanitized HTML
 * @param position    its place among its siblings, smallest first
 * @param colour      {@code #rrggbb}, or null
 * @param qa          whether its topics are questions that may have an accepted answer
 * @param access      its own access rules, before its parents'
 * @param version     the item version, for edits
 */
public record Category(long id, Long parentId, String name, String description, int position, String colour,
        boolean qa, CategoryAccess access, long version) {

    public static final String TYPE = "forum.category";

    public static Category of(Item item) {
        Map<String, Object> attributes = item.attributes();
        return new Category(item.id(), attributes.get("parent") instanceof Number parent ? parent.longValue() : null,
                item.title(), item.bodyHtml(),
                attributes.get("position") instanceof Number position ? position.intValue() : 0,
                attributes.get("colour") instanceof String colour ? colour : null,
                Boolean.TRUE.equals(attributes.get("qa")), CategoryAccess.of(attributes), item.version());
    }

    /** The place of its topics and replies in search. */
    public String place() {
        return place(id);
    }

    /** The search place of the category {@code id}. */
    public static String place(long id) {
        return "forum.category." + id;
    }
}
