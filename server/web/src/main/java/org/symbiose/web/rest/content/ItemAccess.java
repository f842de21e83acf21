package org.symbiose.web.rest.content;

import java.util.Optional;
import java.util.Set;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.member.Role;
import org.symbiose.web.security.Caller;

/** Who may change an item, and list items of other statuses than published. */
final class ItemAccess {

    private ItemAccess() {
    }

    static boolean canChange(Item item, Caller caller) {
        return caller.is(Role.MODERATOR) || isAuthor(item, caller) && item.status() != ItemStatus.DELETED;
    }

    /** Listing other statuses than published is for moderators, or for authors listing their own. */
    static boolean canList(Set<ItemStatus> statuses, Long authorId, Optional<Caller> caller) {
        if (statuses.equals(Set.of(ItemStatus.PUBLISHED))) {
            return true;
        }
        return caller.filter(c -> c.is(Role.MODERATOR)
                || authorId != null && authorId == c.id() && !statuses.contains(ItemStatus.DELETED)).isPresent();
    }

    private static boolean isAuthor(Item item, Caller caller) {
        return item.author().id() == caller.id();
    }
}
