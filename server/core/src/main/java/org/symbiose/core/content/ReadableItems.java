package org.symbiose.core.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemNotFoundException;
import org.symbiose.api.member.Role;
import org.symbiose.core.member.Members;

/**
 * The one lookup every core action on an item goes through (reading it, its revisions, reacting, voting,
 * flagging, related items): the item if the viewer may read it, else "not found", exactly as for an id that
 * does not exist, so that nobody learns which ids live in places closed to them.
 */
@ApplicationScoped
public class ReadableItems {

    @Inject
    private JpaContentStore store;

    @Inject
    private ContentTypes types;

    @Inject
    private Members members;

    /**
     * Item {@code id} as {@code viewerId} may read it: published items are for everyone, pending and hidden ones
     * for their author and moderators, deleted ones for moderators; and the item's content type must let the
     * viewer read it (a private forum category's topics, say).
     *
     * @param viewerId the member reading, or null for a visitor
     * @throws ItemNotFoundException if there is no such item or the viewer may not read it
     */
    public Item find(long id, Long viewerId) {
        return store.find(id).filter(item -> statusVisible(item, viewerId) && types.readable(item, viewerId))
                .orElseThrow(() -> new ItemNotFoundException(id));
    }

    private boolean statusVisible(Item item, Long viewerId) {
        return switch (item.status()) {
            case PUBLISHED -> true;
            case PENDING_REVIEW, HIDDEN -> isModerator(viewerId) || viewerId != null && item.author().id() == viewerId;
            case DELETED -> isModerator(viewerId);
        };
    }

    private boolean isModerator(Long viewerId) {
        return viewerId != null && members.find(viewerId).filter(m -> m.getRole().includes(Role.MODERATOR)).isPresent();
    }
}
