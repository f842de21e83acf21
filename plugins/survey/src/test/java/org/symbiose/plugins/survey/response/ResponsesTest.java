package org.symbiose.plugins.survey.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symbiose.plugins.survey.SurveyWorld.ANN;
import static org.symbiose.plugins.survey.SurveyWorld.BOB;
import static org.symbiose.plugins.survey.SurveyWorld.CLEO;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.symbiose.api.data.PluginData;
import org.symbiose.api.rest.FieldProblem;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.plugins.survey.SampleSurvey;
import org.symbiose.plugins.survey.SurveyRecords;
import org.symbiose.plugins.survey.SurveyWorld;
import org.symbiose.plugins.survey.result.RandomResponses;
import org.symbiose.plugins.survey.result.Tally;
import org.symbiose.plugins.survey.result.TallyKeys;
import org.symbiose.plugins.survey.survey.Respondent;
import org.symbiose.plugins.survey.survey.StoredSurvey;
import org.symbiose.plugins.survey.survey.SurveyInput;

class ResponsesTest {

    private final SurveyWorld world = new SurveyWorld();
    private final Responses responses = world.responses;

    private static ProblemException refused(ProblemType type, Executable call) {
        ProblemException refusal = assertThrows(ProblemException.class, call);
        assertEquals(type, refusal.type(), refusal.getMessage());
        return refusal;
    }

    private Submission answer(long surveyId, Respondent respondent, Map<String, Object> sent) {
        return responses.submit(surveyId, respondent, "en", sent, Locale.ENGLISH);
    }

    /** Every record and counter of the plugin, to show that a refusal wrote nothing. */
    private Object everything() {
        return world.data.snapshot().toString();
    }

    private static Map<String, Object> pm() {
        Map<String, Object> sent = SampleSurvey.fullAnswers();
        sent.put("role", "pm");
        return sent;
    }

    @Test
    void aResponseIsStoredWithItsClaimAndCounted() {
        StoredSurvey survey = world.published(SurveyWorld.access("members"));

        Submission taken = answer(survey.id(), Respondent.member(ANN), SampleSurvey.fullAnswers());

        assertEquals(1, taken.responses());
        Map<String, Object> record = world.data.get(SurveyRecords.RESPONSES,
                SurveyRecords.key(survey.id(), taken.id())).orElseThrow();
        assertEquals(ANN, record.get("member"));
        assertEquals("2026-03-01T10:00:00Z", record.get("submitted"));
        Tally tally = responses.tally(survey);
        assertEquals(1, tally.responses());
        assertEquals(1, tally.count("role", "dev"));
        assertEquals(25_000, tally.count("days", "sum"));
        assertEquals(List.of(taken.id()), responses.responses(survey).stream().map(Response::id).toList());
        assertTrue(responses.answered(survey.id(), Respondent.member(ANN)));
    }

    @Test
    void oneResponsePerMemberTokenAndBrowser() {
        long members = world.published(SurveyWorld.access("members")).id();
        answer(members, Respondent.member(ANN), SampleSurvey.fullAnswers());
        refused(ProblemType.CONFLICT, () -> answer(members, Respondent.member(ANN), SampleSurvey.fullAnswers()));

        long tokens = world.published(SurveyWorld.access("tokens")).id();
        String token = world.invitations.issue(tokens, 1, SurveyWorld.MANAGER).getFirst();
        answer(tokens, new Respondent(ANN, token, null), SampleSurvey.fullAnswers());
        refused(ProblemType.CONFLICT, () -> answer(tokens, new Respondent(BOB, token, null), SampleSurvey.fullAnswers()));

        long open = world.published(SurveyWorld.access("public")).id();
        Respondent browser = new Respondent(null, null, "browser-key-0000001");
        answer(open, browser, SampleSurvey.fullAnswers());
        Object before = everything();
        refused(ProblemType.CONFLICT, () -> answer(open, browser, SampleSurvey.fullAnswers()));
        assertEquals(before, everything());
        answer(open, Respondent.member(ANN), SampleSurvey.fullAnswers());
    }

    @Test
    void everyProblemOfAResponseIsOne422AndNothingIsWritten() {
        long id = world.published(SurveyWorld.access("members")).id();
        Map<String, Object> sent = SampleSurvey.fullAnswers();
        sent.remove("nps");
        sent.put("comfort", 9);
        sent.put("remote", false);
        Object before = everything();

        ProblemException refusal = refused(ProblemType.UNPROCESSABLE, () -> answer(id, Respondent.member(ANN), sent));

        List<String> fields = refusal.errors().stream().map(FieldProblem::field).toList();
        assertTrue(fields.containsAll(List.of("days", "since", "comfort", "nps")), fields.toString());
        assertTrue(refusal.errors().stream().anyMatch(e -> e.code().equals("required") && e.field().equals("nps")));
        assertEquals(before, everything());
    }

    @Test
    void aFullQuotaRefusesAndWritesNothing() {
        long id = world.published(SurveyWorld.access("members")).id();
        answer(id, Respondent.member(ANN), pm());
        answer(id, Respondent.member(BOB), pm());
        Object before = everything();

        ProblemException refusal = refused(ProblemType.CONFLICT, () -> answer(id, Respondent.member(CLEO), pm()));

        assertEquals("quota-full", refusal.errors().getFirst().code());
        assertEquals("pms", refusal.field());
        assertEquals(before, everything());
        answer(id, Respondent.member(CLEO), SampleSurvey.fullAnswers());
    }

    @Test
    void aFullSurveyRefusesAndWritesNothing() {
        SurveyInput limited = SurveyWorld.access("members");
        limited.responseLimit = 1;
        long id = world.published(limited).id();
        answer(id, Respondent.member(ANN), SampleSurvey.fullAnswers());
        Object before = everything();

        refused(ProblemType.CONFLICT, () -> answer(id, Respondent.member(BOB), SampleSurvey.fullAnswers()));

        assertEquals(before, everything());
    }

    @Test
    void anAnonymousResponseHoldsNeitherMemberNorTokenNorTime() {
        SurveyInput anonymous = SurveyWorld.access("members");
        anonymous.anonymous = true;
        long members = world.published(anonymous).id();
        Submission taken = answer(members, Respondent.member(ANN), SampleSurvey.fullAnswers());
        SurveyInput invited = SurveyWorld.access("tokens");
        invited.anonymous = true;
        long tokens = world.published(invited).id();
        String token = world.invitations.issue(tokens, 1, SurveyWorld.MANAGER).getFirst();
        answer(tokens, new Respondent(ANN, token, null), SampleSurvey.fullAnswers());

        for (long id : List.of(members, tokens)) {
            Map<String, Object> record = responses.records(id).getFirst().value();
            assertEquals(List.of("answers", "language", "submitted"), record.keySet().stream().sorted().toList());
            assertEquals("2026-03-01T00:00:00Z", record.get("submitted"));
            assertFalse(record.toString().contains(token));
        }
        assertEquals(Map.of("responded", true),
                world.data.get(SurveyRecords.CLAIMS, SurveyRecords.key(members, "m:" + ANN)).orElseThrow());
        assertEquals(32, taken.id().length(), "a random key, not the member's");
        refused(ProblemType.CONFLICT, () -> answer(members, Respondent.member(ANN), SampleSurvey.fullAnswers()));
    }

    @Test
    void theKeptTallyEqualsARecountAfterManyResponses() {
        StoredSurvey survey = world.published(SurveyWorld.access("public"));
        Random random = new Random(7);
        int taken = 0;
        int refusedCount = 0;
        for (int i = 0; i < 300; i++) {
            Respondent browser = new Respondent(null, null, "browser-key-%07d".formatted(i));
            try {
                responses.submit(survey.id(), browser, random.nextBoolean() ? "fr" : "en", RandomResponses.sent(random),
                        Locale.ENGLISH);
                taken++;
            } catch (ProblemException e) {
                refusedCount++;
            }
        }

        List<Response> stored = responses.responses(survey);
        assertEquals(taken, stored.size());
        assertTrue(refusedCount > 0, "the pms quota refused some");
        Tally recount = Tally.recount(survey.definition(), stored, null);
        Tally kept = responses.tally(survey);
        assertEquals(taken, kept.responses());
        for (String key : TallyKeys.of(survey.definition())) {
            assertEquals(recount.count(key), kept.count(key), key);
        }
    }

    @Test
    void aRespondentResumesTheirSavedAnswers() {
        long id = world.published(SurveyWorld.access("members")).id();
        Respondent ann = Respondent.member(ANN);
        assertTrue(responses.draft(id, ann).isEmpty());

        responses.saveDraft(id, ann, "fr", Map.of("role", "dev"), Locale.ENGLISH);
        responses.saveDraft(id, ann, "fr", Map.of("role", "pm", "remote", true), Locale.ENGLISH);

        Map<String, Object> draft = responses.draft(id, ann).orElseThrow();
        assertEquals(Map.of("role", "pm", "remote", true), draft.get("answers"));
        assertEquals("fr", draft.get("language"));
        assertTrue(responses.draft(id, Respondent.member(BOB)).isEmpty());
        answer(id, ann, SampleSurvey.fullAnswers());
        assertTrue(responses.draft(id, ann).isEmpty());
        refused(ProblemType.CONFLICT, () -> responses.saveDraft(id, ann, "fr", Map.of(), Locale.ENGLISH));
    }

    @Test
    void aDraftTooLargeIsRefused() {
        long id = world.published(SurveyWorld.access("members")).id();
        ProblemException refusal = refused(ProblemType.UNPROCESSABLE, () -> responses.saveDraft(id,
                Respondent.member(ANN), "en", Map.of("why", "x".repeat(5_000)), Locale.ENGLISH));
        assertEquals("response-too-large", refusal.errors().getFirst().code());
        assertEquals("language-not-offered", refused(ProblemType.UNPROCESSABLE, () -> responses.saveDraft(id,
                Respondent.member(ANN), "de", Map.of(), Locale.ENGLISH)).errors().getFirst().code());
    }

    @Test
    void manyResponsesAreReadBackPastOnePageOfTheStore() {
        StoredSurvey survey = world.published(SurveyWorld.access("public"));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < Responses.PAGE + 5; i++) {
            ids.add(answer(survey.id(), new Respondent(null, null, "browser-key-%07d".formatted(i)),
                    SampleSurvey.fullAnswers()).id());
        }
        List<PluginData.Record> records = responses.records(survey.id());
        assertEquals(ids.size(), records.size());
    }
}
