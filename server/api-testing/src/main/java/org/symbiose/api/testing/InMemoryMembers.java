package org.symbiose.api.testing;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.symbiose.api.member.AccountState;
import org.symbiose.api.member.MemberDirectory;
import org.symbiose.api.member.MemberInfo;

/**
 * The member directory's lookups over the members a test adds, with the directory's rules: a
 * deleted member is found by id only, a suspended one no longer by API token. Everyone reads the
 * site in its one language (English unless set).
 */
public class InMemoryMembers implements MemberDirectory {

    private final Map<Long, MemberInfo> members = new HashMap<>();
    private final Map<String, Long> emails = new HashMap<>();
    private final Map<String, Long> tokens = new HashMap<>();
    private Locale siteLanguage = Locale.ENGLISH;

    /** Adds (or replaces) a member; returns it. */
    public MemberInfo add(MemberInfo member) {
        members.put(member.ref().id(), member);
        return member;
    }

    /** Gives a member an e-mail address, as imports match authors by it. */
    public void email(long memberId, String address) {
        emails.put(address.toLowerCase(Locale.ROOT), memberId);
    }

    /** Gives a member a personal API token, as remote publishing clients sign in with it. */
    public void token(long memberId, String secret) {
        tokens.put(secret, memberId);
    }

    /** The language {@link #language(long)} answers for everyone. */
    public void siteLanguage(Locale language) {
        siteLanguage = language;
    }

    @Override
    public Optional<MemberInfo> find(long id) {
        return Optional.ofNullable(members.get(id));
    }

    @Override
    public Optional<MemberInfo> byDisplayName(String displayName) {
        return members.values().stream().filter(m -> m.ref().displayName().equalsIgnoreCase(displayName))
                .filter(m -> m.state() != AccountState.DELETED).findFirst();
    }

    @Override
    public Locale language(long id) {
        return siteLanguage;
    }

    @Override
    public Optional<MemberInfo> byEmail(String email) {
        return Optional.ofNullable(emails.get(email.toLowerCase(Locale.ROOT))).flatMap(this::find)
                .filter(m -> m.state() != AccountState.DELETED);
    }

    @Override
    public Optional<MemberInfo> byApiToken(String token) {
        return Optional.ofNullable(tokens.get(token)).flatMap(this::find)
                .filter(m -> m.state() != AccountState.DELETED && m.state() != AccountState.SUSPENDED);
    }
}
