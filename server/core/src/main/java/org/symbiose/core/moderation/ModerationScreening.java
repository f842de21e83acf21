package org.symbiose.core.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.symbiose.api.content.InvalidItemException;
import org.symbiose.api.member.Role;
import org.symbiose.core.content.ContentScreening;
import org.symbiose.core.member.Member;

/**
 * The moderators' rules on every write: watched words block, hold or censor (moderators' own
 * posts are held by none of them), and a new member's first posts wait for approval when the
 * policy says so.
 */
@ApplicationScoped
public class ModerationScreening implements ContentScreening {

    static final String NEWCOMER = "a new member's first posts are reviewed";

    @PersistenceContext(unitName = "symbiose")
    private EntityManager em;

    @Inject
    private WatchedWords watchedWords;

    @Inject
    private ModerationSettings settings;

    @Inject
    private ReviewQueue queue;

    @Override
    public Screened screen(String title, String body, long authorId, boolean creating) {
        Member author = em.find(Member.class, authorId);
        if (author != null && author.getRole().includes(Role.MODERATOR)) {
            return new Screened(title, body, null);
        }
        List<WatchedRule> rules = watchedWords.rules();
        String hold = null;
        for (WatchedRule rule : rules) {
            boolean inTitle = title != null && rule.matches(title);
            boolean inBody = body != null && rule.matches(body);
            if (!inTitle && !inBody) {
                continue;
            }
            switch (rule.action()) {
                case BLOCK -> throw new InvalidItemException(inTitle ? "title" : "body",
                        "Contains a word that is not allowed here");
                case REVIEW -> hold = "watched word: " + rule.pattern();
                case CENSOR -> {
                    title = inTitle ? rule.censor(title) : title;
                    body = inBody ? rule.censor(body) : body;
                }
            }
        }
        if (hold == null && creating && isNewcomer(authorId)) {
            hold = NEWCOMER;
        }
        return new Screened(title, body, hold);
    }

    @Override
    public void held(long itemId, String reason) {
        queue.open(itemId, NEWCOMER.equals(reason) ? ReviewEntry.Cause.NEWCOMER : ReviewEntry.Cause.RULE, reason);
    }

    private boolean isNewcomer(long authorId) {
        int reviewed = settings.policy().firstPostsReviewed();
        if (reviewed == 0) {
            return false;
        }
        // at most as many as the policy counts, not all: an established member has thousands
        int posted = em.createQuery("SELECT i.id FROM StoredItem i WHERE i.author.id = :author", Long.class)
                .setParameter("author", authorId).setMaxResults(reviewed).getResultList().size();
        return posted < reviewed;
    }
}
