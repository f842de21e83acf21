package org.symbiose.plugins.survey.result;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.symbiose.plugins.survey.answer.YesNoAnswer;
import org.symbiose.plugins.survey.question.ChoiceFormat;
import org.symbiose.plugins.survey.question.NetPromoter;
import org.symbiose.plugins.survey.question.Question;
import org.symbiose.plugins.survey.question.RatingScale;
import org.symbiose.plugins.survey.question.YesNo;

/**
 * One bar or slice of a question's chart: how many answers chose {@code key}, and their percentage
 * of the question's answers. For a multiple choice the percentages are of respondents, so they
 * may add up past 100.
 *
 * @param key     the option, {@code yes}/{@code no}, or scale point
 * @param count   how many
 * @param percent of those who answered the question, one decimal
 */
public record Share(String key, long count, BigDecimal percent) {

    /**
     * The shares of a question with a fixed set of answers, in the question's order (options, yes
     * then no, scale points); empty for the other types, which have their own summaries.
     */
    public static List<Share> of(Tally tally, Question question) {
        List<String> keys = switch (question.format()) {
            case ChoiceFormat choice -> new ArrayList<>(choice.values());
            case RatingScale rating -> points(1, rating.points());
            case NetPromoter nps -> points(NetPromoter.LOWEST, NetPromoter.HIGHEST);
            case YesNo yesNo -> List.of(YesNoAnswer.YES, YesNoAnswer.NO);
            default -> List.of();
        };
        long answered = tally.answered(question.id());
        return keys.stream().map(key -> {
            long count = tally.count(question.id(), key);
            return new Share(key, count, Percent.of(count, answered));
        }).toList();
    }

    private static List<String> points(int lowest, int highest) {
        return IntStream.rangeClosed(lowest, highest).mapToObj(Integer::toString).toList();
    }
}
