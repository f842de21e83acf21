package org.symbiose.plugins.ideas;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.plugins.ideas.box.BoxType;
import org.symbiose.plugins.ideas.box.Boxes;
import org.symbiose.plugins.ideas.idea.BoxListings;
import org.symbiose.plugins.ideas.idea.IdeaType;
import org.symbiose.plugins.ideas.idea.Ideas;
import org.symbiose.plugins.ideas.vote.Votes;
import org.symbiose.spi.content.ItemListener;

/**
 * What moderators do to the plugin's items outside it: a box hidden, restored or edited is read
 * again, and so are the lists of a box whose idea was; an idea deleted gives its votes back to
 * their voters' budgets, as a closed one does (a hidden idea keeps them: it may be restored).
 */
@Component(service = ItemListener.class)
public class IdeasEvents implements ItemListener {

    @Reference
    private ContentStore store;

    @Reference
    private Boxes boxes;

    @Reference
    private Ideas ideas;

    @Reference
    private Votes votes;

    @Reference
    private BoxListings listings;

    @Override
    public void created(Item item) {
        changed(item);
    }

    @Override
    public void edited(Item item) {
        changed(item);
    }

    @Override
    public void statusChanged(Item item, ItemStatus previous) {
        changed(item);
        if (item.type().equals(IdeaType.KEY) && item.status() == ItemStatus.DELETED && previous != ItemStatus.DELETED) {
            store.inOneTransaction(() -> votes.giveBack(ideas.of(item)));
        }
    }

    private void changed(Item item) {
        if (item.type().equals(BoxType.KEY)) {
            boxes.changed(item.id());
        } else if (item.type().equals(IdeaType.KEY) && item.parentId() != null) {
            listings.changed(item.parentId());
        }
    }
}
