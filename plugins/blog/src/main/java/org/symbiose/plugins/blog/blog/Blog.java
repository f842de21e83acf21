package org.symbiose.plugins.blog.blog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.symbiose.api.content.Item;
import org.symbiose.api.member.MemberRef;

/**
 * A blog: an item of type {@link BlogType#KEY}, its title the blog's title, its body the
 * description, the rest in attributes.
 *
 * @param id                    the item id
 * @param name                  the stable short name used in addresses, {@code [a-z0-9-]}
 * @param title                 the title
 * @param description           Markdown
 * @param language              {@code fr} or {@code en}
 * @param coverFileId           a file of the core's file store, or null
 * @param official              opened by community managers for the brand (else a member's blog)
 * @param reviewRequired        authors' posts wait for an editor's or owner's approval
 * @param premoderated          comments wait in the moderators' review queue
 * @param commentDays           comments close this many days after publication; 0 never closes
 * @param pastSchedulingAllowed whether a post may be dated in the past
 * @param creator               who opened it
 * @param created               when
 * @param version               the item version, for updates
 * @param active                when a post last came out on it (its creation before the first): what
 *                              changes its feeds
 */
public record Blog(long id, String name, String title, String description, String language, Long coverFileId,
        boolean official, boolean reviewRequired, boolean premoderated, int commentDays,
        boolean pastSchedulingAllowed, MemberRef creator, Instant created, long version, Instant active) {

    static final String NAME = "name";
    static final String LANGUAGE = "language";
    static final String COVER = "cover";
    static final String OFFICIAL = "official";
    static final String REVIEW = "review";
    static final String PREMODERATED = "premoderated";
    static final String COMMENT_DAYS = "commentDays";
    static final String PAST = "pastScheduling";

    /** The blog an item of type {@link BlogType#KEY} stands for. */
    public static Blog of(Item item) {
        Map<String, Object> a = item.attributes();
        return new Blog(item.id(), (String) a.get(NAME), item.title(), item.body(),
                (String) a.getOrDefault(LANGUAGE, "fr"), number(a.get(COVER)), Boolean.TRUE.equals(a.get(OFFICIAL)),
                Boolean.TRUE.equals(a.get(REVIEW)), Boolean.TRUE.equals(a.get(PREMODERATED)),
                (int) Math.max(0, number(a.getOrDefault(COMMENT_DAYS, 0))), Boolean.TRUE.equals(a.get(PAST)),
                item.author(), item.created(), item.version(), item.activity());
    }

    /** The attributes this blog is stored with. */
    Map<String, Object> attributes() {
        Map<String, Object> a = new HashMap<>();
        a.put(NAME, name);
        a.put(LANGUAGE, language);
        if (coverFileId != null) {
            a.put(COVER, BigDecimal.valueOf(coverFileId));
        }
        a.put(OFFICIAL, official);
        a.put(REVIEW, reviewRequired);
        a.put(PREMODERATED, premoderated);
        a.put(COMMENT_DAYS, BigDecimal.valueOf(commentDays));
        a.put(PAST, pastSchedulingAllowed);
        return a;
    }

    /** Where its posts and comments are searched and read: {@code blog.<id>}. */
    public String place() {
        return "blog." + id;
    }

    private static Long number(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }
}
