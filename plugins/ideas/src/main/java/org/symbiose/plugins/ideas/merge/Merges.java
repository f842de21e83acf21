package org.symbiose.plugins.ideas.merge;

import java.util.HashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.content.Item;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.plugins.ideas.IdeasRights;
import org.symbiose.plugins.ideas.box.Box;
import org.symbiose.plugins.ideas.box.Boxes;
import org.symbiose.plugins.ideas.idea.Idea;
import org.symbiose.plugins.ideas.idea.IdeaComments;
import org.symbiose.plugins.ideas.idea.Ideas;
import org.symbiose.plugins.ideas.idea.Subscriptions;
import org.symbiose.plugins.ideas.vote.Votes;

/**
 * A manager merges a duplicate into another idea of the same box: its votes move (a member who
 * voted for both counted once, the spare vote back in their budget), its subscribers follow the
 * target, its comments move under the target, and it leaves the lists, showing where it went.
 */
@Component(service = Merges.class)
public class Merges {

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
    private IdeaComments comments;

    @Reference
    private IdeasRights rights;

    /**
     * Merges idea {@code id} into {@code input.into}; nothing is written when it is refused.
     *
     * @return the duplicate, now {@code mergedInto} the target
     * @throws ProblemException 400 without a target, 422 for the idea itself or a target not found,
     *                          409 across boxes or when either idea is already merged
     */
    public Idea merge(long id, MergeInput input, long actorId) {
        rights.requireManager(actorId);
        Idea source = ideas.require(id, actorId);
        if (input == null || input.into == null) {
            throw new ProblemException(ProblemType.VALIDATION, "into", "Say which idea this one merges into");
        }
        if (input.into == id) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "into", "An idea cannot be merged into itself");
        }
        Idea target = ideas.find(input.into, actorId).orElseThrow(() -> new ProblemException(
                ProblemType.UNPROCESSABLE, "into", "No such idea to merge into"));
        if (target.boxId() != source.boxId()) {
            throw new ProblemException(ProblemType.CONFLICT, "into", "Ideas merge within one box");
        }
        if (source.mergedInto() != null || target.mergedInto() != null) {
            throw new ProblemException(ProblemType.CONFLICT, "into", "A merged idea cannot be merged again");
        }
        Box box = boxes.require(source.boxId(), actorId);
        boolean targetClosed = box.workflow().status(target.status()).map(s -> s.closed()).orElse(false);
        Idea merged = store.inOneTransaction(() -> {
            votes.moveBallots(source, target, targetClosed);
            subscriptions.subscribers(source.id()).forEach(member -> subscriptions.subscribe(target.id(), member));
            for (long commentId : comments.allIds(source.id())) {
                Item comment = store.find(commentId).orElseThrow();
                store.move(commentId, comment.version(), target.id(), actorId);
            }
            Map<String, Object> changes = new HashMap<>();
            changes.put("mergedInto", target.id());
            changes.put("listed", null);
            Item current = store.find(source.id()).orElseThrow();
            return ideas.setAttributes(source.id(), current.version(), changes, actorId);
        });
        // a vote that slipped in while the merge ran (it checked the duplicate before the merge committed)
        store.inOneTransaction(() -> votes.moveBallots(source, target, targetClosed));
        return merged;
    }
}
