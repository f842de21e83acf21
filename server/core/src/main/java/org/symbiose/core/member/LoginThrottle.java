package org.symbiose.core.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PessimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows password guessing, per account and per client address: after too many failed sign-ins for one key within
 * a window, further attempts with that key are refused until the oldest of them leaves the window.
 *
 * <p>Checking and counting are one step: an attempt is counted, under a row lock, before its (deliberately slow)
 * password check, and taken back when the password was right. So parallel guesses cannot all pass the check
 * while none is counted yet. The counts live in the database, shared by every server of a cluster.
 */
@ApplicationScoped
public class LoginThrottle {

    @PersistenceContext(unitName = "symbiose")
    private EntityManager em;

    private Clock clock;
    private int perAccount;
    private int perAddress;
    private Duration window;

    /**
     * What the throttle said to an attempt.
     *
     * @param retryAfter how long to wait before trying again, if the attempt is refused
     * @param account  the account's key
     * @param attempts the ids of the attempts counted (none when refused)
     */
    public record Admission(Optional<Duration> retryAfter, String account, List<Long> attempts) {

        public boolean refused() {
            return retryAfter.isPresent();
        }
    }

    @Inject
    public LoginThrottle(Clock clock,
            @ConfigProperty(name = "symbiose.security.login.max-failures", defaultValue = "5") int perAccount,
            @ConfigProperty(name = "symbiose.security.login.max-failures-per-address", defaultValue = "20") int perAddress,
            @ConfigProperty(name = "symbiose.security.login.window-minutes", defaultValue = "15") long windowMinutes) {
        this.clock = clock;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = Duration.ofMinutes(windowMinutes);
    }

    /** Outside a container (tests): the caller runs the transactions. */
    public LoginThrottle(EntityManager em, Clock clock, int perAccount, int perAddress, long windowMinutes) {
        this(clock, perAccount, perAddress, windowMinutes);
        this.em = em;
    }

    /** For the container's proxy only. */
    protected LoginThrottle() {
    }

    /**
     * Counts an attempt to sign in to account {@code email} from {@code address}, unless either is over its limit.
     * Committed before the caller checks the password.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Admission admit(String email, String address) {
        String account = "email:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
        String client = "address:" + (address == null ? "" : address);
        Instant now = clock.instant();
        try {
            // in a fixed order, so that two attempts never wait on each other's second lock
            for (int stripe : new TreeSet<>(List.of(LoginLock.stripeOf(account), LoginLock.stripeOf(client)))) {
                em.find(LoginLock.class, stripe, LockModeType.PESSIMISTIC_WRITE);
            }
        } catch (PessimisticLockException | LockTimeoutException busy) {
            // guesses so many that the locks time out: refused, like any burst over the limit
            return new Admission(Optional.of(Duration.ofSeconds(1)), account, List.of());
        }
        Optional<Duration> wait = waitFor(account, perAccount, now).or(() -> waitFor(client, perAddress, now));
        if (wait.isPresent()) {
            return new Admission(wait, account, List.of());
        }
        LoginAttempt forAccount = new LoginAttempt(account, now);
        LoginAttempt fromAddress = new LoginAttempt(client, now);
        em.persist(forAccount);
        em.persist(fromAddress);
        em.flush();
        return new Admission(Optional.empty(), account, List.of(forAccount.id(), fromAddress.id()));
    }

    /**
     * The password was right: the attempt was no failure, and the account's earlier failures are forgiven (not the
     * address's: one account of one's own must not reset the count of guesses on others).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(Admission admission) {
        em.createQuery("DELETE FROM LoginAttempt a WHERE a.key = :key OR a.id IN :ids")
                .setParameter("key", admission.account()).setParameter("ids", admission.attempts()).executeUpdate();
    }

    /** How long {@code key} waits if it has {@code limit} attempts in the window; older ones are dropped. */
    private Optional<Duration> waitFor(String key, int limit, Instant now) {
        Instant since = now.minus(window);
        em.createQuery("DELETE FROM LoginAttempt a WHERE a.key = :key AND a.at <= :since")
                .setParameter("key", key).setParameter("since", since).executeUpdate();
        List<Instant> newest = em.createQuery("SELECT a.at FROM LoginAttempt a WHERE a.key = :key ORDER BY a.at DESC",
                Instant.class).setParameter("key", key).setMaxResults(limit).getResultList();
        if (newest.size() < limit) {
            return Optional.empty();
        }
        // the limit is reached until the oldest of the last `limit` attempts leaves the window
        return Optional.of(Duration.between(now, newest.getLast().plus(window)));
    }
}
