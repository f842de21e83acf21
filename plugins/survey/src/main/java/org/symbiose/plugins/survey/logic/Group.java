package org.symbiose.plugins.survey.logic;

import java.util.List;
import java.util.Map;
import org.symbiose.plugins.survey.answer.Answer;

/**
 * Conditions joined: "all of" them (and) or "any of" them (or), nested as deep as the builder
 * lets managers go. Stored as {@code {"all": [...]}} or {@code {"any": [...]}}. An empty "all"
 * holds and an empty "any" does not, as in logic; the save-time check refuses both anyway.
 *
 * @param all        whether each must hold (and), else one is enough (or)
 * @param conditions the joined conditions
 */
public record Group(boolean all, List<Condition> conditions) implements Condition {

    static final String ALL = "all";
    static final String ANY = "any";

    public Group {
        conditions = List.copyOf(conditions);
    }

    public static Group allOf(Condition... conditions) {
        return new Group(true, List.of(conditions));
    }

    public static Group anyOf(Condition... conditions) {
        return new Group(false, List.of(conditions));
    }

    @Override
    public boolean holdsFor(Map<String, Answer> answers) {
        return all ? conditions.stream().allMatch(c -> c.holdsFor(answers))
                : conditions.stream().anyMatch(c -> c.holdsFor(answers));
    }

    @Override
    public List<Comparison> comparisons() {
        return conditions.stream().flatMap(c -> c.comparisons().stream()).toList();
    }

    @Override
    public Map<String, Object> toMap() {
        return Map.of(all ? ALL : ANY, conditions.stream().map(Condition::toMap).toList());
    }
}
