package org.symbiose.plugins.survey.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symbiose.plugins.survey.SurveyWorld.ANN;
import static org.symbiose.plugins.survey.SurveyWorld.MANAGER;
import static org.symbiose.plugins.survey.SurveyWorld.SILENCED;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.StaleItemException;
import org.symbiose.api.rest.FieldProblem;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.plugins.survey.SampleSurvey;
import org.symbiose.plugins.survey.SurveyWorld;

class SurveysTest {

    private final SurveyWorld world = new SurveyWorld();
    private final Surveys surveys = world.surveys;

    static ProblemException refused(ProblemType type, Executable call) {
        ProblemException refusal = assertThrows(ProblemException.class, call);
        assertEquals(type, refusal.type(), refusal.getMessage());
        return refusal;
    }

    private static SurveyInput sample() {
        SurveyInput input = new SurveyInput();
        input.definition = SampleSurvey.survey().toMap();
        return input;
    }

    @Test
    void aManagerCreatesADraftItemHoldingTheDefinitionAndSettings() {
        StoredSurvey survey = surveys.create(sample(), MANAGER, Locale.ENGLISH);

        Item item = world.store.find(survey.id()).orElseThrow();
        assertEquals(SurveyType.KEY, item.type());
        assertEquals("Sondage d'équipe", item.title());
        assertEquals(SampleSurvey.survey(), survey.definition());
        assertEquals(SurveySettings.DEFAULT, survey.settings());
        assertFalse(survey.published());
        refused(ProblemType.NOT_FOUND, () -> surveys.requireOpen(survey.id(), Respondent.member(ANN)));
        assertFalse(surveys.readable(item, ANN));
        assertTrue(surveys.readable(item, MANAGER));
    }

    @Test
    void aSurveyReadsTheSameFromWhatTheDatabaseGivesBack() {
        SurveyInput input = sample();
        input.responseLimit = 100;
        input.closesAt = "2026-04-01T00:00:00Z";
        StoredSurvey survey = surveys.create(input, MANAGER, Locale.ENGLISH);
        Item item = world.store.find(survey.id()).orElseThrow();

        @SuppressWarnings("unchecked")
        Map<String, Object> stored = (Map<String, Object>) asStored(item.attributes());
        StoredSurvey read = Surveys.of(new Item(item.id(), item.type(), item.plugin(), null, item.author(), item.title(),
                "", "", List.of(), stored, item.status(), item.version(), Map.of(), 0, item.created(), item.updated()));

        assertEquals(survey, read);
    }

    /** A JSON value as the database gives it back: every number a BigDecimal. */
    private static Object asStored(Object value) {
        return switch (value) {
            case Map<?, ?> map -> {
                Map<Object, Object> copy = new HashMap<>();
                map.forEach((k, v) -> copy.put(k, asStored(v)));
                yield copy;
            }
            case List<?> list -> list.stream().map(SurveysTest::asStored).toList();
            case Number number -> new java.math.BigDecimal(number.toString());
            default -> value;
        };
    }

    @Test
    void onlyManagersBuildSurveys() {
        refused(ProblemType.FORBIDDEN, () -> surveys.create(sample(), ANN, Locale.ENGLISH));
        refused(ProblemType.FORBIDDEN, () -> surveys.list(ANN));
    }

    @Test
    void aMalformedDefinitionIsA400NamingItsPath() {
        SurveyInput input = sample();
        input.definition = new HashMap<>(input.definition);
        input.definition.put("pages", "none");

        ProblemException refusal = refused(ProblemType.MALFORMED_BODY,
                () -> surveys.create(input, MANAGER, Locale.ENGLISH));
        assertEquals("pages", refusal.field());
        assertEquals(0, world.store.size());
    }

    @Test
    void everyProblemOfADefinitionComesInOne422WithItsCode() {
        SurveyInput input = sample();
        input.definition = new HashMap<>(input.definition);
        input.definition.put("languages", List.of("fr", "de"));
        input.definition.put("title", Map.of("en", "Only English"));

        ProblemException refusal = refused(ProblemType.UNPROCESSABLE,
                () -> surveys.create(input, MANAGER, Locale.FRENCH));
        List<String> codes = refusal.errors().stream().map(FieldProblem::code).toList();
        assertTrue(codes.containsAll(List.of("unknown-language", "missing-text")), codes.toString());
        assertTrue(refusal.errors().stream().anyMatch(e -> e.field().equals("title")));
    }

    @Test
    void settingsAreCheckedAndKept() {
        SurveyInput input = sample();
        input.access = "tokens";
        input.opensAt = "2026-03-02T00:00:00Z";
        input.closesAt = "2026-03-09T00:00:00Z";
        input.responseLimit = 100;
        input.anonymous = true;
        StoredSurvey survey = surveys.create(input, MANAGER, Locale.ENGLISH);
        assertEquals(new SurveySettings(SurveyAccess.TOKENS, java.time.Instant.parse("2026-03-02T00:00:00Z"),
                java.time.Instant.parse("2026-03-09T00:00:00Z"), 100, true), survey.settings());

        SurveyInput wrong = new SurveyInput();
        wrong.access = "everyone";
        assertEquals("access", refused(ProblemType.VALIDATION,
                () -> surveys.edit(survey.id(), survey.version(), wrong, MANAGER, Locale.ENGLISH)).field());
        SurveyInput backwards = new SurveyInput();
        backwards.closesAt = "2026-03-01T00:00:00Z";
        assertEquals("closesAt", refused(ProblemType.VALIDATION,
                () -> surveys.edit(survey.id(), survey.version(), backwards, MANAGER, Locale.ENGLISH)).field());
    }

    @Test
    void anEditNamesTheVersionItRead() {
        StoredSurvey survey = surveys.create(sample(), MANAGER, Locale.ENGLISH);
        SurveyInput change = new SurveyInput();
        change.responseLimit = 10;
        StoredSurvey changed = surveys.edit(survey.id(), survey.version(), change, MANAGER, Locale.ENGLISH);

        assertEquals(10, changed.settings().responseLimit());
        assertThrows(StaleItemException.class,
                () -> surveys.edit(survey.id(), survey.version(), change, MANAGER, Locale.ENGLISH));
    }

    @Test
    void onceAnsweredASurveyKeepsWhatResponsesNameAndItsAnonymity() {
        SurveyInput anonymous = SurveyWorld.access("members");
        anonymous.anonymous = true;
        StoredSurvey survey = world.published(anonymous);
        world.responses.submit(survey.id(), Respondent.member(ANN), "en", SampleSurvey.fullAnswers(), Locale.ENGLISH);

        SurveyInput fewer = new SurveyInput();
        Map<String, Object> definition = SampleSurvey.of(SampleSurvey.survey().questions().getFirst()).toMap();
        fewer.definition = definition;
        ProblemException refusal = refused(ProblemType.UNPROCESSABLE,
                () -> surveys.edit(survey.id(), survey.version(), fewer, MANAGER, Locale.ENGLISH));
        assertTrue(refusal.errors().stream().allMatch(e -> e.code().equals("question-removed")));
        SurveyInput named = new SurveyInput();
        named.anonymous = false;
        assertEquals("anonymous", refused(ProblemType.CONFLICT,
                () -> surveys.edit(survey.id(), survey.version(), named, MANAGER, Locale.ENGLISH)).field());
    }

    @Test
    void aPublicSurveyTakesMembersAndVisitorsWithABrowserKey() {
        long id = world.published(SurveyWorld.access("public")).id();

        assertEquals("m:" + ANN, surveys.requireOpen(id, Respondent.member(ANN)).claim());
        assertEquals("b:browser-key-0000001",
                surveys.requireOpen(id, new Respondent(null, null, "browser-key-0000001")).claim());
        refused(ProblemType.BAD_REQUEST, () -> surveys.requireOpen(id, new Respondent(null, null, null)));
        refused(ProblemType.BAD_REQUEST, () -> new Respondent(null, null, "short"));
        assertTrue(surveys.readable(world.store.find(id).orElseThrow(), null));
    }

    @Test
    void aMembersSurveyTakesActiveMembersOnly() {
        long id = world.published(SurveyWorld.access("members")).id();

        assertEquals("m:" + ANN, surveys.requireOpen(id, Respondent.member(ANN)).claim());
        refused(ProblemType.UNAUTHORIZED, () -> surveys.requireOpen(id, new Respondent(null, null, "browser-key-0000001")));
        refused(ProblemType.ACCOUNT_SILENCED, () -> surveys.requireOpen(id, Respondent.member(SILENCED)));
        assertFalse(surveys.readable(world.store.find(id).orElseThrow(), null));
        assertTrue(surveys.readable(world.store.find(id).orElseThrow(), ANN));
    }

    @Test
    void aTokensSurveyTakesIssuedTokensOnly() {
        long id = world.published(SurveyWorld.access("tokens")).id();
        String token = world.invitations.issue(id, 3, MANAGER).getFirst();

        assertEquals("t:" + token, surveys.requireOpen(id, new Respondent(null, token, null)).claim());
        assertEquals("t:" + token, surveys.requireOpen(id, new Respondent(ANN, token, null)).claim());
        refused(ProblemType.FORBIDDEN, () -> surveys.requireOpen(id, Respondent.member(ANN)));
        refused(ProblemType.FORBIDDEN,
                () -> surveys.requireOpen(id, new Respondent(null, "not-a-token-of-this-survey", null)));
        refused(ProblemType.FORBIDDEN, () -> world.invitations.issue(id, 1, ANN));
        refused(ProblemType.VALIDATION, () -> world.invitations.issue(id, 0, MANAGER));
        assertFalse(surveys.readable(world.store.find(id).orElseThrow(), ANN));
    }

    @Test
    void aSurveyTakesResponsesBetweenItsDates() {
        SurveyInput dated = SurveyWorld.access("members");
        dated.opensAt = "2026-03-02T00:00:00Z";
        dated.closesAt = "2026-03-03T00:00:00Z";
        long id = world.published(dated).id();

        refused(ProblemType.CONFLICT, () -> surveys.requireOpen(id, Respondent.member(ANN)));
        world.clock.advance(Duration.ofDays(1));
        surveys.requireOpen(id, Respondent.member(ANN));
        world.clock.advance(Duration.ofDays(1));
        refused(ProblemType.CONFLICT, () -> surveys.requireOpen(id, Respondent.member(ANN)));
    }
}
