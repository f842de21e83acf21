package org.symbiose.plugins.survey;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.symbiose.api.member.AccountState;
import org.symbiose.api.member.MemberInfo;
import org.symbiose.api.member.MemberRef;
import org.symbiose.api.member.Permissions;
import org.symbiose.api.member.Role;
import org.symbiose.api.testing.InMemoryContentStore;
import org.symbiose.api.testing.InMemoryMembers;
import org.symbiose.api.testing.InMemoryPluginData;
import org.symbiose.api.testing.SettableClock;
import org.symbiose.api.testing.Wiring;
import org.symbiose.plugins.survey.response.Responses;
import org.symbiose.plugins.survey.survey.Invitations;
import org.symbiose.plugins.survey.survey.SurveyInput;
import org.symbiose.plugins.survey.survey.StoredSurvey;
import org.symbiose.plugins.survey.survey.Surveys;

/**
 * The plugin's services on the API's in-memory fakes, each {@code @Reference} field (and
 * {@code clock}) set to the world's service of its type: a manager (community manager), three
 * members and a silenced one.
 */
public final class SurveyWorld {

    public static final long MANAGER = 1;
    public static final long ANN = 2;
    public static final long BOB = 3;
    public static final long CLEO = 4;
    public static final long SILENCED = 5;

    public final SettableClock clock = new SettableClock(Instant.parse("2026-03-01T10:00:00Z"));
    public final InMemoryPluginData data = new InMemoryPluginData(clock);
    public final InMemoryContentStore store = new InMemoryContentStore(clock, data, Set.of());
    public final InMemoryMembers members = new InMemoryMembers();
    public final SurveyRights rights = new SurveyRights();
    public final Invitations invitations = new Invitations();
    public final Surveys surveys = new Surveys();
    public final Responses responses = new Responses();
    /** Every component, for resources and types to be wired to. */
    private final List<Object> services;

    public SurveyWorld() {
        members.add(new MemberInfo(new MemberRef(MANAGER, "Manager"), Role.COMMUNITY_MANAGER, AccountState.ACTIVE,
                clock.instant()));
        for (long id = ANN; id <= SILENCED; id++) {
            members.add(new MemberInfo(new MemberRef(id, "Member " + id), Role.MEMBER,
                    id == SILENCED ? AccountState.SILENCED : AccountState.ACTIVE, clock.instant()));
        }
        Permissions permissions = (memberId, permission) -> members.find(memberId)
                .map(m -> permission.equals(SurveyRights.MANAGE) && m.role().includes(Role.COMMUNITY_MANAGER))
                .orElse(false);
        services = List.of(clock, data, store, members, permissions, rights, invitations, surveys, responses);
        services.forEach(this::wire);
    }

    /** Sets the component's fields to the world's services, as the framework would; returns it. */
    public <T> T wire(T component) {
        return Wiring.wire(component, services);
    }

    /** The sample survey, published with these settings changed ({@code access}, …). */
    public StoredSurvey published(SurveyInput settings) {
        settings.definition = SampleSurvey.survey().toMap();
        StoredSurvey draft = surveys.create(settings, MANAGER, Locale.ENGLISH);
        return surveys.publish(draft.id(), draft.version(), MANAGER);
    }

    /** Settings of this access, the rest left as a new survey has them. */
    public static SurveyInput access(String access) {
        SurveyInput input = new SurveyInput();
        input.access = access;
        return input;
    }
}
