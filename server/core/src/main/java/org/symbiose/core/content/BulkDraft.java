package org.symbiose.core.content;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.symbiose.api.content.InvalidItemException;
import org.symbiose.api.content.ItemEdit;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.member.MemberRef;

/**
 * An item to write in bulk ({@link BulkItems}), already checked against the content rules, with its
 * author and dates as the source had them.
 */
public final class BulkDraft {

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    final String type;
    final String plugin;
    final Long parentId;
    final MemberRef author;
    final ContentChange content;
    final ItemStatus status;
    final Instant created;

    private BulkDraft(String type, Long parentId, MemberRef author, ContentChange content, ItemStatus status,
            Instant created) {
        this.type = type;
        this.plugin = ContentRules.plugin(type);
        this.parentId = parentId;
        this.author = author;
        this.content = content;
        this.status = status;
        this.created = created;
    }

    /**
     * Checks an item's parts as the store does on a create (sizes, tags, attributes) and renders its body.
     *
     * @throws InvalidItemException if a part breaks a content rule
     */
    public static BulkDraft of(String type, Long parentId, MemberRef author, String title, String body, List<String> tags,
            Map<String, Object> attributes, ItemStatus status, Instant created) {
        ContentRules.plugin(type);
        ContentChange content = ContentChange.of(new ItemEdit(title == null ? "" : title, body == null ? "" : body,
                tags == null ? List.of() : tags, attributes == null ? Map.of() : attributes), MARKDOWN);
        return new BulkDraft(type, parentId, author, content, status == null ? ItemStatus.PUBLISHED : status, created);
    }

    /** The same draft under another parent (a source id resolved to the item it became). */
    public BulkDraft under(Long parent) {
        return new BulkDraft(type, parent, author, content, status, created);
    }

    public String type() {
        return type;
    }
}
