package org.symbiose.plugins.survey.result;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.symbiose.plugins.survey.SampleSurvey;
import org.symbiose.plugins.survey.definition.Survey;
import org.symbiose.plugins.survey.response.Response;
import org.symbiose.plugins.survey.response.ResponseCheck;
import org.symbiose.plugins.survey.response.ResponseOutcome;

/** Accepted responses to the sample survey with random answers (some skipped), from a seed. */
public final class RandomResponses {

    private RandomResponses() {
    }

    public static List<Response> of(int count, long seed) {
        Survey survey = SampleSurvey.survey();
        Random random = new Random(seed);
        List<Response> responses = new ArrayList<>();
        while (responses.size() < count) {
            Map<String, Object> sent = sent(random);
            String language = pick(random, "fr", "en");
            ResponseOutcome outcome = ResponseCheck.check(survey, language, sent);
            if (outcome.accepted()) {
                responses.add(new Response("r" + responses.size(), Instant.ofEpochSecond(1_800_000_000L + responses.size()),
                        language, outcome.answers()));
            }
        }
        return responses;
    }

    /** Random answers to the sample survey, some questions skipped: what a respondent sends. */
    public static Map<String, Object> sent(Random random) {
        Map<String, Object> sent = new HashMap<>();
        sent.put("role", pick(random, "dev", "design", "pm"));
        if (random.nextBoolean()) {
            sent.put("tools", random.nextBoolean() ? List.of(pick(random, "git", "ide"))
                    : Map.of("choices", List.of("ci"), "other", "vim"));
        }
        boolean remote = random.nextBoolean();
        sent.put("remote", remote);
        if (remote) {
            sent.put("days", random.nextInt(51) / 10.0);
            sent.put("since", "20" + (10 + random.nextInt(10)) + "-0" + (1 + random.nextInt(9)) + "-15");
            sent.put("comfort", 1 + random.nextInt(5));
        }
        int nps = random.nextInt(11);
        sent.put("nps", nps);
        if (nps > 8) {
            sent.put("why", "because " + random.nextInt(100));
        }
        if (random.nextBoolean()) {
            sent.put("grid", Map.of("speed", pick(random, "bad", "ok", "good"),
                    "quality", pick(random, "bad", "ok", "good")));
            sent.put("rank", random.nextBoolean() ? List.of("a", "b", "c") : List.of("c", "a", "b"));
        }
        return sent;
    }

    private static String pick(Random random, String... values) {
        return values[random.nextInt(values.length)];
    }
}
