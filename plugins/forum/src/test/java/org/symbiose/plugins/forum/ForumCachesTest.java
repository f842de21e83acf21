package org.symbiose.plugins.forum;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.member.MemberRef;

class ForumCachesTest {

    private static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");

    @Test
    void aNewTopicOrAReplyLeavesOtherTopicsRelatedListsAlone() {
        assertFalse(ForumCaches.reshapesRelated(item(PostLookup.TOPIC, 1, ItemStatus.PUBLISHED)));
        assertFalse(ForumCaches.reshapesRelated(item(PostLookup.REPLY, 1, ItemStatus.PUBLISHED)));
        assertFalse(ForumCaches.reshapesRelated(item(PostLookup.REPLY, 4, ItemStatus.HIDDEN)));
    }

    @Test
    void anEditedMovedOrModeratedTopicOrACategoryChangesThem() {
        assertTrue(ForumCaches.reshapesRelated(item(PostLookup.TOPIC, 2, ItemStatus.PUBLISHED)));
        assertTrue(ForumCaches.reshapesRelated(item(PostLookup.TOPIC, 1, ItemStatus.PENDING_REVIEW)));
        assertTrue(ForumCaches.reshapesRelated(item(PostLookup.TOPIC, 1, ItemStatus.HIDDEN)));
        assertTrue(ForumCaches.reshapesRelated(item(Category.TYPE, 1, ItemStatus.PUBLISHED)));
    }

    private static Item item(String type, long version, ItemStatus status) {
        return new Item(7, type, "forum", 3L, new MemberRef(5, "Ann"), "Title", "Body", "<p>Body</p>", List.of(),
                Map.of(), status, version, Map.of(), 0, NOW, NOW);
    }
}
