package org.symbiose.plugins.survey.survey;

import java.time.Instant;
import org.symbiose.api.member.MemberRef;
import org.symbiose.plugins.survey.definition.Survey;

/**
 * A survey as its item stores it.
 *
 * @param id         the item's id
 * @param definition what it asks
 * @param settings   how it takes responses
 * @param published  whether respondents see it (a draft is the managers' only)
 * @param author     who created it
 * @param created    when
 * @param version    the item's version (ETag)
 */
public record StoredSurvey(long id, Survey definition, SurveySettings settings, boolean published, MemberRef author,
        Instant created, long version) {
}
