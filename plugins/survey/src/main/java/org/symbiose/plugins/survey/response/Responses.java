package org.symbiose.plugins.survey.response;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.data.PluginData;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.plugins.survey.JsonLength;
import org.symbiose.plugins.survey.ProblemCode;
import org.symbiose.plugins.survey.Refusals;
import org.symbiose.plugins.survey.SurveyProblem;
import org.symbiose.plugins.survey.SurveyRecords;
import org.symbiose.plugins.survey.definition.Quota;
import org.symbiose.plugins.survey.definition.Survey;
import org.symbiose.plugins.survey.result.Tally;
import org.symbiose.plugins.survey.result.TallyDeltas;
import org.symbiose.plugins.survey.result.TallyKeys;
import org.symbiose.plugins.survey.survey.Respondent;
import org.symbiose.plugins.survey.survey.StoredSurvey;
import org.symbiose.plugins.survey.survey.Surveys;

/**
 * Responses: taken whole, checked on the server ({@link ResponseCheck}, every problem in one
 * 422), then written in one transaction, a group commit shared with the responses arriving at the
 * same time. In it, in this order: the respondent's claim (a second response is refused, 409), the
 * survey's response counter (holding its row, so the survey's responses count one after another
 * and a full survey refuses, 409), the matched quotas' counters in id order (a full quota refuses,
 * 409), the response record, the tally's other counters and the draft's removal. A refusal rolls
 * all of it back: nothing of a refused response is written.
 *
 * <p>An anonymous survey's responses hold no member id nor token and their date only to the day;
 * the claim, which says that the respondent answered, holds nothing else.
 */
@Component(service = Responses.class)
public class Responses {

    /** Responses listed at once by the store: keys are random hexadecimal, so a full page is split by the next digit. */
    static final int PAGE = 1000;

    @Reference
    private PluginData data;

    @Reference
    private ContentStore store;

    @Reference
    private Surveys surveys;

    Clock clock = Clock.systemUTC();

    /**
     * Takes the respondent's whole response.
     *
     * @param language the language answered in, null for the survey's first
     * @param sent     question id to the value sent (see the README's shapes)
     * @throws ProblemException 422 listing every problem of the answers; 409 for a second response,
     *                          a survey not taking responses, full or with a full quota; 404, 401,
     *                          403, 400 as {@link Surveys#requireOpen} says
     */
    public Submission submit(long surveyId, Respondent respondent, String language, Map<String, Object> sent,
            Locale readerLanguage) {
        Surveys.Admission admission = surveys.requireOpen(surveyId, respondent);
        StoredSurvey survey = admission.survey();
        String answeredIn = language == null ? survey.definition().languages().getFirst() : language;
        ResponseOutcome outcome = ResponseCheck.check(survey.definition(), answeredIn, sent == null ? Map.of() : sent);
        Refusals.refuse(ProblemType.UNPROCESSABLE, outcome.problems(), readerLanguage);
        Instant now = clock.instant();
        boolean anonymous = survey.settings().anonymous();
        Response response = new Response(UUID.randomUUID().toString().replace("-", ""),
                anonymous ? now.truncatedTo(ChronoUnit.DAYS) : now, answeredIn, outcome.answers());
        Map<String, Object> record = new LinkedHashMap<>(response.toMap());
        if (!anonymous) {
            if (respondent.memberId() != null) {
                record.put("member", respondent.memberId());
            }
            if (respondent.token() != null) {
                record.put("token", respondent.token());
            }
        }
        Map<String, Object> claim = anonymous ? Map.of("responded", true) : Map.of("response", response.id());
        Map<String, Long> deltas = TallyDeltas.of(survey.definition(), outcome.answers());
        List<Quota> quotas = QuotaCheck.matched(survey.definition(), outcome.answers()).stream()
                .sorted((a, b) -> a.id().compareTo(b.id())).toList();
        return store.inGroupCommit(() -> {
            if (!data.putIfAbsentWithin(SurveyRecords.CLAIMS, SurveyRecords.key(surveyId, admission.claim()), claim,
                    SurveyRecords.FOR_GOOD)) {
                throw new ProblemException(ProblemType.CONFLICT, "You already answered this survey");
            }
            long count = data.incrementWithin(SurveyRecords.TALLIES, SurveyRecords.key(surveyId, Tally.RESPONSES), 1);
            Integer limit = survey.settings().responseLimit();
            if (limit != null && count > limit) {
                throw new ProblemException(ProblemType.CONFLICT, "This survey took all the responses it takes");
            }
            Map<String, Long> quotaCounts = new LinkedHashMap<>();
            for (Quota quota : quotas) {
                quotaCounts.put(quota.id(),
                        data.incrementWithin(SurveyRecords.QUOTAS, SurveyRecords.key(surveyId, quota.id()), 1));
            }
            Refusals.refuse(ProblemType.CONFLICT, QuotaCheck.full(quotas, quotaCounts), readerLanguage);
            data.put(SurveyRecords.RESPONSES, SurveyRecords.key(surveyId, response.id()), record);
            Map<String, Long> counters = new TreeMap<>();
            deltas.forEach((key, delta) -> {
                if (!key.equals(Tally.RESPONSES)) {
                    counters.put(SurveyRecords.key(surveyId, key), delta);
                }
            });
            data.incrementAllWithin(SurveyRecords.TALLIES, counters);
            data.delete(SurveyRecords.DRAFTS, SurveyRecords.key(surveyId, admission.claim()));
            return new Submission(response.id(), response.submitted().toString(), count);
        });
    }

    /**
     * Keeps the answers so far, for the respondent to resume (on another device too, as a member or
     * token holder): not checked but for their size, replaced by each save, removed by the response.
     *
     * @throws ProblemException 409 once the respondent answered; 422 when too large or in a language
     *                          the survey is not offered in
     */
    public Map<String, Object> saveDraft(long surveyId, Respondent respondent, String language,
            Map<String, Object> sent, Locale readerLanguage) {
        Surveys.Admission admission = surveys.requireOpen(surveyId, respondent);
        if (data.get(SurveyRecords.CLAIMS, SurveyRecords.key(surveyId, admission.claim())).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, "You already answered this survey");
        }
        Map<String, Object> answers = sent == null ? Map.of() : sent;
        List<String> offered = admission.survey().definition().languages();
        String answeredIn = language == null ? offered.getFirst() : language;
        List<SurveyProblem> problems = new ArrayList<>();
        if (!offered.contains(answeredIn)) {
            problems.add(SurveyProblem.of("language", ProblemCode.LANGUAGE_NOT_OFFERED, answeredIn));
        }
        int length = JsonLength.of(answers);
        if (length > ResponseCheck.MAX_JSON) {
            problems.add(SurveyProblem.of("survey", ProblemCode.RESPONSE_TOO_LARGE, length, ResponseCheck.MAX_JSON));
        }
        Refusals.refuse(ProblemType.UNPROCESSABLE, problems, readerLanguage);
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("saved", clock.instant().toString());
        draft.put("language", answeredIn);
        draft.put("answers", answers);
        data.put(SurveyRecords.DRAFTS, SurveyRecords.key(surveyId, admission.claim()), draft);
        return draft;
    }

    /** The answers the respondent saved so far, if any. */
    public Optional<Map<String, Object>> draft(long surveyId, Respondent respondent) {
        Surveys.Admission admission = surveys.requireOpen(surveyId, respondent);
        return data.get(SurveyRecords.DRAFTS, SurveyRecords.key(surveyId, admission.claim()));
    }

    /** Whether the respondent answered (a claim is there). */
    public boolean answered(long surveyId, Respondent respondent) {
        Surveys.Admission admission = surveys.requireOpen(surveyId, respondent);
        return data.get(SurveyRecords.CLAIMS, SurveyRecords.key(surveyId, admission.claim())).isPresent();
    }

    /** The survey's counters as its charts read them. */
    public Tally tally(StoredSurvey survey) {
        Map<String, Long> counts = new TreeMap<>();
        for (String key : TallyKeys.of(survey.definition())) {
            long count = data.count(SurveyRecords.TALLIES, SurveyRecords.key(survey.id(), key));
            if (count != 0) {
                counts.put(key, count);
            }
        }
        return new Tally(counts);
    }

    /** The survey's stored responses, as records (with who answered, unless anonymous). */
    public List<PluginData.Record> records(long surveyId) {
        return scan(SurveyRecords.key(surveyId, ""));
    }

    /** The survey's stored responses, read back by type. */
    public List<Response> responses(StoredSurvey survey) {
        String prefix = SurveyRecords.key(survey.id(), "");
        Survey definition = survey.definition();
        return records(survey.id()).stream()
                .map(r -> Response.fromMap(r.key().substring(prefix.length()), r.value(), definition))
                .sorted((a, b) -> a.submitted().compareTo(b.submitted())).toList();
    }

    private List<PluginData.Record> scan(String prefix) {
        List<PluginData.Record> page = data.list(SurveyRecords.RESPONSES, prefix, PAGE);
        if (page.size() < PAGE) {
            return page;
        }
        List<PluginData.Record> all = new ArrayList<>();
        for (char digit : "0123456789abcdef".toCharArray()) {
            all.addAll(scan(prefix + digit));
        }
        return all;
    }
}
