package org.symbiose.core.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.symbiose.api.member.AccountState;
import org.symbiose.api.member.Role;
import org.symbiose.core.content.ChangeFeed;

/** Registration, profiles, credentials, roles and account states. */
@ApplicationScoped
@Transactional
public class Members {

    /** The languages the site speaks; the first is the default. */
    public static final List<String> LOCALES = List.of("fr", "en");

    @PersistenceContext(unitName = "symbiose")
    private EntityManager em;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private Clock clock;

    @Inject
    private ChangeFeed changes;

    @Inject
    private Administrators administrators;

    public Member register(String email, String displayName, String password, String locale) {
        String address = canonicalEmail(email);
        if (findByEmail(address).isPresent()) {
            throw new MemberException(MemberException.Kind.CONFLICT, "email", "This e-mail address is already registered");
        }
        Member member = new Member(address, displayName.strip(), passwords.hash(password), supportedLocale(locale),
                clock.instant());
        em.persist(member);
        em.flush();
        return member;
    }

    public Optional<Member> find(long id) {
        return Optional.ofNullable(em.find(Member.class, id));
    }

    public Member get(long id) {
        return find(id).orElseThrow(() -> MemberException.notFound(id));
    }

    public Optional<Member> findByEmail(String email) {
        return em.createQuery("select m from Member m where m.email = :email", Member.class)
                .setParameter("email", canonicalEmail(email))
                .getResultStream().findFirst();
    }

    /** Members, newest first, with ids below {@code before} (null: from the newest). */
    public List<Member> list(Long before, int limit) {
        return em.createQuery("select m from Member m where m.id < :before order by m.id desc", Member.class)
                .setParameter("before", before == null ? Long.MAX_VALUE : before)
                .setMaxResults(limit)
                .getResultList();
    }

    public boolean anyAdministrator() {
        return !em.createQuery("select m.id from Member m where m.role = :role", Long.class)
                .setParameter("role", Role.ADMINISTRATOR).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * Checks an e-mail and password at sign-in. The password is hashed even for an unknown
     * address, so the answer's timing does not tell which addresses are registered.
     */
    public SignIn signIn(String email, String password) {
        Optional<Member> found = email == null ? Optional.empty() : findByEmail(email);
        boolean matches = passwords.matches(password == null ? "" : password,
                found.map(Member::getPasswordHash).orElse(null));
        if (found.isEmpty() || !matches) {
            return SignIn.refused();
        }
        return SignIn.of(found.get(), clock.instant());
    }

    public Member updateProfile(long id, long expectedVersion, ProfileChange change) {
        Member member = get(id);
        requireVersion(member, expectedVersion);
        if (change.displayName() != null && !change.displayName().strip().equals(member.getDisplayName())) {
            member.setDisplayName(change.displayName().strip());
            // search results show authors' names
            changes.requeueAuthor(id);
        }
        if (change.bio() != null) {
            member.setBio(change.bio());
        }
        if (change.avatarUrl() != null) {
            member.setAvatarUrl(change.avatarUrl().isBlank() ? null : change.avatarUrl());
        }
        if (change.locale() != null) {
            member.setLocale(supportedLocale(change.locale()));
        }
        member.touch(clock.instant());
        em.flush();
        return member;
    }

    public void changePassword(long id, String currentPassword, String newPassword) {
        Member member = get(id);
        if (!passwords.matches(currentPassword, member.getPasswordHash())) {
            throw new MemberException(MemberException.Kind.INVALID, "currentPassword", "The current password is wrong");
        }
        member.setPasswordHash(passwords.hash(newPassword));
        member.touch(clock.instant());
    }

    /**
     * Gives a member another role.
     *
     * @throws MemberException a conflict when it would demote the last administrator
     */
    public Member changeRole(long id, Role role) {
        Member member = get(id);
        if (role != Role.ADMINISTRATOR) {
            administrators.keepAnotherThan(member);
        }
        member.setRole(role);
        member.touch(clock.instant());
        return member;
    }

    /**
     * Silences, suspends (until {@code until}), reactivates or deletes a member. Deleting
     * anonymizes for good and revokes every API token. The last administrator who can sign in is
     * neither suspended nor deleted (a conflict).
     */
    public Member changeState(long id, AccountState state, Instant until) {
        Member member = get(id);
        Instant now = clock.instant();
        if (member.getState() == AccountState.DELETED) {
            throw new MemberException(MemberException.Kind.CONFLICT, "state", "A deleted member cannot be changed");
        }
        if (state == AccountState.SUSPENDED || state == AccountState.DELETED) {
            administrators.keepAnotherThan(member);
        }
        if (state == AccountState.SUSPENDED && (until == null || !until.isAfter(now))) {
            throw new MemberException(MemberException.Kind.INVALID, "until", "A suspension needs an end in the future");
        }
        if (state == AccountState.SILENCED && until != null && !until.isAfter(now)) {
            throw new MemberException(MemberException.Kind.INVALID, "until", "A silence ends in the future, or never");
        }
        if (state == AccountState.DELETED) {
            member.delete(now);
            changes.requeueAuthor(id);
            em.createQuery("update ApiToken t set t.revoked = :now where t.memberId = :id and t.revoked is null")
                    .setParameter("now", now).setParameter("id", id).executeUpdate();
        } else {
            member.changeState(state, until, now);
        }
        return member;
    }

    private static void requireVersion(Member member, long expectedVersion) {
        if (member.getVersion() != expectedVersion) {
            throw new MemberException(MemberException.Kind.CONFLICT, "version",
                    "The profile changed since it was read (version " + member.getVersion() + ", not "
                            + expectedVersion + ")");
        }
    }

    static String canonicalEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static String supportedLocale(String locale) {
        return locale != null && LOCALES.contains(locale) ? locale : LOCALES.get(0);
    }
}
