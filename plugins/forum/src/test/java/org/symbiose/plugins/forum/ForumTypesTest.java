package org.symbiose.plugins.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.symbiose.api.content.ItemDraft;

class ForumTypesTest {

    @Test
    void aTopicNeedsATitleAndABody() {
        TopicType topics = new TopicType();
        assertEquals("title", topics.problems(draft(TopicType.KEY, null, "", "Bonjour")).keySet().iterator().next());
        assertEquals("body", topics.problems(draft(TopicType.KEY, null, "Salut", " ")).keySet().iterator().next());
        assertTrue(topics.problems(draft(TopicType.KEY, null, "Salut", "Bonjour")).isEmpty());
    }

    @Test
    void aReplyBelongsToATopic() {
        ReplyType replies = new ReplyType();
        assertEquals("parentId", replies.problems(draft(ReplyType.KEY, null, "", "Oui")).keySet().iterator().next());
        assertTrue(replies.problems(draft(ReplyType.KEY, 1L, "", "Oui")).isEmpty());
    }

    private static ItemDraft draft(String type, Long parent, String title, String body) {
        return new ItemDraft(type, parent, title, body, null, null, null);
    }
}
