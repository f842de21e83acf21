package org.symbiose.core.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.symbiose.api.member.AccountState;
import org.symbiose.api.member.MemberRef;
import org.symbiose.api.member.Role;
import org.symbiose.core.persistence.Ids;

/** A registered person. */
@Entity
@Table(name = "member")
@EntityListeners(StandingChanges.class)
public class Member {

    /** What others see in place of a deleted member's name. */
    public static final String ANONYMOUS_NAME = "Deleted member";

    @Id
    // the one generator of every entity: its name is global in the persistence unit
    @SequenceGenerator(name = Ids.GENERATOR, sequenceName = Ids.SEQUENCE, allocationSize = Ids.BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role = Role.MEMBER;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountState state = AccountState.ACTIVE;

    @Column(name = "suspended_until")
    private Instant suspendedUntil;

    @Column(nullable = false)
    private String locale;

    @Column(nullable = false)
    private String bio = "";

    @Column(name = "avatar_url")
    private String avatarUrl;

    @Version
    private long version;

    @Column(nullable = false)
    private Instant created;

    @Column(nullable = false)
    private Instant updated;

    protected Member() {
    }

    public Member(String email, String displayName, String passwordHash, String locale, Instant now) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.locale = locale;
        this.created = now;
        this.updated = now;
    }

    /** What a request needs to know of this member, at trust level {@code trustLevel}. */
    public MemberStanding standing(int trustLevel) {
        return new MemberStanding(id, displayName, role, state, suspendedUntil, created, trustLevel);
    }

    public MemberRef ref() {
        return new MemberRef(id, displayName);
    }

    /**
     * The state that applies at {@code now}: a suspension or a silence whose end has passed is
     * over, without anything having to run at that moment.
     */
    public AccountState stateAt(Instant now) {
        return MemberStanding.stateAt(state, suspendedUntil, now);
    }

    /** Whether this member may post, reply, vote and react at {@code now}. */
    public boolean canPostAt(Instant now) {
        return stateAt(now) == AccountState.ACTIVE;
    }

    /** Anonymizes the member for good: their content stays, credited to {@link #ANONYMOUS_NAME}. */
    public void delete(Instant now) {
        state = AccountState.DELETED;
        email = null;
        passwordHash = null;
        displayName = ANONYMOUS_NAME;
        bio = "";
        avatarUrl = null;
        suspendedUntil = null;
        updated = now;
    }

    public void changeState(AccountState newState, Instant until, Instant now) {
        state = newState;
        // the end of a suspension, or of a silence when it has one
        suspendedUntil = newState == AccountState.SUSPENDED || newState == AccountState.SILENCED ? until : null;
        updated = now;
    }

    public void touch(Instant now) {
        updated = now;
    }

    public Long getId() { return id; }
    public String getEmail() { return email; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getPasswordHash() { return passwordHash; }
    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public AccountState getState() { return state; }
    public Instant getSuspendedUntil() { return suspendedUntil; }
    public String getLocale() { return locale; }
    public void setLocale(String locale) { this.locale = locale; }
    public String getBio() { return bio; }
    public void setBio(String bio) { this.bio = bio; }
    public String getAvatarUrl() { return avatarUrl; }
    public void setAvatarUrl(String avatarUrl) { this.avatarUrl = avatarUrl; }
    public long getVersion() { return version; }
    public Instant getCreated() { return created; }
    public Instant getUpdated() { return updated; }
}
