package org.symbiose.plugins.blog.post;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.member.MemberRef;

/**
 * A blog post: an item of type {@link PostType#KEY} whose parent is its blog.
 *
 * @param id          the item id
 * @param blogId      its blog's item id
 * @param slug        the last part of its permalink, unique in the blog
 * @param title       the title
 * @param body        Markdown as written
 * @param html        the body rendered and sanitized, safe to show
 * @param excerpt     a short summary, plain text; empty if none was written
 * @param coverFileId a file of the core's file store, or null
 * @param categories  the blog's categories it is filed under, by name
 * @param tags        lower-case tags
 * @param state       where it stands in the blog's workflow
 * @param publishAt   when it is (or was, or is due to be) published; null for a draft without a date
 * @param author      who wrote it (for an import, the matched author)
 * @param status      the item's status: hidden also when a moderator took a published post down
 * @param reactions   members' reactions, per kind
 * @param created     when it was created (for an import, its original date)
 * @param updated     when it last changed
 * @param version     the item version, for updates
 */
public record BlogPost(long id, long blogId, String slug, String title, String body, String html, String excerpt,
        Long coverFileId, List<String> categories, List<String> tags, PostState state, Instant publishAt,
        MemberRef author, ItemStatus status, Map<String, Long> reactions, Instant created, Instant updated,
        long version) {

    public BlogPost {
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
        reactions = Map.copyOf(reactions);
    }

    /** Whether everyone may read it: published and not taken down. */
    public boolean isPublic() {
        return state == PostState.PUBLISHED && status == ItemStatus.PUBLISHED;
    }

    /** The date readers see and permalinks use: its publication, else its creation. */
    public Instant date() {
        return publishAt != null ? publishAt : created;
    }
}
