package org.symbiose.plugins.survey.result;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.symbiose.plugins.survey.answer.YesNoAnswer;
import org.symbiose.plugins.survey.definition.Survey;
import org.symbiose.plugins.survey.question.ChoiceFormat;
import org.symbiose.plugins.survey.question.Matrix;
import org.symbiose.plugins.survey.question.NetPromoter;
import org.symbiose.plugins.survey.question.NumberRange;
import org.symbiose.plugins.survey.question.Question;
import org.symbiose.plugins.survey.question.Ranking;
import org.symbiose.plugins.survey.question.RatingScale;
import org.symbiose.plugins.survey.question.YesNo;

/**
 * The counters of a survey's {@link Tally} that its charts read, from its definition: the
 * platform reads counters by key, so the keys are named rather than listed. Dates' per-day
 * counters are not among them: no chart reads them yet, and their days are not known in advance.
 */
public final class TallyKeys {

    private TallyKeys() {
    }

    public static List<String> of(Survey survey) {
        List<String> keys = new ArrayList<>();
        keys.add(Tally.RESPONSES);
        for (Question question : survey.questions()) {
            String id = question.id();
            keys.add(TallyDeltas.key(id, TallyDeltas.ANSWERED));
            switch (question.format()) {
                case ChoiceFormat choice -> choice.values().forEach(v -> keys.add(TallyDeltas.key(id, v)));
                case YesNo yesNo -> List.of(YesNoAnswer.YES, YesNoAnswer.NO).forEach(v -> keys.add(TallyDeltas.key(id, v)));
                case RatingScale rating -> IntStream.rangeClosed(1, rating.points())
                        .forEach(p -> keys.add(TallyDeltas.key(id, Integer.toString(p))));
                case NetPromoter nps -> IntStream.rangeClosed(NetPromoter.LOWEST, NetPromoter.HIGHEST)
                        .forEach(p -> keys.add(TallyDeltas.key(id, Integer.toString(p))));
                case NumberRange number -> keys.add(TallyDeltas.key(id, TallyDeltas.SUM));
                case Matrix matrix -> matrix.rows().keys().forEach(row -> matrix.columnKeys()
                        .forEach(column -> keys.add(TallyDeltas.key(id, row, column))));
                case Ranking ranking -> {
                    List<String> options = ranking.options().keys();
                    options.forEach(option -> IntStream.rangeClosed(1, options.size())
                            .forEach(rank -> keys.add(TallyDeltas.key(id, option, Integer.toString(rank)))));
                }
                default -> {
                    // texts and dates: answered only
                }
            }
        }
        return keys;
    }
}
