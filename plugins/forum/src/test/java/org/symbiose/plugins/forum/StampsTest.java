package org.symbiose.plugins.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.member.MemberRef;

class StampsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

    @Test
    void theSamePostsHaveTheSameStampWhateverTheOrderOfTheirMaps() {
        Map<String, Long> oneWay = new LinkedHashMap<>();
        oneWay.put("like", 2L);
        oneWay.put("laugh", 1L);
        Map<String, Long> otherWay = new LinkedHashMap<>();
        otherWay.put("laugh", 1L);
        otherWay.put("like", 2L);

        assertEquals(Stamps.of(post(1, 3, oneWay, 0), List.of(post(2, 1, Map.of(), 0))),
                Stamps.of(post(1, 3, otherWay, 0), List.of(post(2, 1, Map.of(), 0))));
    }

    @Test
    void aNewVersionAReactionAVoteOrAnotherReplyChangeTheStamp() {
        Item topic = post(1, 3, Map.of(), 0);
        List<Item> replies = List.of(post(2, 1, Map.of(), 0));
        String stamp = Stamps.of(topic, replies);

        assertNotEquals(stamp, Stamps.of(post(1, 4, Map.of(), 0), replies));
        assertNotEquals(stamp, Stamps.of(topic, List.of(post(2, 1, Map.of("like", 1L), 0))));
        assertNotEquals(stamp, Stamps.of(topic, List.of(post(2, 1, Map.of(), 1))));
        assertNotEquals(stamp, Stamps.of(topic, List.of(post(2, 1, Map.of(), 0), post(3, 1, Map.of(), 0))));
    }

    private static Item post(long id, long version, Map<String, Long> reactions, long score) {
        return new Item(id, id == 1 ? PostLookup.TOPIC : PostLookup.REPLY, "forum", id == 1 ? 9L : 1L,
                new MemberRef(5, "Ann"), id == 1 ? "Title" : "", "Body", "<p>Body</p>", List.of(), Map.of(),
                ItemStatus.PUBLISHED, version, reactions, score, NOW, NOW);
    }
}
