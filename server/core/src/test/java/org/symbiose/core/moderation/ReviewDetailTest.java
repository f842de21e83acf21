package org.symbiose.core.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewDetailTest {

    @Test
    void aFlagsReasonIsReadBackAsItsKeyWithTheFlaggersWords() {
        assertEquals(new ReviewDetail("flag.OFF_TOPIC", List.of("")),
                ReviewDetail.of(ReviewEntry.Cause.FLAGS, ReviewDetail.ofFlag(ItemFlag.Reason.OFF_TOPIC, null)));
        assertEquals(new ReviewDetail("flag.OTHER", List.of("rude: really")),
                ReviewDetail.of(ReviewEntry.Cause.FLAGS, ReviewDetail.ofFlag(ItemFlag.Reason.OTHER, "rude: really")));
    }

    @Test
    void heldPostsSayWhyWithTheirValues() {
        assertEquals(new ReviewDetail("spam", List.of("11", "10", "6", "5", "0")),
                ReviewDetail.of(ReviewEntry.Cause.SPAM, new SpamScore(6, 5, 0).detail(10)));
        assertEquals(new ReviewDetail("watch", List.of("Spam elsewhere")),
                ReviewDetail.of(ReviewEntry.Cause.WATCH, ModerationScreening.WATCHED + "Spam elsewhere"));
        assertEquals(new ReviewDetail("newcomer", List.of()),
                ReviewDetail.of(ReviewEntry.Cause.NEWCOMER, ModerationScreening.NEWCOMER));
        assertEquals(new ReviewDetail("rule", List.of("casino")),
                ReviewDetail.of(ReviewEntry.Cause.RULE, ReviewDetail.RULE + "casino"));
    }

    @Test
    void aPluginsOwnWordsAreKeptAsTheyAre() {
        assertEquals(new ReviewDetail("text", List.of("Looks like an advert")),
                ReviewDetail.of(ReviewEntry.Cause.PLUGIN, "Looks like an advert"));
        assertEquals(new ReviewDetail("text", List.of("")), ReviewDetail.of(ReviewEntry.Cause.FLAGS, null));
    }
}
