package org.symbiose.plugins.forum;

import java.util.Map;
import org.symbiose.api.content.InvalidItemException;

/**
 * Who may do what in a category, each as the least rank that may.
 *
 * @param read     see the category, its topics and replies
 * @param start    start topics
 * @param reply    reply to topics
 * @param moderate pin, lock, merge, and delete others' posts
 */
public record CategoryAccess(Rank read, Rank start, Rank reply, Rank moderate) {

    /** A public category: everyone reads, members write, moderators moderate. */
    public static final CategoryAccess OPEN = new CategoryAccess(Rank.ANYONE, Rank.MEMBER, Rank.MEMBER, Rank.MODERATOR);

    public CategoryAccess {
        // writing needs an account whatever the category says
        start = start.stricter(Rank.MEMBER);
        reply = reply.stricter(Rank.MEMBER);
        moderate = moderate.stricter(Rank.MEMBER);
    }

    /** The access stored in a category's attributes; what is missing is as in {@link #OPEN}. */
    public static CategoryAccess of(Map<String, ?> attributes) {
        return new CategoryAccess(rank(attributes, "read", OPEN.read), rank(attributes, "start", OPEN.start),
                rank(attributes, "reply", OPEN.reply), rank(attributes, "moderate", OPEN.moderate));
    }

    /** This access under a parent's: a parent's reading restriction holds for its subcategories too. */
    public CategoryAccess within(CategoryAccess parent) {
        return new CategoryAccess(read.stricter(parent.read), start, reply, moderate);
    }

    /** The attributes that store it. */
    public Map<String, Object> attributes() {
        return Map.of("read", read.key(), "start", start.key(), "reply", reply.key(), "moderate", moderate.key());
    }

    private static Rank rank(Map<String, ?> attributes, String name, Rank absent) {
        Object value = attributes.get(name);
        if (value == null) {
            return absent;
        }
        if (!(value instanceof String key)) {
            throw new InvalidItemException(name, "A rank is a word such as member or moderator");
        }
        return Rank.of(key, name);
    }
}
