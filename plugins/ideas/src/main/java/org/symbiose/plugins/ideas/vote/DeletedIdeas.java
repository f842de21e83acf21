package org.symbiose.plugins.ideas.vote;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.plugins.ideas.idea.IdeaType;
import org.symbiose.plugins.ideas.idea.Ideas;
import org.symbiose.spi.content.ItemListener;

/**
 * An idea deleted by its moderators gives its votes back to their voters' budgets, as a closed one
 * does; a hidden idea keeps them, since it may be restored.
 */
@Component(service = ItemListener.class)
public class DeletedIdeas implements ItemListener {

    @Reference
    private ContentStore store;

    @Reference
    private Ideas ideas;

    @Reference
    private Votes votes;

    @Override
    public void statusChanged(Item item, ItemStatus previous) {
        if (item.type().equals(IdeaType.KEY) && item.status() == ItemStatus.DELETED && previous != ItemStatus.DELETED) {
            store.inOneTransaction(() -> votes.giveBack(ideas.of(item)));
        }
    }
}
