package org.symbiose.core.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.symbiose.api.content.ContentLimitException;
import org.symbiose.api.content.InvalidItemException;
import org.symbiose.api.member.Role;
import org.symbiose.core.content.ContentScreening;
import org.symbiose.core.member.Member;

/**
 * The moderators' rules on every write (moderators' own posts pass them all): a new member
 * (trust level 0) may put only so many links and images in a post; watched words block, hold or
 * censor; and a new post waits for approval when its author is under watch, when its spam score
 * (for levels 0 and 1) reaches the threshold, or when it is among a new member's first posts and
 * the policy says so.
 */
@ApplicationScoped
public class ModerationScreening implements ContentScreening {

    static final String NEWCOMER = "a new member's first posts are reviewed";
    static final String WATCHED = "member under watch: ";
    private static final int RECENT_POSTS = 20;

    @PersistenceContext(unitName = "symbiose")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private WatchedWords watchedWords;

    @Inject
    private ModerationSettings settings;

    @Inject
    private TrustSettings trustSettings;

    @Inject
    private TrustLevels trust;

    @Inject
    private Watchlist watchlist;

    @Inject
    private ReviewQueue queue;

    @Override
    public Screened screen(String title, String body, long authorId, boolean creating) {
        Member author = em.find(Member.class, authorId);
        if (author != null && author.getRole().includes(Role.MODERATOR)) {
            return new Screened(title, body, null);
        }
        int level = trust.level(authorId);
        // the policy matters only to the members it limits: levels 0 and 1
        TrustPolicy policy = level <= 1 ? trustSettings.policy() : null;
        // parsed once for the newcomer's limits and the spam score: a Markdown parse of the body
        PostLinks links = level <= 1 ? PostLinks.in(body) : null;
        if (level == 0) {
            withinNewcomerLimits(links, policy);
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
                case REVIEW -> hold = ReviewDetail.RULE + rule.pattern();
                case CENSOR -> {
                    title = inTitle ? rule.censor(title) : title;
                    body = inBody ? rule.censor(body) : body;
                }
            }
        }
        if (hold == null && creating) {
            hold = holdNew(body, links, authorId, level, policy);
        }
        return new Screened(title, body, hold);
    }

    /** Why a new post that broke no rule waits for review, or null. */
    private String holdNew(String body, PostLinks links, long authorId, int level, TrustPolicy policy) {
        return watchlist.of(authorId).map(watch -> WATCHED + watch.reason())
                .or(() -> level <= 1 ? spam(body, links, authorId, policy.spamThreshold()) : Optional.empty())
                .orElseGet(() -> isNewcomer(authorId) ? NEWCOMER : null);
    }

    @Override
    public void held(long itemId, String reason) {
        queue.open(itemId, causeOf(reason), reason);
    }

    @Override
    public void published(long authorId) {
        trust.wrote(authorId);
    }

    static ReviewEntry.Cause causeOf(String reason) {
        if (ContentScreening.ASKED.equals(reason)) {
            return ReviewEntry.Cause.PLUGIN;
        }
        if (NEWCOMER.equals(reason)) {
            return ReviewEntry.Cause.NEWCOMER;
        }
        if (reason.startsWith(WATCHED)) {
            return ReviewEntry.Cause.WATCH;
        }
        return reason.startsWith(SpamScore.PREFIX) ? ReviewEntry.Cause.SPAM : ReviewEntry.Cause.RULE;
    }

    private static void withinNewcomerLimits(PostLinks found, TrustPolicy policy) {
        refuseOver(found.links(), policy.newcomerLinks(), "link");
        refuseOver(found.images(), policy.newcomerImages(), "image");
    }

    private static void refuseOver(int found, int limit, String what) {
        if (found > limit) {
            throw new ContentLimitException("body", "A new member may put at most " + count(limit, what)
                    + " in a post; this one has " + found + ". The limit goes once you reach trust level 1");
        }
    }

    private static String count(int n, String what) {
        return n == 0 ? "no " + what + "s" : n + " " + what + (n == 1 ? "" : "s");
    }

    /** The hold reason when the post's spam score reaches the threshold. */
    private Optional<String> spam(String body, PostLinks links, long authorId, int threshold) {
        Instant now = clock.instant();
        // the newest ids first, from the (author, created) index alone, then only their bodies, and
        // only when a repeat could tip the score: sorting the texts themselves cost a busy author
        // more than the rest of the write. The newest posts also tell the speed: the score stops
        // counting well below RECENT_POSTS.
        List<Object[]> newest = em.createQuery("SELECT i.id, i.created FROM StoredItem i WHERE i.author.id = :author"
                        + " AND i.created > :since ORDER BY i.created DESC", Object[].class)
                .setParameter("author", authorId).setParameter("since", now.minus(Duration.ofDays(1)))
                .setMaxResults(RECENT_POSTS).getResultList();
        Instant minuteAgo = now.minus(Duration.ofMinutes(1));
        long lastMinute = newest.stream().filter(row -> ((Instant) row[1]).isAfter(minuteAgo)).count();
        SpamScore score = SpamScore.of(body, links, lastMinute, threshold, () -> newest.isEmpty() ? List.of()
                : em.createQuery("SELECT i.body FROM StoredItem i WHERE i.id IN :ids", String.class)
                        .setParameter("ids", newest.stream().map(row -> row[0]).toList()).getResultList());
        return score.total() >= threshold ? Optional.of(score.detail(threshold)) : Optional.empty();
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
