package org.symbiose.core.moderation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.symbiose.api.cache.SharedCache;
import org.symbiose.api.cache.SharedCaches;
import org.symbiose.core.audit.AuditTrail;
import org.symbiose.core.data.PluginRecords;

/** Where the trust settings are kept, beside the moderation policy; a change is audited. */
@ApplicationScoped
@Transactional
public class TrustSettings {

    private static final String CORE = "core";
    private static final String KEY = "trust";

    @Inject
    private PluginRecords records;

    @Inject
    private AuditTrail audit;

    @Inject
    private SharedCaches caches;

    /** Every post of a member at levels 0 and 1 reads the policy; an administrator seldom changes it. */
    private SharedCache<String, TrustPolicy> current;

    @PostConstruct
    void start() {
        current = caches.cache("trust-policy", 1);
    }

    public TrustPolicy policy() {
        return current.get(KEY, key -> stored());
    }

    @SuppressWarnings("unchecked")
    private TrustPolicy stored() {
        TrustPolicy fallback = TrustPolicy.DEFAULT;
        return records.get(CORE, "moderation", KEY)
                .map(stored -> new TrustPolicy(((List<Map<String, Object>>) stored.get("levels")).stream()
                        .map(TrustSettings::requirement).toList(),
                        ModerationSettings.number(stored, "newcomerLinks", fallback.newcomerLinks()),
                        ModerationSettings.number(stored, "newcomerImages", fallback.newcomerImages()),
                        ModerationSettings.number(stored, "spamThreshold", fallback.spamThreshold())))
                .orElse(fallback);
    }

    public TrustPolicy change(TrustPolicy policy, long managerId) {
        TrustPolicy before = policy();
        records.put(CORE, "moderation", KEY, Map.of(
                "levels", policy.levels().stream().map(level -> Map.<String, Object>of("level", level.level(),
                        "daysVisited", level.daysVisited(), "postsRead", level.postsRead(), "postsWritten", level.postsWritten(),
                        "likesReceived", level.likesReceived(), "cleanDays", level.cleanDays())).toList(),
                "newcomerLinks", policy.newcomerLinks(), "newcomerImages", policy.newcomerImages(),
                "spamThreshold", policy.spamThreshold()));
        current.invalidate(KEY);
        audit.record(null, managerId, "moderation.trust-settings", null, null, before.toString(), policy.toString());
        return policy;
    }

    private static LevelRequirement requirement(Map<String, Object> stored) {
        return new LevelRequirement(ModerationSettings.number(stored, "level", 1), ModerationSettings.number(stored, "daysVisited", 0),
                ModerationSettings.number(stored, "postsRead", 0), ModerationSettings.number(stored, "postsWritten", 0),
                ModerationSettings.number(stored, "likesReceived", 0), ModerationSettings.number(stored, "cleanDays", 0));
    }
}
