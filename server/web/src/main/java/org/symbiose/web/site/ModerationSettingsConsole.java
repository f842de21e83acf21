package org.symbiose.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.symbiose.api.content.InvalidItemException;
import org.symbiose.api.member.Role;
import org.symbiose.core.moderation.LadderStep;
import org.symbiose.core.moderation.ModerationPolicy;
import org.symbiose.core.moderation.ModerationSettings;
import org.symbiose.core.moderation.Sanction;

/**
 * The console's moderation settings and escalation ladder: moderators read them, community
 * managers change them, a step at a time for the ladder.
 */
@Named
@RequestScoped
public class ModerationSettingsConsole {

    @Inject
    private ModerationSettings settings;

    @Inject
    private Visitor visitor;

    @Inject
    private Feedback feedback;

    private Integer flagThreshold;
    private Integer firstPostsReviewed;
    private int stepPoints = 3;
    private String stepKind = Sanction.Kind.SILENCE.name();
    private int stepDays = 1;
    private List<LadderStep> ladder;

    public List<LadderStep> getLadder() {
        if (ladder == null) {
            ladder = settings.ladder();
        }
        return ladder;
    }

    /** The kinds a ladder step can give. */
    public List<Sanction.Kind> getStepKinds() {
        return List.of(Sanction.Kind.SILENCE, Sanction.Kind.SUSPEND);
    }

    /** Whether the visitor may change the settings: community managers and above. */
    public boolean isEditor() {
        return visitor.member().filter(m -> m.getRole().includes(Role.COMMUNITY_MANAGER)).isPresent();
    }

    public void savePolicy() {
        change(() -> settings.change(new ModerationPolicy(flagThreshold, firstPostsReviewed), me()));
    }

    public void addStep() {
        Sanction.Kind kind = getStepKinds().stream().filter(known -> known.name().equals(stepKind)).findFirst().orElse(null);
        change(() -> {
            List<LadderStep> steps = new ArrayList<>(getLadder());
            steps.add(new LadderStep(stepPoints, kind, stepDays));
            return settings.changeLadder(steps, me());
        });
    }

    public void removeStep(int index) {
        change(() -> {
            List<LadderStep> steps = new ArrayList<>(getLadder());
            if (index >= 0 && index < steps.size()) {
                steps.remove(index);
            }
            return settings.changeLadder(steps, me());
        });
    }

    private void change(Supplier<?> change) {
        if (!isEditor()) {
            feedback.page(FacesMessage.SEVERITY_ERROR, "settings.refused");
            return;
        }
        try {
            change.get();
        } catch (InvalidItemException refused) {
            feedback.error("settings.invalid", refused.getMessage());
            return;
        }
        feedback.page(FacesMessage.SEVERITY_INFO, "settings.saved");
        ladder = null;
    }

    private long me() {
        return visitor.getMember().getId();
    }

    public Integer getFlagThreshold() {
        return flagThreshold == null ? settings.policy().flagThreshold() : flagThreshold;
    }

    public void setFlagThreshold(Integer flagThreshold) {
        this.flagThreshold = flagThreshold;
    }

    public Integer getFirstPostsReviewed() {
        return firstPostsReviewed == null ? settings.policy().firstPostsReviewed() : firstPostsReviewed;
    }

    public void setFirstPostsReviewed(Integer firstPostsReviewed) {
        this.firstPostsReviewed = firstPostsReviewed;
    }

    public int getStepPoints() {
        return stepPoints;
    }

    public void setStepPoints(int stepPoints) {
        this.stepPoints = stepPoints;
    }

    public String getStepKind() {
        return stepKind;
    }

    public void setStepKind(String stepKind) {
        this.stepKind = stepKind;
    }

    public int getStepDays() {
        return stepDays;
    }

    public void setStepDays(int stepDays) {
        this.stepDays = stepDays;
    }
}
