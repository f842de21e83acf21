package org.symbiose.plugins.survey.logic;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.symbiose.plugins.survey.answer.Answer;

/** Holds when one of its conditions holds (or). */
public record AnyOf(List<Condition> conditions) implements Condition {

    public AnyOf {
        conditions = List.copyOf(conditions);
    }

    public static AnyOf of(Condition... conditions) {
        return new AnyOf(List.of(conditions));
    }

    @Override
    public boolean holdsFor(Map<String, Answer> answers) {
        return conditions.stream().anyMatch(c -> c.holdsFor(answers));
    }

    @Override
    public Set<String> questions() {
        return conditions.stream().flatMap(c -> c.questions().stream()).collect(Collectors.toSet());
    }

    @Override
    public List<Comparison> comparisons() {
        return conditions.stream().flatMap(c -> c.comparisons().stream()).toList();
    }

    @Override
    public Map<String, Object> toMap() {
        return Map.of("any", conditions.stream().map(Condition::toMap).toList());
    }
}
