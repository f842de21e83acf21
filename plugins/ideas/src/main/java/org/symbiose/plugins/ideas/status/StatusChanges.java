package org.symbiose.plugins.ideas.status;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.member.MemberDirectory;
import org.symbiose.api.member.MemberInfo;
import org.symbiose.api.notification.Notifications;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.plugins.ideas.Fields;
import org.symbiose.plugins.ideas.IdeasRights;
import org.symbiose.plugins.ideas.IdeasTexts;
import org.symbiose.plugins.ideas.box.Box;
import org.symbiose.plugins.ideas.box.Boxes;
import org.symbiose.plugins.ideas.idea.Idea;
import org.symbiose.plugins.ideas.idea.Ideas;
import org.symbiose.plugins.ideas.idea.Subscriptions;
import org.symbiose.plugins.ideas.vote.Votes;

/**
 * A manager moves an idea along its box's workflow, with an optional official response. Reaching a
 * closed status from an open one gives the idea's votes back to their voters. Voters and
 * subscribers are told, all in the change's transaction.
 */
@Component(service = StatusChanges.class)
public class StatusChanges {

    /** Longest official response, in characters. */
    public static final int MAX_RESPONSE = 10_000;

    @Reference
    private ContentStore store;

    @Reference
    private Ideas ideas;

    @Reference
    private Boxes boxes;

    @Reference
    private Votes votes;

    @Reference
    private Subscriptions subscriptions;

    @Reference
    private Notifications notifications;

    @Reference
    private MemberDirectory members;

    @Reference
    private IdeasRights rights;

    Clock clock = Clock.systemUTC();

    /**
     * Moves the idea to {@code input.status} (staying in its status with a response answers it
     * only).
     *
     * @throws ProblemException 403 for a non-manager, 400 for an unknown status or a response too
     *                          long, 409 for a transition the workflow forbids or a merged idea
     */
    public Idea change(long ideaId, StatusChangeInput input, long actorId) {
        rights.requireManager(actorId);
        if (input == null || input.status == null || input.status.isBlank()) {
            throw new ProblemException(ProblemType.VALIDATION, "status", "Say which status the idea moves to");
        }
        Idea idea = ideas.require(ideaId, actorId);
        if (idea.mergedInto() != null) {
            throw new ProblemException(ProblemType.CONFLICT, "This idea was merged into idea " + idea.mergedInto());
        }
        Box box = boxes.require(idea.boxId(), actorId);
        Workflow workflow = box.workflow();
        Status to = workflow.status(input.status).orElseThrow(() -> new ProblemException(ProblemType.VALIDATION,
                "status", "This box has no status " + input.status));
        Status from = workflow.status(idea.status()).orElse(workflow.first());
        String response = Fields.text(input.response, "response", MAX_RESPONSE, false);
        boolean moves = !to.key().equals(from.key());
        if (moves && !workflow.allows(from.key(), to.key())) {
            throw new ProblemException(ProblemType.CONFLICT, "status",
                    "The workflow does not allow " + from.key() + " → " + to.key());
        }
        if (!moves && response.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, "status", "The idea is already " + to.key());
        }
        MemberInfo actor = members.find(actorId).orElseThrow();
        boolean closes = moves && to.closed() && !from.closed();
        Idea changed = store.inOneTransaction(() -> {
            // votes first: the voters' counters are locked before the idea (see Votes)
            List<Long> returned = closes ? votes.giveBack(idea) : List.of();
            Map<String, Object> changes = new HashMap<>();
            changes.put("status", to.key());
            if (!response.isEmpty()) {
                changes.put("response", Map.of("text", response, "html", store.render(response), "by", actorId,
                        "byName", actor.ref().displayName(), "at", clock.instant().toString(), "status", to.key()));
            }
            Idea after = ideas.setAttributes(idea.id(), idea.version(), changes, actorId);
            tell(after, to, !response.isEmpty(), returned, actorId);
            return after;
        });
        if (closes) {
            // a vote that slipped in while the change ran (it checked the idea before the change committed)
            store.inOneTransaction(() -> votes.giveBack(changed));
        }
        return changed;
    }

    private void tell(Idea idea, Status to, boolean answered, List<Long> returned, long actorId) {
        Set<Long> told = new LinkedHashSet<>(returned);
        votes.ballots(idea.id()).forEach(b -> told.add(b.memberId()));
        told.addAll(subscriptions.subscribers(idea.id()));
        Set<Long> back = Set.copyOf(returned);
        for (long member : told) {
            var language = members.language(member);
            String key = back.contains(member) ? "ideas.notice.voteBack"
                    : answered ? "ideas.notice.response" : "ideas.notice.status";
            notifications.notify(member, "ideas-status", idea.id(), actorId,
                    IdeasTexts.notice(language, key, idea.title(), to.label(language)));
        }
    }
}
