package org.symbiose.api.content;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a new item is made of; the store assigns its id, version and times.
 *
 * @param type       {@code <plugin>.<kind>}, lower case
 * @param parentId   the parent item, or null
 * @param title      the title, may be empty
 * @param body       Markdown
 * @param tags       tags, normalized to lower case by the store
 * @param attributes the type's own data, JSON values, none of them null
 * @throws InvalidItemException if a tag, an attribute name or an attribute value is null
 * @param status     the initial status, usually {@link ItemStatus#PUBLISHED} or
 *                   {@link ItemStatus#PENDING_REVIEW}; a pending item enters the moderators' review
 *                   queue (cause PLUGIN), where approving it publishes it
 */
public record ItemDraft(
        String type,
        Long parentId,
        String title,
        String body,
        List<String> tags,
        Map<String, Object> attributes,
        ItemStatus status) {

    public ItemDraft {
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        if (tags != null && tags.stream().anyMatch(Objects::isNull)) {
            throw new InvalidItemException("tags", "Tags cannot be null");
        }
        tags = tags == null ? List.of() : List.copyOf(tags);
        if (attributes != null && attributes.entrySet().stream().anyMatch(e -> e.getKey() == null || e.getValue() == null)) {
            throw new InvalidItemException("attributes", "Attribute names and values cannot be null");
        }
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        status = status == null ? ItemStatus.PUBLISHED : status;
    }
}
