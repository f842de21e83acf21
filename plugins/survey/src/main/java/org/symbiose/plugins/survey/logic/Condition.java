package org.symbiose.plugins.survey.logic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.symbiose.plugins.survey.DashedName;
import org.symbiose.plugins.survey.JsonValues;
import org.symbiose.plugins.survey.MalformedShape;
import org.symbiose.plugins.survey.answer.Answer;

/**
 * When a question or a page is shown: a tree of comparisons on earlier answers joined by "all
 * of" (and) and "any of" (or). Stored as {@code {"question": "q1", "operator": "equals",
 * "values": ["yes"]}}, {@code {"all": [...]}} or {@code {"any": [...]}}.
 */
public sealed interface Condition permits Comparison, Group {

    /**
     * Whether it holds for {@code answers} (question id to answer). An answer that is absent,
     * because the question was skipped or hidden, makes every comparison on it false, "answered" included:
     * so hiding a question also hides what depends on it.
     */
    boolean holdsFor(Map<String, Answer> answers);

    /** The questions it reads. */
    default Set<String> questions() {
        return comparisons().stream().map(Comparison::questionId).collect(Collectors.toSet());
    }

    /** Every comparison in it, depth first. */
    List<Comparison> comparisons();

    Map<String, Object> toMap();

    /** The condition stored as {@link #toMap()}, or null for null (always shown). */
    static Condition fromMap(Map<String, Object> map, String path) {
        if (map == null) {
            return null;
        }
        if (map.containsKey(Group.ALL)) {
            return new Group(true, children(map, Group.ALL, path));
        }
        if (map.containsKey(Group.ANY)) {
            return new Group(false, children(map, Group.ANY, path));
        }
        if (!map.containsKey("question")) {
            throw new MalformedShape(path, "a condition has question and operator, or all, or any");
        }
        return new Comparison(JsonValues.requiredText(map, "question", path),
                DashedName.of(Operator.class, JsonValues.requiredText(map, "operator", path),
                        JsonValues.at(path, "operator")),
                JsonValues.texts(map, "values", path));
    }

    private static List<Condition> children(Map<String, Object> map, String name, String path) {
        List<Map<String, Object>> stored = JsonValues.maps(map, name, path);
        List<Condition> children = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            children.add(fromMap(stored.get(i), JsonValues.at(path, name) + "[" + i + "]"));
        }
        return children;
    }
}
