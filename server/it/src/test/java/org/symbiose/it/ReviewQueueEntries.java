package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * Finds an item's open entry in the review queue, page by page (other tests leave entries there),
 * and decides it.
 */
final class ReviewQueueEntries {

    private static final int PAGE = 200;

    private ReviewQueueEntries() {
    }

    static JsonObject openFor(Api moderator, long item) {
        for (int offset = 0; offset < 10_000; offset += PAGE) {
            Reply queue = moderator.get("api/v1/moderation/queue?limit=" + PAGE + "&offset=" + offset);
            assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
            List<JsonObject> entries = queue.items().getValuesAs(JsonObject.class);
            for (JsonObject entry : entries) {
                if (entry.getJsonNumber("itemId").longValue() == item) {
                    return entry;
                }
            }
            if (entries.size() < PAGE) {
                break;
            }
        }
        throw new AssertionError("item " + item + " is not in the review queue");
    }

    /**
     * Decides {@code entry} at the version read, expecting 200: {@code fields} are the decision's
     * JSON fields but the version, e.g. {@code "decision":"APPROVE"}.
     */
    static Reply decide(Api moderator, JsonObject entry, String fields) {
        Reply decided = moderator.put("api/v1/moderation/queue/" + entry.getJsonNumber("id"),
                "{" + fields + ",\"version\":" + entry.getJsonNumber("version") + "}");
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        return decided;
    }
}
