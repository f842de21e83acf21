package org.symbiose.plugins.survey.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.symbiose.plugins.survey.ProblemCode;
import org.symbiose.plugins.survey.SurveyProblem;
import org.symbiose.plugins.survey.question.AnswerFormat;
import org.symbiose.plugins.survey.question.ChoiceFormat;
import org.symbiose.plugins.survey.question.Matrix;
import org.symbiose.plugins.survey.question.Question;
import org.symbiose.plugins.survey.question.Ranking;
import org.symbiose.plugins.survey.question.RatingScale;

/**
 * What a builder change may not do once responses are in: remove a question, change its type,
 * or remove an option, row, column or rating point, since stored answers, counters and exports
 * name them. The rest (rewording, new questions and options, tighter limits, new logic that passes
 * {@link DefinitionCheck}) may change: stored responses are read back without being checked again
 * ({@code response.StoredAnswer}), and logic and limits apply to responses taken from then on.
 */
public final class DefinitionChange {

    private DefinitionChange() {
    }

    /** The problems of replacing {@code before}, which has responses, with {@code after}. */
    public static List<SurveyProblem> problems(Survey before, Survey after) {
        List<SurveyProblem> problems = new ArrayList<>();
        for (Question old : before.questions()) {
            Optional<Question> now = after.question(old.id());
            if (now.isEmpty()) {
                problems.add(SurveyProblem.of(old.id(), ProblemCode.QUESTION_REMOVED, old.id()));
            } else if (now.get().type() != old.type()) {
                problems.add(SurveyProblem.of(old.id(), ProblemCode.TYPE_CHANGED, old.id(), old.type().key()));
            } else {
                List<String> kept = keys(now.get().format());
                keys(old.format()).stream().filter(k -> !kept.contains(k)).forEach(k -> problems.add(
                        SurveyProblem.of(old.id(), ProblemCode.OPTION_REMOVED, old.id(), k)));
            }
        }
        return problems;
    }

    /** The keys answers of {@code format} may hold. */
    private static List<String> keys(AnswerFormat format) {
        return switch (format) {
            case ChoiceFormat choice -> new ArrayList<>(choice.values());
            case Ranking ranking -> ranking.options().keys();
            case Matrix matrix -> {
                List<String> keys = new ArrayList<>(matrix.rows().keys());
                keys.addAll(matrix.columnKeys());
                yield keys;
            }
            case RatingScale rating -> IntStream.rangeClosed(1, rating.points()).mapToObj(Integer::toString).toList();
            default -> List.of();
        };
    }
}
