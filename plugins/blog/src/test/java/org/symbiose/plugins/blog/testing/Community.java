package org.symbiose.plugins.blog.testing;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.symbiose.api.audit.AuditLog;
import org.symbiose.api.member.AccountState;
import org.symbiose.api.member.MemberInfo;
import org.symbiose.api.member.MemberRef;
import org.symbiose.api.member.Permissions;
import org.symbiose.api.member.Role;
import org.symbiose.api.setting.Settings;
import org.symbiose.api.testing.InMemoryMembers;

/** Members, their permissions, the settings and the audit log, as the core would answer for them. */
public final class Community extends InMemoryMembers implements Permissions, Settings, AuditLog {

    /** The audit entries, as {@code action item before -> after}. */
    public final java.util.List<String> audited = new java.util.ArrayList<>();

    private final Map<String, String> settings = new HashMap<>();
    private final Set<String> granted = new HashSet<>();

    public long member(long id, Role role, int trust) {
        add(new MemberInfo(new MemberRef(id, "Member " + id), role, AccountState.ACTIVE, Instant.EPOCH, trust));
        return id;
    }

    public void grant(long memberId, String permission) {
        granted.add(memberId + " " + permission);
    }

    public void set(String key, String value) {
        settings.put(key, value);
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
