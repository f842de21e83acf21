package org.symbiose.plugins.survey.survey;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemDraft;
import org.symbiose.api.content.ItemEdit;
import org.symbiose.api.content.ItemPage;
import org.symbiose.api.content.ItemQuery;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.data.PluginData;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.plugins.survey.MalformedShape;
import org.symbiose.plugins.survey.Refusals;
import org.symbiose.plugins.survey.SurveyRecords;
import org.symbiose.plugins.survey.SurveyRights;
import org.symbiose.plugins.survey.definition.DefinitionChange;
import org.symbiose.plugins.survey.definition.DefinitionCheck;
import org.symbiose.plugins.survey.definition.Survey;
import org.symbiose.plugins.survey.result.Tally;

/**
 * The surveys: built, changed and published by managers, answered by whom their access admits.
 * A survey is an item of type {@value SurveyType#KEY}: its definition in the attribute
 * {@code definition} (the shape of {@link Survey#toMap()}), its {@link SurveySettings} and its
 * {@code state} ({@code draft} or {@code published}) beside it, its title in its first language as
 * the item's. The item stays published for the store; a draft is the managers' only.
 */
@Component(service = Surveys.class)
public class Surveys {

    static final String DRAFT = "draft";
    static final String PUBLISHED = "published";

    @Reference
    private ContentStore store;

    @Reference
    private PluginData data;

    @Reference
    private SurveyRights rights;

    @Reference
    private Invitations invitations;

    Clock clock = Clock.systemUTC();

    /** Whether {@code viewerId} (null: a visitor) reads this survey item through the core. */
    public boolean readable(Item item, Long viewerId) {
        if (rights.manages(viewerId)) {
            return true;
        }
        if (item.status() != ItemStatus.PUBLISHED || !PUBLISHED.equals(item.attributes().get("state"))) {
            return false;
        }
        return switch (SurveySettings.of(item.attributes()).access()) {
            case PUBLIC -> true;
            case MEMBERS -> viewerId != null;
            case TOKENS -> false;
        };
    }

    /** Every survey, newest first; managers only (a site has tens of surveys). */
    public List<StoredSurvey> list(long actorId) {
        rights.requireManager(actorId);
        List<StoredSurvey> surveys = new ArrayList<>();
        Long before = null;
        do {
            ItemPage page = store.query(new ItemQuery(SurveyType.KEY, null, null, null, null, null, before,
                    ItemQuery.MAX_LIMIT));
            page.items().stream().map(Surveys::of).forEach(surveys::add);
            before = page.next();
        } while (before != null);
        return surveys;
    }

    /** The survey with this id unless deleted, whoever asks (results, exports check their own rights). */
    public Optional<StoredSurvey> any(long id) {
        return store.find(id).filter(i -> i.type().equals(SurveyType.KEY) && i.status() != ItemStatus.DELETED)
                .map(Surveys::of);
    }

    /** The survey as a manager reads it; 404 if there is none, 403 for others than managers. */
    public StoredSurvey requireManaged(long id, long actorId) {
        rights.requireManager(actorId);
        return any(id).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No such survey"));
    }

    /**
     * The survey {@code respondent} answers now, and their claim (see {@link Respondent#claim}).
     *
     * @throws ProblemException 404 if there is no published survey of this id; 401, 403 or 400 if
     *                          its access does not admit the respondent (an unknown token is 403);
     *                          409 before it opens and once it closed
     */
    public Admission requireOpen(long id, Respondent respondent) {
        StoredSurvey survey = any(id).filter(StoredSurvey::published)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No such survey"));
        String claim = respondent.claim(survey.settings().access());
        if (survey.settings().access() == SurveyAccess.TOKENS && !invitations.valid(id, respondent.token())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "token", "This invitation is not one of this survey's");
        }
        if (respondent.memberId() != null && claim.startsWith("m:")) {
            rights.requireActive(respondent.memberId());
        }
        if (!survey.settings().openAt(clock.instant())) {
            throw new ProblemException(ProblemType.CONFLICT, "This survey is not taking responses");
        }
        return new Admission(survey, claim);
    }

    /**
     * A survey admitting a respondent.
     *
     * @param survey the survey
     * @param claim  the respondent as the survey counts them
     */
    public record Admission(StoredSurvey survey, String claim) {
    }

    /** A new draft survey; managers only. 400 on a malformed definition, 422 listing its problems. */
    public StoredSurvey create(SurveyInput input, long actorId, Locale language) {
        rights.requireManager(actorId);
        if (input == null || input.definition == null) {
            throw new ProblemException(ProblemType.MALFORMED_BODY, "definition", "Send the survey with its definition");
        }
        Survey survey = checked(input.definition, language);
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("definition", survey.toMap());
        attributes.put("state", DRAFT);
        SurveySettings.DEFAULT.with(input).writeTo(attributes);
        return of(store.create(new ItemDraft(SurveyType.KEY, null, title(survey), "", List.of(), attributes,
                ItemStatus.PUBLISHED), actorId));
    }

    /**
     * Changes what {@code input} sends; managers only. Once the survey has responses, the
     * definition may not drop what they answered ({@link DefinitionChange}, 422) and the survey may
     * not stop being anonymous (409).
     */
    public StoredSurvey edit(long id, long expectedVersion, SurveyInput input, long actorId, Locale language) {
        StoredSurvey current = requireManaged(id, actorId);
        if (input == null) {
            throw new ProblemException(ProblemType.MALFORMED_BODY, "Send the changes as a JSON object");
        }
        Map<String, Object> attributes = new HashMap<>(store.find(id).orElseThrow().attributes());
        SurveySettings settings = current.settings().with(input);
        boolean answered = responses(id) > 0;
        if (answered && current.settings().anonymous() && !settings.anonymous()) {
            throw new ProblemException(ProblemType.CONFLICT, "anonymous",
                    "Responses were given anonymously: the survey stays anonymous");
        }
        settings.writeTo(attributes);
        String title = null;
        if (input.definition != null) {
            Survey survey = checked(input.definition, language);
            if (answered) {
                Refusals.refuse(ProblemType.UNPROCESSABLE, DefinitionChange.problems(current.definition(), survey),
                        language);
            }
            attributes.put("definition", survey.toMap());
            title = title(survey);
        }
        return of(store.edit(id, expectedVersion, new ItemEdit(title, null, null, attributes), actorId));
    }

    /** Publishes a draft survey: respondents see it from then on; managers only. */
    public StoredSurvey publish(long id, long expectedVersion, long actorId) {
        requireManaged(id, actorId);
        Map<String, Object> attributes = new HashMap<>(store.find(id).orElseThrow().attributes());
        attributes.put("state", PUBLISHED);
        return of(store.edit(id, expectedVersion, new ItemEdit(null, null, null, attributes), actorId));
    }

    /**
     * Deletes the survey; managers only. Its item is kept as the core keeps deleted items (a
     * moderator may restore it), and so are its responses and counters, which name it.
     */
    public void delete(long id, long expectedVersion, long actorId) {
        requireManaged(id, actorId);
        store.changeStatus(id, expectedVersion, ItemStatus.DELETED, actorId);
    }

    /** How many responses the survey took. */
    public long responses(long id) {
        return data.count(SurveyRecords.TALLIES, SurveyRecords.key(id, Tally.RESPONSES));
    }

    private static Survey checked(Map<String, Object> definition, Locale language) {
        Survey survey;
        try {
            survey = Survey.fromMap(definition);
        } catch (MalformedShape e) {
            throw Refusals.malformed(e);
        }
        Refusals.refuse(ProblemType.UNPROCESSABLE, DefinitionCheck.problems(survey), language);
        return survey;
    }

    private static String title(Survey survey) {
        String title = survey.title().in(survey.languages().getFirst()).strip();
        return title.length() <= ContentStore.MAX_TITLE ? title : title.substring(0, ContentStore.MAX_TITLE - 1) + "…";
    }

    @SuppressWarnings("unchecked")
    static StoredSurvey of(Item item) {
        Map<String, Object> a = item.attributes();
        return new StoredSurvey(item.id(), Survey.fromMap((Map<String, Object>) a.get("definition")),
                SurveySettings.of(a), PUBLISHED.equals(a.get("state")), item.author(), item.created(), item.version());
    }
}
