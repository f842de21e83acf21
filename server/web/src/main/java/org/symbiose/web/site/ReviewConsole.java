package org.symbiose.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.symbiose.api.content.Item;
import org.symbiose.core.content.JpaContentStore;
import org.symbiose.core.moderation.ModerationException;
import org.symbiose.core.moderation.ReviewEntry;
import org.symbiose.core.moderation.ReviewQueue;
import org.symbiose.core.moderation.Reviewed;

/**
 * The moderation console's review queue: what waits, with the item itself, and the decisions.
 * Each decision names the entry's version as shown, so a moderator acting on an entry another
 * one has just decided is told so instead of deciding twice.
 */
@Named
@RequestScoped
public class ReviewConsole {

    private static final int SHOWN = 50;

    @Inject
    private ReviewQueue queue;

    @Inject
    private JpaContentStore store;

    @Inject
    private Visitor visitor;

    @Inject
    private Feedback feedback;

    private List<Reviewed> waiting;
    private Map<Long, Item> items;
    private String note;

    public List<Reviewed> getWaiting() {
        if (waiting == null) {
            waiting = queue.waiting(null, 0, SHOWN);
            items = store.findAll(waiting.stream().map(Reviewed::itemId).toList()).stream()
                    .collect(Collectors.toMap(Item::id, Function.identity()));
        }
        return waiting;
    }

    public long getSize() {
        return queue.size();
    }

    /** The item an entry is about, or null if it is gone. */
    public Item item(long itemId) {
        getWaiting();
        return items.get(itemId);
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public void decide(long entryId, long version, String decision) {
        if (!visitor.isModerator()) {
            feedback.page(FacesMessage.SEVERITY_ERROR, "console.refused");
            return;
        }
        try {
            queue.decide(entryId, version, visitor.getMember().getId(), ReviewEntry.Decision.valueOf(decision), note);
            feedback.page(FacesMessage.SEVERITY_INFO, "console.decided." + decision);
        } catch (ModerationException refused) {
            feedback.page(FacesMessage.SEVERITY_WARN, "console.conflict");
        }
        // the reason was for this decision only
        note = null;
        waiting = null;
    }
}
