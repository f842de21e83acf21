package org.symbiose.plugins.survey.result;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.symbiose.plugins.survey.definition.Survey;
import org.symbiose.plugins.survey.logic.Condition;
import org.symbiose.plugins.survey.response.Response;

/**
 * A survey's results as plain counters: {@value #RESPONSES}, and per question
 * {@code <question>:answered} and {@code <question>:<bucket>} (see {@link TallyDeltas} for the
 * buckets). Counters only, so that a response's contribution is a set of increments: stored in
 * the platform's counters ({@code PluginData.incrementAllWithin}, one transaction with the
 * response), results are kept as responses arrive, never recomputed, and stay right when
 * responses arrive at once on several nodes; and two tallies (of two nodes, of two periods) add up.
 *
 * @param counts counter key to count; absent means 0
 */
public record Tally(Map<String, Long> counts) {

    /** The counter of all responses taken. */
    public static final String RESPONSES = "responses";

    public Tally {
        counts = Map.copyOf(counts);
    }

    public static Tally empty() {
        return new Tally(Map.of());
    }

    /** This tally with {@code deltas} added (a response's {@link TallyDeltas}, or their negation). */
    public Tally plus(Map<String, Long> deltas) {
        Map<String, Long> sum = new HashMap<>(counts);
        deltas.forEach((key, delta) -> sum.merge(key, delta, Long::sum));
        sum.values().removeIf(count -> count == 0);
        return new Tally(sum);
    }

    /** Both tallies added up. */
    public Tally merge(Tally other) {
        return plus(other.counts);
    }

    /**
     * The tally counted again from stored responses: what a filter by answer needs (only the
     * responses {@code filter} holds for; null for all), and a check of the kept counters.
     */
    public static Tally recount(Survey survey, Collection<Response> responses, Condition filter) {
        Tally tally = empty();
        for (Response response : responses) {
            if (filter == null || filter.holdsFor(response.answers())) {
                tally = tally.plus(TallyDeltas.of(survey, response.answers()));
            }
        }
        return tally;
    }

    public long count(String key) {
        return counts.getOrDefault(key, 0L);
    }

    /** The counter {@code bucket} of question {@code questionId}. */
    public long count(String questionId, String bucket) {
        return count(TallyDeltas.key(questionId, bucket));
    }

    public long responses() {
        return count(RESPONSES);
    }

    /** How many responses answer {@code questionId}: the base of its percentages. */
    public long answered(String questionId) {
        return count(questionId, TallyDeltas.ANSWERED);
    }
}
