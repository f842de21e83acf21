package org.symbiose.plugins.blog.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.member.MemberRef;

class PostsTest {

    private static final Instant AT = Instant.parse("2026-12-24T18:00:00Z");

    @Test
    void aPostRoundTripsThroughItsAttributes() {
        Map<String, Object> attributes = Posts.attributes("noel", "Short", 42L, List.of("Fêtes", "News"),
                PostState.SCHEDULED, AT, Map.of("source", "wp-12", "cat.old", "1"));
        assertEquals("1", attributes.get("cat.fetes"));
        assertEquals("1", attributes.get("cat.news"));
        assertFalse(attributes.containsKey("cat.old"), "categories no longer filed are no longer indexed");
        assertEquals("2026-12", attributes.get("month"));
        assertEquals("wp-12", attributes.get("source"));

        BlogPost post = Posts.of(item(attributes, ItemStatus.HIDDEN));
        assertEquals("noel", post.slug());
        assertEquals(42L, post.coverFileId());
        assertEquals(List.of("Fêtes", "News"), post.categories());
        assertEquals(PostState.SCHEDULED, post.state());
        assertEquals(AT, post.publishAt());
        assertFalse(post.isPublic());
    }

    @Test
    void aScheduledPostTheClockPublishedIsPublished() {
        Map<String, Object> attributes = Posts.attributes("noel", "", null, List.of(), PostState.SCHEDULED, AT, Map.of());
        BlogPost post = Posts.of(item(attributes, ItemStatus.PUBLISHED));
        assertEquals(PostState.PUBLISHED, post.state());
        assertTrue(post.isPublic());
    }

    @Test
    void anUndatedDraftHasNoMonth() {
        Map<String, Object> attributes = Posts.attributes("draft", "", null, List.of(), PostState.DRAFT, null,
                Map.of("month", "2020-01", "publishAt", "2020-01-01T00:00:00Z"));
        assertFalse(attributes.containsKey("month"));
        assertNull(Posts.of(item(attributes, ItemStatus.HIDDEN)).publishAt());
    }

    private static Item item(Map<String, Object> attributes, ItemStatus status) {
        return new Item(9, PostType.KEY, "blog", 3L, new MemberRef(5, "Ann"), "Noël", "body", "<p>body</p>",
                List.of("xmas"), attributes, status, 4, Map.of(), 0, AT, AT);
    }
}
