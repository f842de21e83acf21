package org.symbiose.core.content;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.symbiose.api.content.ItemQuery;

/**
 * The JPQL of an {@link ItemQuery}: its filters in its order, one item more than a page so the
 * caller knows whether another page follows.
 */
final class ItemQueryJpql {

    private final StringBuilder from = new StringBuilder("SELECT i FROM StoredItem i JOIN FETCH i.author");
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    private ItemQueryJpql(ItemQuery query) {
        where("i.status IN :statuses", "statuses", query.statuses());
        if (query.type() != null) {
            where("i.type = :type", "type", query.type());
        }
        if (query.parentId() != null) {
            where("i.parentId = :parentId", "parentId", query.parentId());
        }
        if (query.authorId() != null) {
            where("i.author.id = :authorId", "authorId", query.authorId());
        }
        if (query.tag() != null) {
            // (item_id, tag) is the key of item_tag: the join never repeats an item
            from.append(" JOIN i.tags t");
            where("t = :tag", "tag", ContentRules.tagKey(query.tag()));
        }
        if (query.before() != null) {
            where(switch (query.order()) {
                case NEWEST -> "i.id < :before";
                case OLDEST -> "i.id > :before";
                // the cursor item's activity as it is now: if it was active since, the next page follows it there
                case ACTIVITY -> below("activity");
                case SCORE -> below("score");
                case TRENDING -> below("trend");
            }, "before", query.before());
        }
        int n = 0;
        for (Map.Entry<String, String> attribute : query.attributes().entrySet()) {
            conditions.add("EXISTS (SELECT a FROM ItemAttribute a WHERE a.itemId = i.id AND a.name = :name" + n
                    + " AND a.valuePrefix = :prefix" + n + " AND a.textValue = :text" + n + ")");
            parameters.put("name" + n, attribute.getKey());
            parameters.put("prefix" + n, ItemAttribute.prefix(attribute.getValue()));
            parameters.put("text" + n, attribute.getValue());
            n++;
        }
    }

    static TypedQuery<StoredItem> of(EntityManager em, ItemQuery query) {
        ItemQueryJpql jpql = new ItemQueryJpql(query);
        String order = switch (query.order()) {
            case NEWEST -> " ORDER BY i.id DESC";
            case OLDEST -> " ORDER BY " + indexPrefix(query) + "i.id";
            case ACTIVITY -> " ORDER BY " + indexPrefix(query) + "i.activity DESC, i.id DESC";
            case SCORE -> " ORDER BY " + indexPrefix(query) + "i.score DESC, i.id DESC";
            case TRENDING -> " ORDER BY " + indexPrefix(query) + "i.trend DESC, i.id DESC";
        };
        TypedQuery<StoredItem> typed = em.createQuery(
                jpql.from + " WHERE " + String.join(" AND ", jpql.conditions) + order, StoredItem.class);
        jpql.parameters.forEach(typed::setParameter);
        return typed.setMaxResults(query.limit() + 1)
                // EclipseLink: the page's tags in one more select, not one per item
                .setHint("eclipselink.batch", "i.tags")
                .setHint("eclipselink.batch.type", "IN");
    }

    /**
     * The columns the WHERE fixes that lead the index of this order ((parent_id, type, status, …)
     * or (type, status, …), see V36), to name first in the ORDER BY, where they change nothing: the
     * H2 that Payara loads reads rows in an index's order only when the ORDER BY names the index's
     * columns from its first, in the index's directions, and otherwise sorted every idea of a box
     * of 10,000 for a page of 20 (PostgreSQL needs no such help). Several statuses are not fixed,
     * so their lists are sorted.
     */
    private static String indexPrefix(ItemQuery query) {
        if (query.type() == null || query.statuses().size() != 1) {
            return "";
        }
        return (query.parentId() != null ? "i.parentId, " : "") + "i.type, i.status, ";
    }

    /**
     * What ranks below the cursor item by {@code field} as it is now, then by id: if the cursor item
     * moved since (a reply, a vote), the next page follows it there.
     */
    private static String below(String field) {
        return "(i." + field + " < (SELECT c." + field + " FROM StoredItem c WHERE c.id = :before)"
                + " OR i." + field + " = (SELECT c2." + field + " FROM StoredItem c2 WHERE c2.id = :before)"
                + " AND i.id < :before)";
    }

    private void where(String condition, String name, Object value) {
        conditions.add(condition);
        parameters.put(name, value);
    }
}
