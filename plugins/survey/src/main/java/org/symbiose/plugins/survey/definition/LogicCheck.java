package org.symbiose.plugins.survey.definition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.symbiose.plugins.survey.ProblemCode;
import org.symbiose.plugins.survey.SurveyProblem;
import org.symbiose.plugins.survey.logic.Comparison;
import org.symbiose.plugins.survey.logic.Condition;
import org.symbiose.plugins.survey.logic.Group;
import org.symbiose.plugins.survey.question.AnswerFormat;
import org.symbiose.plugins.survey.question.Question;
import org.symbiose.plugins.survey.question.QuestionType;

/**
 * The survey's logic checked when it is saved, so that respondents never meet a condition that
 * cannot be decided: every condition reads questions that exist and come before what it shows
 * (a page's, questions of earlier pages), with an operator and values that fit their type.
 * Visibility can then be decided in one pass in order ({@code response.Visibility}).
 *
 * <p>A cycle (q1 shown if q2, q2 shown if q1; or a page shown if one of its own questions) is
 * reported as such, with its path, rather than as the forward reference it also contains: that
 * is the manager's actual mistake.
 */
public final class LogicCheck {

    private final Survey survey;
    /** Each page and question to what its visibility depends on: the questions its condition reads, and its page. */
    private final Map<String, List<String>> dependsOn = new LinkedHashMap<>();

    private LogicCheck(Survey survey) {
        this.survey = survey;
        for (SurveyPage page : survey.pages()) {
            dependsOn.put(page.id(), reads(page.showIf()));
            for (Question question : page.questions()) {
                List<String> on = new ArrayList<>(reads(question.showIf()));
                on.add(page.id());
                dependsOn.put(question.id(), on);
            }
        }
    }

    /** Every problem of the survey's conditions and quotas' conditions. */
    public static List<SurveyProblem> problems(Survey survey) {
        return new LogicCheck(survey).problems();
    }

    private List<SurveyProblem> problems() {
        List<SurveyProblem> problems = new ArrayList<>();
        Set<String> inCycles = new HashSet<>();
        for (String start : dependsOn.keySet()) {
            if (!inCycles.contains(start)) {
                cycleFrom(start).ifPresent(cycle -> {
                    inCycles.addAll(cycle);
                    problems.add(SurveyProblem.of(start, ProblemCode.LOGIC_CYCLE, String.join(" → ", cycle)));
                });
            }
        }
        for (int p = 0; p < survey.pages().size(); p++) {
            SurveyPage page = survey.pages().get(p);
            int pageIndex = p;
            check(page.id(), page.showIf(), inCycles, ref -> survey.pageOf(ref) < pageIndex, problems);
            for (Question question : page.questions()) {
                int position = survey.position(question.id());
                check(question.id(), question.showIf(), inCycles, ref -> survey.position(ref) < position, problems);
            }
        }
        for (Quota quota : survey.quotas()) {
            check(quota.id(), quota.when(), inCycles, ref -> true, problems);
        }
        return problems;
    }

    private void check(String field, Condition condition, Set<String> inCycles,
            Predicate<String> earlier, List<SurveyProblem> problems) {
        if (condition == null) {
            return;
        }
        emptyGroups(field, condition, problems);
        for (Comparison comparison : condition.comparisons()) {
            Optional<Question> read = survey.question(comparison.questionId());
            if (read.isEmpty()) {
                problems.add(SurveyProblem.of(field, ProblemCode.CONDITION_UNKNOWN_QUESTION, comparison.questionId()));
                continue;
            }
            if (!inCycles.contains(field) && !earlier.test(comparison.questionId())) {
                problems.add(SurveyProblem.of(field, ProblemCode.FORWARD_REFERENCE, field, comparison.questionId()));
            }
            fit(field, comparison, read.get().format(), problems);
        }
    }

    private static void emptyGroups(String field, Condition condition, List<SurveyProblem> problems) {
        if (condition instanceof Group group) {
            if (group.conditions().isEmpty()) {
                problems.add(SurveyProblem.of(field, ProblemCode.EMPTY_CONDITION));
            }
            group.conditions().forEach(c -> emptyGroups(field, c, problems));
        }
    }

    /** Whether the operator means something for the type, with values of the right number and kind. */
    private static void fit(String field, Comparison comparison, AnswerFormat format, List<SurveyProblem> problems) {
        QuestionType type = format.type();
        boolean comparable = type == QuestionType.NUMBER || type == QuestionType.RATING || type == QuestionType.NPS
                || type == QuestionType.DATE;
        boolean fits = switch (comparison.operator()) {
            case ANSWERED -> true;
            case EQUALS, AMONG -> type != QuestionType.MATRIX && type != QuestionType.RANKING;
            case GREATER_THAN -> comparable;
        };
        if (!fits) {
            problems.add(SurveyProblem.of(field, ProblemCode.OPERATOR_UNFIT, comparison.operator().key(),
                    comparison.questionId(), type.key()));
            return;
        }
        int count = comparison.values().size();
        boolean rightCount = switch (comparison.operator()) {
            case ANSWERED -> count == 0;
            case EQUALS, GREATER_THAN -> count == 1;
            case AMONG -> count >= 1;
        };
        if (!rightCount) {
            problems.add(SurveyProblem.of(field, ProblemCode.CONDITION_BAD_VALUE, comparison.questionId(),
                    String.join(", ", comparison.values())));
            return;
        }
        comparison.values().stream().filter(v -> !means(v, format)).findFirst().ifPresent(v -> problems.add(
                SurveyProblem.of(field, ProblemCode.CONDITION_BAD_VALUE, comparison.questionId(), v)));
    }

    private static boolean means(String value, AnswerFormat format) {
        if (!format.values().isEmpty()) {
            return format.values().contains(value);
        }
        try {
            switch (format.type()) {
                case NUMBER, RATING, NPS -> new BigDecimal(value);
                case DATE -> LocalDate.parse(value);
                default -> {
                    // texts compare with any text
                }
            }
            return true;
        } catch (NumberFormatException | DateTimeParseException e) {
            return false;
        }
    }

    private static List<String> reads(Condition condition) {
        return condition == null ? List.of()
                : condition.comparisons().stream().map(Comparison::questionId).distinct().toList();
    }

    /** A path back to {@code start} through what it depends on ({@code start → … → start}), if there is one. */
    private Optional<List<String>> cycleFrom(String start) {
        List<String> path = new ArrayList<>();
        path.add(start);
        return walk(start, start, path, new HashSet<>());
    }

    private Optional<List<String>> walk(String start, String at, List<String> path, Set<String> visited) {
        for (String next : dependsOn.getOrDefault(at, List.of())) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(start);
                return Optional.of(cycle);
            }
            if (dependsOn.containsKey(next) && visited.add(next)) {
                path.add(next);
                Optional<List<String>> found = walk(start, next, path, visited);
                if (found.isPresent()) {
                    return found;
                }
                path.remove(path.size() - 1);
            }
        }
        return Optional.empty();
    }
}
