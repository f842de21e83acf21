package org.symbiose.core.moderation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.symbiose.api.cache.SharedCache;
import org.symbiose.api.cache.SharedCaches;
import org.symbiose.api.content.InvalidItemException;
import org.symbiose.core.audit.AuditTrail;
import org.symbiose.core.data.PluginRecords;

/** Where the moderation policy is kept: a record of the core's own, beside plugins' records. */
@ApplicationScoped
@Transactional
public class ModerationSettings {

    private static final String CORE = "core";
    private static final String POLICY = "policy";

    @Inject
    private PluginRecords records;

    @Inject
    private AuditTrail audit;

    @Inject
    private SharedCaches caches;

    /** Every post of a member below trust level 1 reads the policy; a manager seldom changes it. */
    private SharedCache<String, ModerationPolicy> current;

    @PostConstruct
    void start() {
        current = caches.cache("moderation-policy", 1);
    }

    public ModerationPolicy policy() {
        return current.get(POLICY, key -> stored());
    }

    private ModerationPolicy stored() {
        return records.get(CORE, "moderation", POLICY)
                .map(stored -> new ModerationPolicy(number(stored, "flagThreshold", ModerationPolicy.DEFAULT.flagThreshold()),
                        number(stored, "firstPostsReviewed", ModerationPolicy.DEFAULT.firstPostsReviewed())))
                .orElse(ModerationPolicy.DEFAULT);
    }

    public ModerationPolicy change(ModerationPolicy policy, long actorId) {
        audit.record(null, actorId, "moderation.settings", null, null, policy().toString(), policy.toString());
        current.invalidate(POLICY);
        records.put(CORE, "moderation", POLICY,
                Map.of("flagThreshold", policy.flagThreshold(), "firstPostsReviewed", policy.firstPostsReviewed()));
        return policy;
    }

    /** The escalation ladder, lowest threshold first; empty until a community manager sets one. */
    @SuppressWarnings("unchecked")
    public List<LadderStep> ladder() {
        return records.get(CORE, "moderation", "ladder")
                .map(stored -> ((List<Map<String, Object>>) stored.getOrDefault("steps", List.of())).stream()
                        .map(step -> new LadderStep(number(step, "points", 1), Sanction.Kind.valueOf((String) step.get("kind")),
                                number(step, "days", 1)))
                        .sorted(Comparator.comparingInt(LadderStep::points))
                        .toList())
                .orElse(List.of());
    }

    public List<LadderStep> changeLadder(List<LadderStep> steps, long actorId) {
        if (steps.size() > 20) {
            throw new InvalidItemException("steps", "A ladder has at most 20 steps");
        }
        audit.record(null, actorId, "moderation.ladder", null, null, ladder().toString(), steps.toString());
        records.put(CORE, "moderation", "ladder", Map.of("steps", steps.stream()
                .map(step -> Map.<String, Object>of("points", step.points(), "kind", step.kind().name(), "days", step.days()))
                .toList()));
        return ladder();
    }

    static int number(Map<String, Object> stored, String name, int fallback) {
        return stored.get(name) instanceof BigDecimal value ? value.intValue() : fallback;
    }
}
