package org.symbiose.plugins.survey.result;

import java.util.HashMap;
import java.util.Map;
import org.symbiose.plugins.survey.answer.Answer;
import org.symbiose.plugins.survey.answer.ChoiceAnswer;
import org.symbiose.plugins.survey.answer.DateAnswer;
import org.symbiose.plugins.survey.answer.MatrixAnswer;
import org.symbiose.plugins.survey.answer.NumberAnswer;
import org.symbiose.plugins.survey.answer.RankingAnswer;
import org.symbiose.plugins.survey.answer.TextAnswer;
import org.symbiose.plugins.survey.answer.YesNoAnswer;
import org.symbiose.plugins.survey.definition.Survey;
import org.symbiose.plugins.survey.question.NumberRange;
import org.symbiose.plugins.survey.question.Question;

/**
 * The counters one response adds to its survey's {@link Tally}. Per answered question
 * {@code q:answered}, and by the answer's kind:
 * <ul>
 * <li>choices: {@code q:<option>} for each chosen (with {@code q:other});</li>
 * <li>yes/no: {@code q:yes} or {@code q:no};</li>
 * <li>rating and NPS: {@code q:<point>};</li>
 * <li>number: {@code q:sum}, the values' sum in ten-thousandths ({@link #SUM_SCALE}), exact since
 * numbers have at most 4 decimals and at most 10^9; one scale for every question, so that a
 * manager changing a question's decimals does not change what its counter means;</li>
 * <li>date: {@code q:<yyyy-mm-dd>};</li>
 * <li>matrix: {@code q:<row>:<column>}; ranking: {@code q:<option>:<rank>};</li>
 * <li>text: nothing more, texts are read in the export.</li>
 * </ul>
 * Ids and keys hold no colon, so keys never clash.
 */
public final class TallyDeltas {

    public static final String ANSWERED = "answered";
    public static final String SUM = "sum";
    /** The decimals of {@code q:sum}: every number question's most. */
    public static final int SUM_SCALE = NumberRange.MAX_DECIMALS;

    private TallyDeltas() {
    }

    /** What a response with {@code answers} adds; {@link #negated} of it takes a deleted one away. */
    public static Map<String, Long> of(Survey survey, Map<String, Answer> answers) {
        Map<String, Long> deltas = new HashMap<>();
        deltas.put(Tally.RESPONSES, 1L);
        for (Question question : survey.questions()) {
            Answer answer = answers.get(question.id());
            if (answer == null) {
                continue;
            }
            String id = question.id();
            add(deltas, key(id, ANSWERED), 1);
            switch (answer) {
                case ChoiceAnswer choice -> choice.choices().forEach(c -> add(deltas, key(id, c), 1));
                case YesNoAnswer yesNo -> add(deltas, key(id, yesNo.key()), 1);
                case NumberAnswer number when question.format() instanceof NumberRange ->
                    add(deltas, key(id, SUM), number.value().movePointRight(SUM_SCALE).longValueExact());
                case NumberAnswer point -> add(deltas, key(id, point.value().toPlainString()), 1);
                case DateAnswer date -> add(deltas, key(id, date.date().toString()), 1);
                case MatrixAnswer matrix -> matrix.rows().forEach((row, column) -> add(deltas, key(id, row, column), 1));
                case RankingAnswer ranking -> ranking.order().forEach(
                        option -> add(deltas, key(id, option, Integer.toString(ranking.rankOf(option))), 1));
                case TextAnswer text -> {
                    // counted as answered only
                }
            }
        }
        return deltas;
    }

    /** The deltas taken away, for a response deleted. */
    public static Map<String, Long> negated(Map<String, Long> deltas) {
        Map<String, Long> negated = new HashMap<>();
        deltas.forEach((key, delta) -> negated.put(key, -delta));
        return negated;
    }

    /** The counter key of a question's bucket, its parts joined by colons. */
    public static String key(String questionId, String... bucket) {
        return questionId + ":" + String.join(":", bucket);
    }

    private static void add(Map<String, Long> deltas, String key, long delta) {
        deltas.merge(key, delta, Long::sum);
    }
}
