package org.symbiose.plugins.blog.wxr;

import java.time.Instant;
import java.util.List;

/**
 * One {@code <item>}: a post, a page, an attachment, or another of WordPress's post types.
 *
 * @param id            WordPress's post id
 * @param type          {@code post}, {@code page}, {@code attachment}, {@code nav_menu_item}, …
 * @param title         the title
 * @param link          its address on the old site
 * @param creatorLogin  its author's login ({@code dc:creator})
 * @param content       the body as WordPress kept it (HTML with WordPress's paragraphs by blank lines)
 * @param excerpt       the excerpt, may be empty
 * @param date          when it was (or is to be) published, in UTC; null if the file gives none
 * @param status        {@code publish}, {@code draft}, {@code pending}, {@code private}, {@code future}, {@code trash}, …
 * @param slug          its short name ({@code post_name}), may be empty for drafts
 * @param parentId      the parent item's id, {@code 0} or empty for none (an attachment's post)
 * @param categories    its categories (slug and name only)
 * @param tags          its tags (slug and name only)
 * @param attachmentUrl for an attachment, the file's address; else empty
 * @param comments      its comments, in file order
 */
public record WxrItem(String id, String type, String title, String link, String creatorLogin, String content, String excerpt,
        Instant date, String status, String slug, String parentId, List<WxrTerm> categories, List<WxrTerm> tags,
        String attachmentUrl, List<WxrComment> comments) {

    public WxrItem {
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
        comments = List.copyOf(comments);
    }

    /** Whether it has a parent item. */
    public boolean hasParent() {
        return !parentId.isEmpty() && !"0".equals(parentId);
    }
}
