package org.symbiose.plugins.survey.survey;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.data.PluginData;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.plugins.survey.SurveyRecords;
import org.symbiose.plugins.survey.SurveyRights;

/**
 * Invitation tokens of surveys answered by invitation: random, issued by managers, each good for
 * one response. A token is a record {@code <survey>:<token>}; sending them (e-mail, CSV import of
 * addresses) is not done here.
 */
@Component(service = Invitations.class)
public class Invitations {

    /** Most tokens issued at once. */
    public static final int MAX_BATCH = 1000;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Reference
    private PluginData data;

    @Reference
    private SurveyRights rights;

    /** {@code count} new tokens for the survey; managers only. */
    public List<String> issue(long surveyId, int count, long actorId) {
        rights.requireManager(actorId);
        if (count < 1 || count > MAX_BATCH) {
            throw new ProblemException(ProblemType.VALIDATION, "count", "Issue 1 to " + MAX_BATCH + " tokens at once");
        }
        List<String> tokens = new ArrayList<>();
        while (tokens.size() < count) {
            byte[] bytes = new byte[18];
            RANDOM.nextBytes(bytes);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            if (data.putIfAbsent(SurveyRecords.TOKENS, SurveyRecords.key(surveyId, token), Map.of("by", actorId),
                    SurveyRecords.FOR_GOOD)) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    /** Whether {@code token} was issued for the survey. */
    public boolean valid(long surveyId, String token) {
        return token != null && data.get(SurveyRecords.TOKENS, SurveyRecords.key(surveyId, token)).isPresent();
    }
}
