package org.symbiose.plugins.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.symbiose.plugins.survey.definition.Quota;
import org.symbiose.plugins.survey.definition.Survey;
import org.symbiose.plugins.survey.definition.SurveyPage;
import org.symbiose.plugins.survey.logic.Comparison;
import org.symbiose.plugins.survey.logic.Condition;
import org.symbiose.plugins.survey.logic.Group;
import org.symbiose.plugins.survey.logic.Operator;
import org.symbiose.plugins.survey.question.AnswerFormat;
import org.symbiose.plugins.survey.question.ChoiceDisplay;
import org.symbiose.plugins.survey.question.DateRange;
import org.symbiose.plugins.survey.question.FreeText;
import org.symbiose.plugins.survey.question.Matrix;
import org.symbiose.plugins.survey.question.MultipleChoice;
import org.symbiose.plugins.survey.question.NetPromoter;
import org.symbiose.plugins.survey.question.NumberRange;
import org.symbiose.plugins.survey.question.Option;
import org.symbiose.plugins.survey.question.OptionList;
import org.symbiose.plugins.survey.question.Question;
import org.symbiose.plugins.survey.question.QuestionType;
import org.symbiose.plugins.survey.question.Ranking;
import org.symbiose.plugins.survey.question.RatingScale;
import org.symbiose.plugins.survey.question.SingleChoice;
import org.symbiose.plugins.survey.question.YesNo;

/**
 * A survey with every question type, in French and English, with page and question logic and a
 * quota: what most tests check against.
 *
 * <pre>
 * p1: role (single, other), tools (multiple 1–2, other), remote (yes/no, required)
 * p2, shown if remote = yes: days (number 0–5, 1 decimal), since (date), comfort (rating 5)
 * p3: nps (required), why (long text, shown if nps &gt; 8 or role = pm), nick (short, 20),
 *     grid (matrix speed, quality × bad, ok, good), rank (a, b, c)
 * quota pms: 2 responses with role = pm
 * </pre>
 */
public final class SampleSurvey {

    private SampleSurvey() {
    }

    public static Survey survey() {
        return new Survey(List.of("fr", "en"), new Bilingual("Team survey", "Sondage d'équipe"), Bilingual.none(),
                List.of(page("p1", null,
                        question("role", true, null, new SingleChoice(options("dev", "design", "pm"), ChoiceDisplay.RADIO,
                                true)),
                        question("tools", false, null, new MultipleChoice(options("git", "ide", "ci", "docs"), true, 1, 2)),
                        question("remote", true, null, new YesNo())),
                        page("p2", Comparison.of("remote", Operator.EQUALS, "yes"),
                                question("days", false, null, new NumberRange(BigDecimal.ZERO, BigDecimal.valueOf(5), 1)),
                                question("since", false, null,
                                        new DateRange(LocalDate.of(2000, 1, 1), LocalDate.of(2030, 12, 31))),
                                question("comfort", false, null,
                                        new RatingScale(5, new Bilingual("Poor", "Mauvais"), Bilingual.none()))),
                        page("p3", null,
                                question("nps", true, null, new NetPromoter()),
                                question("why", false, Group.anyOf(Comparison.of("nps", Operator.GREATER_THAN, "8"),
                                        Comparison.of("role", Operator.EQUALS, "pm")),
                                        new FreeText(QuestionType.LONG_TEXT, FreeText.MAX_LONG)),
                                question("nick", false, null, new FreeText(QuestionType.SHORT_TEXT, 20)),
                                question("grid", false, null, new Matrix(options("speed", "quality"),
                                        options("bad", "ok", "good").options())),
                                question("rank", false, null, new Ranking(options("a", "b", "c"))))),
                List.of(new Quota("pms", Comparison.of("role", Operator.EQUALS, "pm"), 2)));
    }

    /** What a remote promoter sends, every question answered: a mutable map tests change. */
    public static Map<String, Object> fullAnswers() {
        Map<String, Object> sent = new HashMap<>();
        sent.put("role", "dev");
        sent.put("tools", List.of("git", "ci"));
        sent.put("remote", true);
        sent.put("days", 2.5);
        sent.put("since", "2021-09-01");
        sent.put("comfort", 4);
        sent.put("nps", 9);
        sent.put("why", "Because, \"mostly\"\nthe people");
        sent.put("nick", "=HYPERLINK(\"x\")");
        sent.put("grid", Map.of("speed", "ok", "quality", "good"));
        sent.put("rank", List.of("b", "a", "c"));
        return sent;
    }

    public static SurveyPage page(String id, Condition showIf, Question... questions) {
        return new SurveyPage(id, Bilingual.none(), showIf, List.of(questions));
    }

    public static Question question(String id, boolean required, Condition showIf, AnswerFormat format) {
        return new Question(id, new Bilingual("Question " + id, "Question " + id), Bilingual.none(), required, showIf,
                format);
    }

    /** Options whose labels are their keys, upper-cased in English. */
    public static OptionList options(String... keys) {
        return new OptionList(Arrays.stream(keys)
                .map(k -> new Option(k, new Bilingual(k.toUpperCase(), k))).toList(), false);
    }

    /** A one-page survey of these questions, in both languages. */
    public static Survey of(Question... questions) {
        return new Survey(List.of("fr", "en"), Bilingual.both("S"), Bilingual.none(),
                List.of(page("p1", null, questions)), List.of());
    }
}
