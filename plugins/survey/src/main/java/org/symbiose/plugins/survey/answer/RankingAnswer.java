package org.symbiose.plugins.survey.answer;

import java.util.List;

/**
 * Every option of a ranking question, most preferred first.
 *
 * @param order the option keys; the first is rank 1
 */
public record RankingAnswer(List<String> order) implements Answer {

    public RankingAnswer {
        order = List.copyOf(order);
    }

    /** The rank of {@code key}, from 1; 0 when it is not ranked (an option added since). */
    public int rankOf(String key) {
        return order.indexOf(key) + 1;
    }

    @Override
    public Object toJson() {
        return order;
    }
}
