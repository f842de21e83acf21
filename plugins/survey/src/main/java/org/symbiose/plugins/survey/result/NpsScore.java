package org.symbiose.plugins.survey.result;

import java.math.BigDecimal;
import java.util.stream.IntStream;

/**
 * The Net Promoter Score of a 0–10 question: the percentage of promoters (9–10) minus the
 * percentage of detractors (0–6), passives (7–8) counting only in the total. From −100 to 100.
 *
 * @param promoters  answers of 9 or 10
 * @param passives   answers of 7 or 8
 * @param detractors answers of 0 to 6
 */
public record NpsScore(long promoters, long passives, long detractors) {

    public static NpsScore of(Tally tally, String questionId) {
        return new NpsScore(sum(tally, questionId, 9, 10), sum(tally, questionId, 7, 8), sum(tally, questionId, 0, 6));
    }

    private static long sum(Tally tally, String questionId, int from, int to) {
        return IntStream.rangeClosed(from, to).mapToLong(p -> tally.count(questionId, Integer.toString(p))).sum();
    }

    public long total() {
        return promoters + passives + detractors;
    }

    public BigDecimal promotersPercent() {
        return Percent.of(promoters, total());
    }

    public BigDecimal passivesPercent() {
        return Percent.of(passives, total());
    }

    public BigDecimal detractorsPercent() {
        return Percent.of(detractors, total());
    }

    /**
     * The score, one decimal, computed from the counts rather than from the rounded
     * percentages, so that rounding happens once.
     */
    public BigDecimal score() {
        return Percent.of(promoters - detractors, total());
    }
}
