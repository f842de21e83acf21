package org.symbiose.plugins.survey.definition;

import java.util.LinkedHashMap;
import java.util.Map;
import org.symbiose.plugins.survey.JsonValues;
import org.symbiose.plugins.survey.MalformedShape;
import org.symbiose.plugins.survey.logic.Condition;

/**
 * Stop taking responses that match {@code when} once {@code limit} of them are in ("200 answers
 * from Lyon"). The condition is the logic's, so a quota can be on any answer or combination.
 * Counting is the storage's: a counter per quota incremented in the response's transaction,
 * which is refused (and rolled back) when it passes the limit, so concurrent responses cannot
 * overfill it.
 *
 * @param id    stable identifier, the counter's key
 * @param when  which responses count
 * @param limit how many are taken, at least 1
 */
public record Quota(String id, Condition when, long limit) {

    /** Whether a response matching it may be taken when {@code counted} are already in. */
    public boolean admitsAfter(long counted) {
        return counted < limit;
    }

    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", id);
        map.put("when", when.toMap());
        map.put("limit", limit);
        return map;
    }

    public static Quota fromMap(Map<String, Object> map, String path) {
        Condition when = Condition.fromMap(JsonValues.map(map, "when", path), JsonValues.at(path, "when"));
        if (when == null) {
            throw new MalformedShape(JsonValues.at(path, "when"), "missing");
        }
        return new Quota(JsonValues.requiredText(map, "id", path), when,
                JsonValues.integer(map, "limit", 0, path));
    }
}
