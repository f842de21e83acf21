package org.symbiose.core.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Map;
import org.symbiose.core.data.PluginRecords;

/** Where the moderation policy is kept: a record of the core's own, beside plugins' records. */
@ApplicationScoped
public class ModerationSettings {

    private static final String CORE = "core";

    @Inject
    private PluginRecords records;

    public ModerationPolicy policy() {
        return records.get(CORE, "moderation", "policy")
                .map(stored -> new ModerationPolicy(number(stored, "flagThreshold", ModerationPolicy.DEFAULT.flagThreshold()),
                        number(stored, "firstPostsReviewed", ModerationPolicy.DEFAULT.firstPostsReviewed())))
                .orElse(ModerationPolicy.DEFAULT);
    }

    public ModerationPolicy change(ModerationPolicy policy) {
        records.put(CORE, "moderation", "policy",
                Map.of("flagThreshold", policy.flagThreshold(), "firstPostsReviewed", policy.firstPostsReviewed()));
        return policy;
    }

    private static int number(Map<String, Object> stored, String name, int fallback) {
        return stored.get(name) instanceof BigDecimal value ? value.intValue() : fallback;
    }
}
