package org.symbiose.plugins.survey.question;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.symbiose.plugins.survey.JsonValues;
import org.symbiose.plugins.survey.ProblemCode;
import org.symbiose.plugins.survey.SurveyProblem;
import org.symbiose.plugins.survey.answer.ChoiceAnswer;

/**
 * The options of a question in the order the manager set, and whether respondents see them
 * shuffled (to spread the bias towards the first ones).
 *
 * @param options    in the manager's order, which results and exports keep
 * @param randomized whether each respondent sees them in an order of their own
 */
public record OptionList(List<Option> options, boolean randomized) {

    public OptionList {
        options = List.copyOf(options);
    }

    public List<String> keys() {
        return options.stream().map(Option::key).toList();
    }

    public boolean has(String key) {
        return options.stream().anyMatch(o -> o.key().equals(key));
    }

    /**
     * The order one respondent sees: the manager's, or when randomized a shuffle seeded by
     * {@code seed} (say, the response's id), so it stays the same across their page loads.
     */
    public List<Option> shownTo(long seed) {
        if (!randomized) {
            return options;
        }
        List<Option> shuffled = new ArrayList<>(options);
        Collections.shuffle(shuffled, new Random(seed));
        return shuffled;
    }

    /**
     * Bad settings on {@code field}: fewer than {@code least} options, keys that are malformed,
     * repeated or the reserved {@code other}, labels missing in a declared language.
     */
    public List<SurveyProblem> problems(String field, int least, List<String> languages) {
        List<SurveyProblem> problems = new ArrayList<>();
        if (options.size() < least) {
            problems.add(SurveyProblem.of(field, ProblemCode.TOO_FEW_OPTIONS, least));
        }
        Set<String> seen = new HashSet<>();
        for (Option option : options) {
            if (!Option.KEY.matcher(option.key()).matches() || ChoiceAnswer.OTHER.equals(option.key())) {
                problems.add(SurveyProblem.of(field, ProblemCode.BAD_ID, option.key()));
            } else if (!seen.add(option.key())) {
                problems.add(SurveyProblem.of(field, ProblemCode.DUPLICATE_OPTION, option.key()));
            }
            problems.addAll(option.label().problemsIn(languages, field + "." + option.key()));
        }
        return problems;
    }

    /** Its options as stored: {@code [{key, label}]}. */
    public List<Map<String, Object>> toMaps() {
        return options.stream().map(Option::toMap).toList();
    }

    /** Stores the options under {@code name} in {@code map}, and the {@code randomized} flag beside them. */
    public void putInto(Map<String, Object> map, String name) {
        map.put(name, toMaps());
        map.put("randomized", randomized);
    }

    /** The options stored in {@code map} under {@code name}, with the {@code randomized} flag beside them. */
    public static OptionList fromMap(Map<String, Object> map, String name, String path) {
        List<Map<String, Object>> stored = JsonValues.maps(map, name, path);
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            options.add(Option.fromMap(stored.get(i), JsonValues.at(path, name) + "[" + i + "]"));
        }
        return new OptionList(options, JsonValues.flag(map, "randomized", path));
    }
}
