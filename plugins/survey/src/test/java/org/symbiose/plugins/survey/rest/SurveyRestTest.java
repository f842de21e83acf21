package org.symbiose.plugins.survey.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symbiose.plugins.survey.SurveyWorld.ANN;
import static org.symbiose.plugins.survey.SurveyWorld.BOB;
import static org.symbiose.plugins.survey.SurveyWorld.MANAGER;
import static org.symbiose.plugins.survey.rest.Calls.as;
import static org.symbiose.plugins.survey.rest.Calls.english;
import static org.symbiose.plugins.survey.rest.Calls.headers;
import static org.symbiose.plugins.survey.rest.Calls.request;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.symbiose.api.content.StaleItemException;
import org.symbiose.api.rest.FieldProblem;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.plugins.survey.SampleSurvey;
import org.symbiose.plugins.survey.SurveyWorld;
import org.symbiose.plugins.survey.response.ResponseInput;
import org.symbiose.plugins.survey.response.Submission;
import org.symbiose.plugins.survey.result.QuestionResult;
import org.symbiose.plugins.survey.result.SurveyResults;
import org.symbiose.plugins.survey.survey.SurveyInput;

class SurveyRestTest {

    private final SurveyWorld world = new SurveyWorld();
    private final SurveyResource surveys = world.wire(new SurveyResource());
    private final FormResource form = world.wire(new FormResource());
    private final ResponseResource responses = world.wire(new ResponseResource());
    private final ResultResource results = world.wire(new ResultResource());

    private static ProblemException refused(ProblemType type, Executable call) {
        ProblemException refusal = assertThrows(ProblemException.class, call);
        assertEquals(type, refusal.type(), refusal.getMessage());
        return refusal;
    }

    private static SurveyInput sample(String access) {
        SurveyInput input = SurveyWorld.access(access);
        input.definition = SampleSurvey.survey().toMap();
        return input;
    }

    private static ResponseInput answers(Map<String, Object> sent) {
        ResponseInput input = new ResponseInput();
        input.language = "en";
        input.answers = sent;
        return input;
    }

    /** A published survey of this access, through the API. */
    private long published(String access) {
        SurveyView created = (SurveyView) surveys.create(sample(access), as(MANAGER), english()).getEntity();
        surveys.publish(created.id(), "\"" + created.version() + "\"", as(MANAGER));
        return created.id();
    }

    private Response submit(long id, Long member, Map<String, Object> sent) {
        return responses.submit(id, null, answers(sent), as(member), english());
    }

    @Test
    void managersCreateAndReadSurveysWithTheirVersion() {
        Response created = surveys.create(sample("members"), as(MANAGER), english());

        assertEquals(201, created.getStatus());
        SurveyView view = (SurveyView) created.getEntity();
        assertEquals("/api/v1/survey/surveys/" + view.id(), created.getLocation().toString());
        assertEquals("draft", view.state());
        assertEquals(Long.toString(view.version()), created.getEntityTag().getValue());
        Response read = surveys.survey(view.id(), request(), as(MANAGER));
        assertEquals(view, read.getEntity());
        assertEquals(List.of(view), surveys.list(as(MANAGER)).items());
    }

    @Test
    void othersThanManagersAreRefused() {
        refused(ProblemType.FORBIDDEN, () -> surveys.create(sample("members"), as(ANN), english()));
        refused(ProblemType.UNAUTHORIZED, () -> surveys.create(sample("members"), as(null), english()));
        long id = published("members");
        refused(ProblemType.FORBIDDEN, () -> surveys.survey(id, request(), as(ANN)));
        refused(ProblemType.FORBIDDEN, () -> surveys.csv(id, as(ANN)));
        refused(ProblemType.FORBIDDEN, () -> surveys.json(id, as(ANN)));
        refused(ProblemType.FORBIDDEN, () -> results.results(id, as(ANN), english()));
    }

    @Test
    void anEditNamesItsVersion() {
        SurveyView view = (SurveyView) surveys.create(sample("members"), as(MANAGER), english()).getEntity();
        SurveyInput change = new SurveyInput();
        change.responseLimit = 5;

        refused(ProblemType.PRECONDITION_REQUIRED, () -> surveys.edit(view.id(), null, change, as(MANAGER), english()));
        Response edited = surveys.edit(view.id(), "\"" + view.version() + "\"", change, as(MANAGER), english());
        assertEquals(5, ((SurveyView) edited.getEntity()).responseLimit());
        assertThrows(StaleItemException.class,
                () -> surveys.edit(view.id(), "\"" + view.version() + "\"", change, as(MANAGER), english()));
        refused(ProblemType.PRECONDITION_REQUIRED, () -> surveys.publish(view.id(), null, as(MANAGER)));
    }

    @Test
    void aDefinitionsProblemsAre400ForItsShapeAnd422ForWhatItSays() {
        SurveyInput malformed = sample("members");
        malformed.definition = Map.of("languages", "fr");
        assertEquals("languages", refused(ProblemType.MALFORMED_BODY,
                () -> surveys.create(malformed, as(MANAGER), english())).field());
        SurveyInput empty = sample("members");
        empty.definition = Map.of("languages", List.of(), "title", Map.of(), "pages", List.of());
        ProblemException refusal = refused(ProblemType.UNPROCESSABLE,
                () -> surveys.create(empty, as(MANAGER), english()));
        assertTrue(refusal.errors().size() >= 2, refusal.errors().toString());
    }

    @Test
    void respondentsReadTheFormInTheirLanguage() {
        long id = published("members");
        HttpHeaders french = headers(List.of(Locale.GERMAN, Locale.FRENCH), Map.of());

        FormView view = (FormView) form.form(id, null, request(), as(ANN), french).getEntity();

        assertEquals("fr", view.language());
        assertEquals("Sondage d'équipe", view.form().get("title"));
        FormView unspoken = (FormView) form.form(id, null, request(), as(ANN), headers(List.of(Locale.GERMAN), Map.of()))
                .getEntity();
        assertEquals("fr", unspoken.language(), "the survey's first language");
        FormView english = (FormView) form.form(id, null, request(), as(ANN), english()).getEntity();
        assertEquals("Team survey", english.form().get("title"));
        refused(ProblemType.UNAUTHORIZED, () -> form.form(id, null, request(), as(null), english()));
        assertFalse(english.answered());
        submit(id, ANN, SampleSurvey.fullAnswers());
        assertTrue(((FormView) form.form(id, null, request(), as(ANN), english()).getEntity()).answered());
    }

    @Test
    void aDeletedSurveyIsGoneForRespondentsAndManagers() {
        long id = published("members");
        long version = ((SurveyView) surveys.survey(id, request(), as(MANAGER)).getEntity()).version();
        refused(ProblemType.FORBIDDEN, () -> surveys.delete(id, "\"" + version + "\"", as(ANN)));
        refused(ProblemType.PRECONDITION_REQUIRED, () -> surveys.delete(id, null, as(MANAGER)));

        assertEquals(204, surveys.delete(id, "\"" + version + "\"", as(MANAGER)).getStatus());

        refused(ProblemType.NOT_FOUND, () -> surveys.survey(id, request(), as(MANAGER)));
        refused(ProblemType.NOT_FOUND, () -> form.form(id, null, request(), as(ANN), english()));
        assertTrue(surveys.list(as(MANAGER)).items().isEmpty());
    }

    @Test
    void aResponseIs201ThenASecondIs409() {
        long id = published("members");

        Response taken = submit(id, ANN, SampleSurvey.fullAnswers());

        assertEquals(201, taken.getStatus());
        Submission submission = (Submission) taken.getEntity();
        assertEquals("/api/v1/survey/surveys/" + id + "/responses/" + submission.id(),
                taken.getLocation().toString());
        refused(ProblemType.CONFLICT, () -> submit(id, ANN, SampleSurvey.fullAnswers()));
        refused(ProblemType.UNAUTHORIZED, () -> submit(id, null, SampleSurvey.fullAnswers()));
        refused(ProblemType.MALFORMED_BODY, () -> responses.submit(id, null, new ResponseInput(), as(BOB), english()));
    }

    @Test
    void everyProblemOfAResponseNamesItsQuestion() {
        long id = published("members");
        Map<String, Object> sent = SampleSurvey.fullAnswers();
        sent.put("tools", List.of("git", "ide", "ci"));
        sent.put("nick", "x".repeat(30));
        sent.put("extra", 1);

        ProblemException refusal = refused(ProblemType.UNPROCESSABLE, () -> submit(id, ANN, sent));

        assertEquals(List.of("extra", "tools", "nick"), refusal.errors().stream().map(FieldProblem::field).toList());
        assertEquals(List.of("unknown-question", "too-many-choices", "too-long"),
                refusal.errors().stream().map(FieldProblem::code).toList());
    }

    @Test
    void anInvitedRespondentAnswersWithTheirToken() {
        long id = published("tokens");
        @SuppressWarnings("unchecked")
        List<String> tokens = surveys.tokens(id, Map.of("count", 2), as(MANAGER)).get("tokens");

        assertEquals(201, responses.submit(id, tokens.getFirst(), answers(SampleSurvey.fullAnswers()), as(null),
                english()).getStatus());
        refused(ProblemType.FORBIDDEN, () -> submit(id, ANN, SampleSurvey.fullAnswers()));
        refused(ProblemType.CONFLICT, () -> responses.submit(id, tokens.getFirst(),
                answers(SampleSurvey.fullAnswers()), as(null), english()));
    }

    @Test
    void aVisitorAnswersAPublicSurveyWithTheirBrowsersKey() {
        long id = published("public");
        HttpHeaders browser = headers(List.of(), Map.of(Caller.BROWSER_KEY, "browser-key-0000001"));

        responses.saveDraft(id, null, answers(Map.of("role", "pm")), as(null), browser);
        assertEquals(Map.of("role", "pm"), responses.draft(id, null, as(null), browser).get("answers"));
        assertEquals(201, responses.submit(id, null, answers(SampleSurvey.fullAnswers()), as(null), browser)
                .getStatus());
        refused(ProblemType.NOT_FOUND, () -> responses.draft(id, null, as(null), browser));
        refused(ProblemType.BAD_REQUEST, () -> submit(id, null, SampleSurvey.fullAnswers()));
    }

    @Test
    void resultsAreTheKeptCountersAsCharts() {
        long id = published("members");
        submit(id, ANN, SampleSurvey.fullAnswers());
        Map<String, Object> other = SampleSurvey.fullAnswers();
        other.put("role", "design");
        other.put("days", 1.5);
        submit(id, BOB, other);

        SurveyResults shown = results.results(id, as(MANAGER), english());

        assertEquals(2, shown.responses());
        QuestionResult role = shown.questions().getFirst();
        assertEquals("role", role.id());
        assertEquals(List.of(1L, 1L, 0L, 0L), role.shares().stream().map(s -> s.count()).toList());
        QuestionResult days = shown.questions().stream().filter(q -> q.id().equals("days")).findFirst().orElseThrow();
        assertEquals(0, days.number().mean().compareTo(new java.math.BigDecimal("2")));
    }

    @Test
    void managersExportTheResponsesAsCsvAndJson() {
        long id = published("members");
        submit(id, ANN, SampleSurvey.fullAnswers());

        String taken = ((Submission) submit(id, BOB, SampleSurvey.fullAnswers()).getEntity()).id();

        Response csv = surveys.csv(id, as(MANAGER));
        String text = (String) csv.getEntity();
        assertTrue(text.startsWith("response,submitted,language,role,"), text);
        assertTrue(text.contains(taken), text);
        assertTrue(csv.getHeaderString("Content-Disposition").contains("survey-" + id + ".csv"));
        assertTrue(((String) surveys.codebook(id, as(MANAGER)).getEntity()).contains("role"));
        assertInstanceOf(Map.class, surveys.json(id, as(MANAGER)).getEntity());
    }
}
