package org.symbiose.core.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.symbiose.core.member.Members;

/** What moderators see of a member's past: their posts, the flags around them, sanctions and notes. */
@ApplicationScoped
@Transactional
public class MemberHistory {

    /** How many of each list: the newest. */
    static final int SHOWN = 100;

    @PersistenceContext(unitName = "symbiose")
    private EntityManager em;

    @Inject
    private Members members;

    @Inject
    private Sanctions sanctions;

    /**
     * A member's history, newest first in each list.
     *
     * @param member        who
     * @param standing      what they can do, their points and every sanction
     * @param posts         their items, in every status
     * @param flagsReceived flags on their items
     * @param flagsRaised   flags they raised
     * @param notes         moderators' private notes
     */
    public record History(MemberSummary member, Standing standing, List<Post> posts, List<Flag> flagsReceived,
            List<Flag> flagsRaised, List<ModeratorNote.View> notes) {
    }

    /**
     * One of their items.
     *
     * @param id      its id
     * @param type    its type
     * @param title   its title, maybe empty
     * @param status  PUBLISHED, PENDING_REVIEW, HIDDEN, DELETED…
     * @param created when
     */
    public record Post(long id, String type, String title, String status, Instant created) {
    }

    /**
     * A flag.
     *
     * @param itemId    on which item
     * @param flaggerId who raised it
     * @param reason    SPAM, OFFENSIVE…; {@code flagReason} in JSON
     * @param text      what the flagger said, or null
     * @param created   when
     * @param resolved  when a moderator's decision closed it, or null
     */
    public record Flag(long itemId, long flaggerId, @JsonbProperty("flagReason") String reason, String text, Instant created, Instant resolved) {
    }

    public History of(long memberId) {
        MemberSummary member = members.find(memberId).map(MemberSummary::of)
                .orElseThrow(() -> new ModerationException(ModerationException.Kind.NOT_FOUND, null, "No member " + memberId));
        List<Post> posts = em.createQuery("SELECT i.id, i.type, i.title, i.status, i.created FROM StoredItem i"
                        + " WHERE i.author.id = :member ORDER BY i.id DESC", Object[].class)
                .setParameter("member", memberId).setMaxResults(SHOWN).getResultStream()
                .map(row -> new Post((Long) row[0], (String) row[1], (String) row[2], row[3].toString(), (Instant) row[4]))
                .toList();
        return new History(member, sanctions.standing(memberId), posts,
                flags("SELECT f.itemId, f.memberId, f.reason, f.text, f.created, f.resolved FROM ItemFlag f, StoredItem i"
                        + " WHERE f.itemId = i.id AND i.author.id = :member ORDER BY f.id DESC", memberId),
                flags("SELECT f.itemId, f.memberId, f.reason, f.text, f.created, f.resolved FROM ItemFlag f"
                        + " WHERE f.memberId = :member ORDER BY f.id DESC", memberId),
                sanctions.notes(memberId));
    }

    private List<Flag> flags(String jpql, long memberId) {
        return em.createQuery(jpql, Object[].class).setParameter("member", memberId).setMaxResults(SHOWN).getResultStream()
                .map(row -> new Flag((Long) row[0], (Long) row[1], row[2].toString(), (String) row[3], (Instant) row[4],
                        (Instant) row[5]))
                .toList();
    }
}
