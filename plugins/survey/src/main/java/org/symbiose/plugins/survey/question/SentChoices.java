package org.symbiose.plugins.survey.question;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.symbiose.plugins.survey.ProblemCode;
import org.symbiose.plugins.survey.answer.ChoiceAnswer;

/**
 * Reading what a respondent sent to a choice question, in any of the shapes clients find natural:
 * {@code "key"}, {@code ["a", "b"]}, or {@code {"choices": [...], "other": "text"}} (also
 * {@code "choice": "key"}), which is the stored shape. Text in {@code other} means the "other"
 * option was chosen, whether or not its key was sent too.
 */
final class SentChoices {

    /** Longest "other, please say" text. */
    static final int MAX_OTHER = 200;

    private SentChoices() {
    }

    /** The choices, each a known option (or {@code other} when offered), none twice. */
    static AnswerCheck read(Object json, OptionList options, boolean otherOffered) {
        List<?> keys;
        Object other = null;
        switch (json) {
            case String key -> keys = List.of(key);
            case List<?> list -> keys = list;
            case Map<?, ?> map -> {
                Object one = map.get("choice");
                Object choices = one != null ? List.of(one) : map.get("choices");
                if (choices != null && !(choices instanceof List<?>)) {
                    return AnswerCheck.refused(ProblemCode.WRONG_KIND);
                }
                keys = choices == null ? List.of() : (List<?>) choices;
                other = map.get(ChoiceAnswer.OTHER);
            }
            default -> {
                return AnswerCheck.refused(ProblemCode.WRONG_KIND);
            }
        }
        if (other != null && !(other instanceof String)) {
            return AnswerCheck.refused(ProblemCode.WRONG_KIND);
        }
        String otherText = other == null || ((String) other).isBlank() ? null : ((String) other).strip();
        List<String> chosen = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Object key : keys) {
            if (!(key instanceof String k)) {
                return AnswerCheck.refused(ProblemCode.WRONG_KIND);
            }
            if (!options.has(k) && !ChoiceAnswer.OTHER.equals(k)) {
                return AnswerCheck.refused(ProblemCode.UNKNOWN_OPTION, k);
            }
            if (!seen.add(k)) {
                return AnswerCheck.refused(ProblemCode.DUPLICATE_CHOICE, k);
            }
            chosen.add(k);
        }
        if (otherText != null && seen.add(ChoiceAnswer.OTHER)) {
            chosen.add(ChoiceAnswer.OTHER);
        }
        if (chosen.isEmpty()) {
            return AnswerCheck.refused(ProblemCode.WRONG_KIND);
        }
        if (seen.contains(ChoiceAnswer.OTHER)) {
            if (!otherOffered) {
                return AnswerCheck.refused(ProblemCode.OTHER_NOT_OFFERED);
            }
            if (otherText == null) {
                return AnswerCheck.refused(ProblemCode.OTHER_MISSING);
            }
            if (otherText.length() > MAX_OTHER) {
                return AnswerCheck.refused(ProblemCode.TOO_LONG, MAX_OTHER);
            }
        }
        return AnswerCheck.accepted(new ChoiceAnswer(chosen, otherText));
    }

    /** The keys a condition may name: the options, and {@code other} when offered. */
    static Set<String> values(OptionList options, boolean otherOffered) {
        Set<String> values = new LinkedHashSet<>(options.keys());
        if (otherOffered) {
            values.add(ChoiceAnswer.OTHER);
        }
        return values;
    }
}
