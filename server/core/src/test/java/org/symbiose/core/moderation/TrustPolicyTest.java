package org.symbiose.core.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symbiose.api.content.InvalidItemException;

class TrustPolicyTest {

    private static final TrustPolicy POLICY = new TrustPolicy(List.of(
            new LevelRequirement(2, 5, 50, 3, 2, 0),
            new LevelRequirement(1, 1, 10, 1, 0, 0),
            new LevelRequirement(3, 20, 200, 10, 10, 30)), 2, 1, 10);

    @Test
    void aMemberClimbsOneLevelAtATimeWhileTheNextOneIsMet() {
        assertThat(POLICY.levelFor(0, new Participated(0, 0, 0, 0, null))).isZero();
        assertThat(POLICY.levelFor(0, new Participated(1, 10, 1, 0, null))).isEqualTo(1);
        assertThat(POLICY.levelFor(0, new Participated(5, 50, 3, 2, null))).as("two levels at once").isEqualTo(2);
        assertThat(POLICY.levelFor(0, new Participated(30, 500, 0, 50, null))).as("level 1 needs a post first").isZero();
        assertThat(POLICY.levelFor(2, new Participated(0, 0, 0, 0, null))).as("never down").isEqualTo(2);
        assertThat(POLICY.levelFor(3, new Participated(999, 999, 999, 999, null))).as("4 is given by hand").isEqualTo(3);
    }

    @Test
    void aRecentSanctionHoldsBackTheLevelsThatAskForCleanDays() {
        Participated busy = new Participated(30, 500, 20, 20, 10L);
        assertThat(POLICY.levelFor(0, busy)).isEqualTo(2);
        assertThat(POLICY.requirement(3).missing(busy)).containsExactly(new Missing("daysWithoutSanction", 30, 10));
        assertThat(POLICY.levelFor(0, new Participated(30, 500, 20, 20, 30L))).isEqualTo(3);
    }

    @Test
    void whatIsMissingNamesEachRequirementWithWhatTheMemberHas() {
        assertThat(POLICY.requirement(1).missing(new Participated(1, 4, 0, 0, null))).containsExactly(
                new Missing("postsRead", 10, 4), new Missing("postsWritten", 1, 0));
    }

    @Test
    void levelsOneToThreeAreEachGivenOnce() {
        LevelRequirement one = new LevelRequirement(1, 0, 0, 0, 0, 0);
        assertThatThrownBy(() -> new TrustPolicy(List.of(one, one, new LevelRequirement(3, 0, 0, 0, 0, 0)), 2, 1, 10))
                .isInstanceOf(InvalidItemException.class).hasMessageContaining("once each");
        assertThatThrownBy(() -> new TrustPolicy(List.of(one), 2, 1, 10)).isInstanceOf(InvalidItemException.class);
        assertThatThrownBy(() -> new LevelRequirement(4, 0, 0, 0, 0, 0)).isInstanceOf(InvalidItemException.class);
        assertThatThrownBy(() -> new LevelRequirement(1, -1, 0, 0, 0, 0)).isInstanceOf(InvalidItemException.class);
        assertThatThrownBy(() -> new TrustPolicy(POLICY.levels(), 2, 1, 0)).isInstanceOf(InvalidItemException.class)
                .hasMessageContaining("spam threshold");
    }

    @Test
    void aFlagWeighsMoreWithTrustButOnlyAModeratorsHidesAlone() {
        assertThat(FlagWeight.of(false, 0, 3)).isEqualTo(1);
        assertThat(FlagWeight.of(false, 1, 3)).isEqualTo(1);
        assertThat(FlagWeight.of(false, 2, 3)).isEqualTo(2);
        assertThat(FlagWeight.of(false, 4, 3)).as("below the threshold").isEqualTo(2);
        assertThat(FlagWeight.of(false, 4, 10)).isEqualTo(3);
        assertThat(FlagWeight.of(false, 4, 1)).as("a threshold of 1: every flag hides").isEqualTo(1);
        assertThat(FlagWeight.of(true, 0, 3)).isEqualTo(3);
    }
}
