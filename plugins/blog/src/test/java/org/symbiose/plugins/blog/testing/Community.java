package org.symbiose.plugins.blog.testing;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.symbiose.api.member.AccountState;
import org.symbiose.api.member.MemberDirectory;
import org.symbiose.api.member.MemberInfo;
import org.symbiose.api.member.MemberRef;
import org.symbiose.api.member.Permissions;
import org.symbiose.api.member.Role;
import org.symbiose.api.setting.Settings;

/** Members, their permissions, the settings and stored files, as the core would answer for them. */
public final class Community implements MemberDirectory, Permissions, Settings {

    private final Map<Long, MemberInfo> members = new HashMap<>();
    private final Map<String, String> settings = new HashMap<>();
    private final Set<String> granted = new HashSet<>();

    public long member(long id, Role role, int trust) {
        members.put(id, new MemberInfo(new MemberRef(id, "Member " + id), role, AccountState.ACTIVE, Instant.EPOCH, trust));
        return id;
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

    // blogxml: the member API's lookups for imports and MetaWeblog (none known here)
    @Override
    public Optional<MemberInfo> byEmail(String email) {
        return Optional.empty();
    }

    @Override
    public Optional<MemberInfo> byApiToken(String token) {
        return Optional.empty();
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

}
