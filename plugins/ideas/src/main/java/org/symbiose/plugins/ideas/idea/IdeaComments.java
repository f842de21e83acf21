package org.symbiose.plugins.ideas.idea;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.content.ItemDraft;
import org.symbiose.api.content.ItemOrder;
import org.symbiose.api.content.ItemPage;
import org.symbiose.api.content.ItemQuery;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.plugins.ideas.Fields;
import org.symbiose.plugins.ideas.IdeasRights;
import org.symbiose.plugins.ideas.Listing;

/**
 * Comments under ideas, oldest first. They are items created as published: the core's screening
 * holds a suspicious one for review as it does a blog comment, and moderators hide them from the
 * moderation console like any content.
 */
@Component(service = IdeaComments.class)
public class IdeaComments {

    @Reference
    private ContentStore store;

    @Reference
    private Ideas ideas;

    @Reference
    private IdeasRights rights;

    /** Comments an idea the member reads. */
    public IdeaComment add(long ideaId, String markdown, long actorId) {
        rights.requireActive(actorId);
        Idea idea = ideas.require(ideaId, actorId);
        String body = Fields.text(markdown, "body", ContentStore.MAX_BODY, true);
        return IdeaComment.of(store.create(new ItemDraft(CommentType.KEY, idea.id(), "", body, List.of(), Map.of(),
                ItemStatus.PUBLISHED), actorId));
    }

    /** One page of an idea's published comments, with the viewer's own held ones, oldest first. */
    public Listing<IdeaComment> list(long ideaId, Long viewerId, Long after, int limit) {
        ideas.require(ideaId, viewerId);
        Set<ItemStatus> statuses = viewerId == null ? Set.of(ItemStatus.PUBLISHED)
                : Set.of(ItemStatus.PUBLISHED, ItemStatus.PENDING_REVIEW);
        ItemPage page = store.query(new ItemQuery(CommentType.KEY, ideaId, null, null, null, statuses, after, limit,
                ItemOrder.OLDEST));
        return new Listing<>(page.items().stream().map(IdeaComment::of)
                .filter(c -> c.status() == ItemStatus.PUBLISHED || c.author().id() == viewerId).toList(), page.next());
    }

    /** Every comment item id of an idea, in any status (a merge moves them). */
    public List<Long> allIds(long ideaId) {
        List<Long> ids = new ArrayList<>();
        Long after = null;
        do {
            ItemPage page = store.query(new ItemQuery(CommentType.KEY, ideaId, null, null, null,
                    Set.of(ItemStatus.values()), after, ItemQuery.MAX_LIMIT, ItemOrder.OLDEST));
            page.items().forEach(i -> ids.add(i.id()));
            after = page.next();
        } while (after != null);
        return ids;
    }
}
