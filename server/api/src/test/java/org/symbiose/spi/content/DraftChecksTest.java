package org.symbiose.spi.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symbiose.api.content.ItemDraft;

class DraftChecksTest {

    private static ItemDraft draft(Long parentId, String title, String body) {
        return new ItemDraft("test.reply", parentId, title, body, List.of(), Map.of(), null);
    }

    private static Map<String, String> reply(ItemDraft draft) {
        return DraftChecks.of(draft).parent("Needs a topic").body("Needs a text").problems();
    }

    @Test
    void theFirstFailedCheckIsTheOneProblem() {
        assertEquals(Map.of("parentId", "Needs a topic"), reply(draft(null, "", " ")));
        assertEquals(Map.of("body", "Needs a text"), reply(draft(1L, "", " ")));
        assertEquals(Map.of("title", "Needs a title"),
                DraftChecks.of(draft(1L, null, "b")).title("Needs a title").body("Needs a text").problems());
    }

    @Test
    void aDraftThatPassesHasNoProblem() {
        assertEquals(Map.of(), reply(draft(1L, null, "Thanks")));
    }
}
