package org.symbiose.plugins.blog.post;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemStatus;

/**
 * How a post is kept in an item's attributes. Each category is also a marker attribute
 * {@code cat.<slug>}, and the publication month one {@code month}, so that the store's attribute
 * index answers the category and archive listings.
 */
public final class Posts {

    static final String SLUG = "slug";
    static final String EXCERPT = "excerpt";
    static final String COVER = "cover";
    static final String CATEGORIES = "categories";
    static final String CATEGORY_PREFIX = "cat.";
    static final String STATE = "state";
    static final String PUBLISH_AT = "publishAt";
    static final String MONTH = "month";
    static final String SOURCE = "source";
    static final String MARK = "1";

    private Posts() {
    }

    /** The post an item of type {@link PostType#KEY} stands for. */
    public static BlogPost of(Item item) {
        Map<String, Object> a = item.attributes();
        List<String> categories = new ArrayList<>();
        if (a.get(CATEGORIES) instanceof List<?> list) {
            list.forEach(name -> categories.add(String.valueOf(name)));
        }
        Instant publishAt = a.get(PUBLISH_AT) instanceof String at ? Instant.parse(at) : null;
        PostState state = PostState.valueOf((String) a.getOrDefault(STATE, PostState.DRAFT.name()));
        // the publishing clock only publishes the item: a scheduled post whose item is out is published
        if (state == PostState.SCHEDULED && item.status() == ItemStatus.PUBLISHED) {
            state = PostState.PUBLISHED;
        }
        return new BlogPost(item.id(), item.parentId() == null ? 0 : item.parentId(), (String) a.get(SLUG),
                item.title(), item.body(), item.bodyHtml(), (String) a.getOrDefault(EXCERPT, ""),
                a.get(COVER) instanceof Number n ? n.longValue() : null, categories, item.tags(),
                state, publishAt, item.author(),
                item.status(), item.reactions(), item.created(), item.updated(), item.version());
    }

    /** The attributes of a post, keeping the {@code extra} ones an import or another part added. */
    static Map<String, Object> attributes(String slug, String excerpt, Long cover, List<String> categories,
            PostState state, Instant publishAt, Map<String, Object> extra) {
        Map<String, Object> a = new HashMap<>();
        extra.forEach((name, value) -> {
            if (!name.startsWith(CATEGORY_PREFIX)) {
                a.put(name, value);
            }
        });
        a.put(SLUG, slug);
        a.put(EXCERPT, excerpt == null ? "" : excerpt);
        a.remove(COVER);
        if (cover != null) {
            a.put(COVER, BigDecimal.valueOf(cover));
        }
        a.put(CATEGORIES, List.copyOf(categories));
        categories.forEach(name -> a.put(CATEGORY_PREFIX + Permalinks.slugOf(name), MARK));
        a.put(STATE, state.name());
        a.remove(PUBLISH_AT);
        a.remove(MONTH);
        if (publishAt != null) {
            a.put(PUBLISH_AT, publishAt.toString());
            a.put(MONTH, month(publishAt));
        }
        return a;
    }

    /** {@code yyyy-MM} in UTC, as the {@code month} attribute holds it. */
    static String month(Instant at) {
        var date = at.atZone(ZoneOffset.UTC);
        return String.format("%04d-%02d", date.getYear(), date.getMonthValue());
    }
}
