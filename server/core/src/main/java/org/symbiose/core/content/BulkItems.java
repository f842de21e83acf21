package org.symbiose.core.content;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.core.persistence.Ids;

/**
 * Writes many items at once in JDBC batches, for imports: the rows the store would write for each
 * create (the item, its tags, its attribute index, a change-feed row) and the parents' activity, without
 * an entity per item. The caller runs the transaction; nothing here commits.
 */
public final class BulkItems {

    private final Connection connection;
    private final boolean postgres;

    public BulkItems(Connection connection) throws SQLException {
        this.connection = connection;
        this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }

    /** The items written, in the order of {@code drafts}, and the highest change-feed seq written. */
    public record Written(List<Item> items, long lastChange) {
    }

    /** Writes {@code drafts} under {@code ids}, taken from {@link #ids}, one for one. */
    public Written write(List<Long> ids, List<BulkDraft> drafts) throws SQLException {
        List<Item> items = new ArrayList<>(drafts.size());
        try (PreparedStatement item = connection.prepareStatement("INSERT INTO item (id, type, plugin, parent_id,"
                + " author_id, editor_id, edited, title, body, body_html, attributes, status, version, score, created,"
                + " updated, activity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 0, ?, ?, ?)");
                PreparedStatement tag = connection.prepareStatement("INSERT INTO item_tag (item_id, tag) VALUES (?, ?)");
                PreparedStatement attribute = connection.prepareStatement(
                        "INSERT INTO item_attribute (item_id, name, value_prefix, text_value) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < drafts.size(); i++) {
                BulkDraft draft = drafts.get(i);
                long id = ids.get(i);
                ContentChange content = draft.content;
                Instant created = draft.created.truncatedTo(ChronoUnit.MICROS);
                OffsetDateTime at = created.atOffset(ZoneOffset.UTC);
                item.setLong(1, id);
                item.setString(2, draft.type);
                item.setString(3, draft.plugin);
                item.setObject(4, draft.parentId);
                item.setLong(5, draft.author.id());
                item.setLong(6, draft.author.id());
                item.setObject(7, at);
                item.setString(8, content.title());
                item.setString(9, content.body());
                item.setString(10, content.bodyHtml());
                item.setString(11, content.attributes().json());
                item.setString(12, draft.status.name());
                item.setObject(13, at);
                item.setObject(14, at);
                item.setObject(15, at);
                item.addBatch();
                for (String name : content.tags()) {
                    tag.setLong(1, id);
                    tag.setString(2, name);
                    tag.addBatch();
                }
                for (Map.Entry<String, String> text : content.attributes().texts().entrySet()) {
                    attribute.setLong(1, id);
                    attribute.setString(2, text.getKey());
                    attribute.setString(3, ItemAttribute.prefix(text.getValue()));
                    attribute.setString(4, text.getValue());
                    attribute.addBatch();
                }
                items.add(new Item(id, draft.type, draft.plugin, draft.parentId, draft.author, content.title(),
                        content.body(), content.bodyHtml(), List.copyOf(content.tags()),
                        StoredAttributes.read(content.attributes().json()), draft.status, 1, Map.of(), 0, created,
                        created, created));
            }
            item.executeBatch();
            tag.executeBatch();
            attribute.executeBatch();
        }
        bumpActivity(items);
        return new Written(items, feed(ids));
    }

    /** Parents become as active as their latest published child, as the store's creates make them. */
    private void bumpActivity(List<Item> items) throws SQLException {
        Map<Long, Instant> latest = new HashMap<>();
        for (Item item : items) {
            if (item.parentId() != null && item.status() == ItemStatus.PUBLISHED) {
                latest.merge(item.parentId(), item.created(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE item SET activity = ? WHERE id = ? AND activity < ?")) {
            for (Map.Entry<Long, Instant> parent : latest.entrySet()) {
                OffsetDateTime at = parent.getValue().atOffset(ZoneOffset.UTC);
                update.setObject(1, at);
                update.setLong(2, parent.getKey());
                update.setObject(3, at);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** One change-feed row per item, seqs from the feed's own sequence as the store's are; returns the highest. */
    private long feed(List<Long> ids) throws SQLException {
        String next = postgres ? "nextval('item_change_seq')" : "NEXT VALUE FOR item_change_seq";
        try (PreparedStatement change = connection.prepareStatement(
                "INSERT INTO item_change (seq, item_id, written_at) VALUES (" + next + ", ?, CURRENT_TIMESTAMP)")) {
            for (long id : ids) {
                change.setLong(1, id);
                change.addBatch();
            }
            change.executeBatch();
        }
        try (Statement statement = connection.createStatement();
                ResultSet highest = statement.executeQuery("SELECT MAX(seq) FROM item_change")) {
            highest.next();
            return highest.getLong(1);
        }
    }

    /** {@code count} new ids from the shared sequence, a block of {@link Ids#BLOCK} per value as EclipseLink takes them. */
    public List<Long> ids(int count) throws SQLException {
        String next = postgres ? "SELECT nextval('" + Ids.SEQUENCE + "')" : "SELECT NEXT VALUE FOR " + Ids.SEQUENCE;
        List<Long> ids = new ArrayList<>(count);
        try (PreparedStatement statement = connection.prepareStatement(next)) {
            while (ids.size() < count) {
                try (ResultSet value = statement.executeQuery()) {
                    value.next();
                    long last = value.getLong(1);
                    for (long id = last - Ids.BLOCK + 1; id <= last && ids.size() < count; id++) {
                        ids.add(id);
                    }
                }
            }
        }
        return ids;
    }
}
