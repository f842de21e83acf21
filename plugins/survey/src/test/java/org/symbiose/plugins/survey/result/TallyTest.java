package org.symbiose.plugins.survey.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.symbiose.plugins.survey.SampleSurvey;
import org.symbiose.plugins.survey.answer.MatrixAnswer;
import org.symbiose.plugins.survey.answer.NumberAnswer;
import org.symbiose.plugins.survey.definition.Survey;
import org.symbiose.plugins.survey.logic.Comparison;
import org.symbiose.plugins.survey.logic.Operator;
import org.symbiose.plugins.survey.response.Response;

class TallyTest {

    private final Survey survey = SampleSurvey.survey();
    private final List<Response> responses = RandomResponses.of(300, 7);

    @Test
    void addingResponsesOneByOneEqualsCountingThemAllAgain() {
        Tally kept = Tally.empty();
        for (Response response : responses) {
            kept = kept.plus(TallyDeltas.of(survey, response.answers()));
        }
        assertEquals(Tally.recount(survey, responses, null), kept);
        assertEquals(300, kept.responses());
        assertEquals(300, kept.answered("nps"));
    }

    @Test
    void talliesOfTwoHalvesMergeIntoTheWhole() {
        Tally first = Tally.recount(survey, responses.subList(0, 120), null);
        Tally second = Tally.recount(survey, responses.subList(120, 300), null);
        assertEquals(Tally.recount(survey, responses, null), first.merge(second));
    }

    @Test
    void aDeletedResponseIsTakenAwayExactly() {
        Tally all = Tally.recount(survey, responses, null);
        Tally without = all.plus(TallyDeltas.negated(TallyDeltas.of(survey, responses.get(5).answers())));
        List<Response> rest = new ArrayList<>(responses);
        rest.remove(5);
        assertEquals(Tally.recount(survey, rest, null), without);
    }

    @Test
    void concurrentIncrementsAddUpLikeTheStoresCounters() {
        Map<String, Long> counters = new ConcurrentHashMap<>();
        IntStream.range(0, responses.size()).parallel().forEach(i -> TallyDeltas.of(survey, responses.get(i).answers())
                .forEach((key, delta) -> counters.merge(key, delta, Long::sum)));
        assertEquals(Tally.recount(survey, responses, null), new Tally(counters));
    }

    @Test
    void aFilterCountsOnlyTheResponsesItHoldsFor() {
        Tally pms = Tally.recount(survey, responses, Comparison.of("role", Operator.EQUALS, "pm"));
        Tally all = Tally.recount(survey, responses, null);
        assertEquals(all.count("role", "pm"), pms.responses());
        assertEquals(pms.responses(), pms.count("role", "pm"));
        assertEquals(0, pms.count("role", "dev"));
    }

    @Test
    void theCountersAreTheDocumentedKeys() {
        Response first = responses.stream().filter(r -> r.answers().containsKey("grid")
                && r.answers().containsKey("days")).findFirst().orElseThrow();
        Map<String, Long> deltas = TallyDeltas.of(survey, first.answers());
        assertEquals(1L, deltas.get("responses"));
        assertEquals(1L, deltas.get("grid:answered"));
        assertEquals(1L, deltas.get("grid:speed:" + ((MatrixAnswer) first.answers()
                .get("grid")).rows().get("speed")));
        assertEquals(((NumberAnswer) first.answers().get("days")).value()
                .movePointRight(4).longValueExact(), deltas.get("days:sum"), "in ten-thousandths");
        assertEquals(null, deltas.get("why:because"), "texts are not counted by value");
    }
}
