package org.symbiose.core.imports;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.core.persistence.JsonMaps;

/**
 * One line of an import file: an item as the source forum had it, which other lines and later imports
 * name by its source id.
 *
 * <pre>{"id":"t12","type":"forum.topic","parent":"c3","author":{"email":"ann@example.org","name":"Ann"},
 *  "title":"…","body":"…","tags":["x"],"attributes":{…},"status":"PUBLISHED","created":"2021-03-04T10:00:00Z"}</pre>
 *
 * @param sourceId    the item's id in the source, unique within the import's source
 * @param type        the item's type, {@code <plugin>.<kind>}
 * @param parentId    the parent's source id, written on an earlier line or by an earlier import; or null
 * @param authorEmail the author's e-mail: the member with it, created when missing
 * @param authorName  the author's display name, for a member created
 * @param title       the title, empty for none
 * @param body        the Markdown body
 * @param tags        the tags
 * @param attributes  the attributes, as the item's plugin reads them
 * @param status      the status, PUBLISHED when absent
 * @param created     when it was written in the source
 */
record ImportRecord(String sourceId, String type, String parentId, String authorEmail, String authorName, String title,
        String body, List<String> tags, Map<String, Object> attributes, ItemStatus status, Instant created) {

    /** Longest source id, the size of {@code import_source.source_id}. */
    static final int MAX_SOURCE_ID = 200;

    /**
     * Reads one line.
     *
     * @throws IllegalArgumentException with the reason, for a line that is not such a record
     */
    static ImportRecord parse(String line) {
        Map<String, Object> json;
        try {
            json = JsonMaps.read(line);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a JSON object");
        }
        if (json == null) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String id = text(json, "id", true);
        if (id.length() > MAX_SOURCE_ID) {
            throw new IllegalArgumentException("id: longer than " + MAX_SOURCE_ID + " characters");
        }
        if (!(json.get("author") instanceof Map<?, ?> author)) {
            throw new IllegalArgumentException("author: an object with email and name is required");
        }
        String email = text(author, "email", true).strip().toLowerCase();
        if (!email.contains("@") || email.length() > 254) {
            throw new IllegalArgumentException("author.email: not an e-mail address");
        }
        String name = text(author, "name", false);
        return new ImportRecord(id, text(json, "type", true), text(json, "parent", false), email,
                name == null || name.isBlank() ? email.substring(0, email.indexOf('@')) : name.strip(),
                text(json, "title", false), text(json, "body", false), tags(json.get("tags")), attributes(json.get("attributes")),
                status(text(json, "status", false)), created(text(json, "created", true)));
    }

    private static String text(Map<?, ?> json, String field, boolean required) {
        Object value = json.get(field);
        if (value == null && !required) {
            return null;
        }
        if (value instanceof String string && !(required && string.isEmpty())) {
            return string;
        }
        if (value instanceof Number number && !"created".equals(field)) {
            return number.toString();
        }
        throw new IllegalArgumentException(field + ": " + (value == null ? "required" : "must be a string"));
    }

    private static List<String> tags(Object tags) {
        if (tags == null) {
            return List.of();
        }
        if (tags instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return list.stream().map(String.class::cast).toList();
        }
        throw new IllegalArgumentException("tags: a list of strings");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> attributes(Object attributes) {
        if (attributes == null) {
            return Map.of();
        }
        if (attributes instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException("attributes: a JSON object");
    }

    private static ItemStatus status(String status) {
        if (status == null) {
            return ItemStatus.PUBLISHED;
        }
        try {
            return ItemStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("status: one of PUBLISHED, PENDING_REVIEW, HIDDEN, DELETED");
        }
    }

    private static Instant created(String created) {
        try {
            return Instant.parse(created);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("created: an ISO-8601 instant such as 2021-03-04T10:00:00Z");
        }
    }
}
