package org.symbiose.plugins.blog.testing;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.symbiose.api.audit.AuditLog;
import org.symbiose.api.member.AccountState;
import org.symbiose.api.member.MemberDirectory;
import org.symbiose.api.member.MemberInfo;
import org.symbiose.api.member.MemberRef;
import org.symbiose.api.member.Permissions;
import org.symbiose.api.member.Role;
import org.symbiose.api.setting.Settings;

/** Members, their permissions, the settings and stored files, as the core would answer for them. */
public final class Community implements MemberDirectory, Permissions, Settings, AuditLog {

    /** The audit entries, as {@code action item before -> after}. */
    public final java.util.List<String> audited = new java.util.ArrayList<>();

    private final Map<Long, MemberInfo> members = new HashMap<>();
    private final Map<String, String> settings = new HashMap<>();
    private final Set<String> granted = new HashSet<>();
    private final Map<String, Long> emails = new HashMap<>();
    private final Map<String, Long> tokens = new HashMap<>();

    public long member(long id, Role role, int trust) {
        members.put(id, new MemberInfo(new MemberRef(id, "Member " + id), role, AccountState.ACTIVE, Instant.EPOCH, trust));
        return id;
    }

    /** blogxml: gives a member an e-mail address, as imports match authors by it. */
    public void email(long memberId, String address) {
        emails.put(address, memberId);
    }

    /** blogxml: gives a member a personal API token, as MetaWeblog clients sign in with it. */
    public void token(long memberId, String secret) {
        tokens.put(secret, memberId);
    }

    public void grant(long memberId, String permission) {
        granted.add(memberId + " " + permission);
    }

    public void set(String key, String value) {
        settings.put(key, value);
    }

    @Override
    public Optional<MemberInfo> find(long id) {
        return Optional.ofNullable(members.get(id));
    }

    @Override
    public Optional<MemberInfo> byDisplayName(String displayName) {
        return members.values().stream().filter(m -> m.ref().displayName().equalsIgnoreCase(displayName)).findFirst();
    }

    @Override
    public Locale language(long id) {
        return Locale.ENGLISH;
    }

    // blogxml: the member API's lookups for imports and MetaWeblog
    @Override
    public Optional<MemberInfo> byEmail(String email) {
        return Optional.ofNullable(emails.get(email)).flatMap(this::find);
    }

    @Override
    public Optional<MemberInfo> byApiToken(String token) {
        return Optional.ofNullable(tokens.get(token)).flatMap(this::find);
    }

    @Override
    public boolean allows(long memberId, String permission) {
        return granted.contains(memberId + " " + permission);
    }

    @Override
    public String value(String key) {
        String value = settings.get(key);
        if (value == null) {
            throw new IllegalArgumentException("Not declared: " + key);
        }
        return value;
    }


    @Override
    public void record(long actorId, String action, Long itemId, String reason, String before, String after) {
        audited.add(action + " " + itemId + " " + before + " -> " + after);
    }
}
