package org.symbiose.core.moderation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.symbiose.api.cache.SharedCache;
import org.symbiose.api.cache.SharedCaches;
import org.symbiose.api.content.InvalidItemException;
import org.symbiose.core.audit.AuditTrail;

/**
 * The watched words moderators keep. The compiled rules are kept in a shared cache that a change
 * drops on every server once committed: a list changed by one moderator applies on every server
 * within a second, and a check does not read the database.
 */
@ApplicationScoped
@Transactional
public class WatchedWords {

    private static final int MAX_PATTERN = 200;
    /** The one key of the list: all rules are loaded together. */
    private static final String ALL = "all";

    @PersistenceContext(unitName = "symbiose")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private SharedCaches caches;

    private SharedCache<String, List<WatchedRule>> compiled;

    @PostConstruct
    void start() {
        compiled = caches.cache("watched-words", 1);
    }

    public List<WatchedRule> rules() {
        return compiled.get(ALL, all -> em.createQuery("SELECT w FROM WatchedWord w ORDER BY w.id", WatchedWord.class)
                .getResultList().stream().map(WatchedWord::rule).toList());
    }

    public WatchedRule add(String pattern, boolean regex, WatchedWord.Action action, String replacement, long actorId) {
        if (pattern == null || pattern.isBlank() || pattern.length() > MAX_PATTERN) {
            throw new InvalidItemException("pattern", "A pattern has 1 to " + MAX_PATTERN + " characters");
        }
        if (action == null) {
            throw new InvalidItemException("action", "The action is BLOCK, REVIEW or CENSOR");
        }
        WatchedRule.of(null, pattern.strip(), regex, action, replacement);
        boolean taken = !em.createQuery("SELECT w.id FROM WatchedWord w WHERE w.pattern = :pattern", Long.class)
                .setParameter("pattern", pattern.strip()).getResultList().isEmpty();
        if (taken) {
            throw new InvalidItemException("pattern", "This pattern is already watched");
        }
        WatchedWord word = new WatchedWord(pattern.strip(), regex, action, replacement, clock.instant());
        em.persist(word);
        em.flush();
        compiled.invalidate(ALL);
        audit.record(null, actorId, "moderation.watched-word.add", null, pattern.strip(), null,
                action + (replacement == null ? "" : " → " + replacement));
        return word.rule();
    }

    public boolean remove(long id, long actorId) {
        WatchedWord word = em.find(WatchedWord.class, id);
        if (word != null) {
            WatchedRule rule = word.rule();
            em.remove(word);
            compiled.invalidate(ALL);
            audit.record(null, actorId, "moderation.watched-word.remove", null, rule.pattern(), rule.action().name(), null);
        }
        return word != null;
    }
}
