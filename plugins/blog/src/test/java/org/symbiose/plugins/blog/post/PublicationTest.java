package org.symbiose.plugins.blog.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;

class PublicationTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    @Test
    void aPostWithoutStateIsADraft() {
        assertEquals(new Publication(PostState.DRAFT, null), Publication.decide(null, null, null, true, false, NOW));
    }

    @Test
    void publishingWithoutADateIsNow() {
        assertEquals(new Publication(PostState.PUBLISHED, NOW),
                Publication.decide(PostState.PUBLISHED, null, null, true, false, NOW));
    }

    @Test
    void aFutureDateSchedules() {
        Instant later = NOW.plus(Duration.ofHours(2));
        assertEquals(new Publication(PostState.SCHEDULED, later),
                Publication.decide(PostState.PUBLISHED, later, null, true, false, NOW));
        assertEquals(new Publication(PostState.SCHEDULED, later),
                Publication.decide(PostState.SCHEDULED, later, PostState.DRAFT, true, false, NOW));
    }

    @Test
    void aScheduleNeedsADate() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> Publication.decide(PostState.SCHEDULED, null, null, true, false, NOW));
        assertEquals("publishAt", refused.field());
    }

    @Test
    void aPastDateIsRefusedWhereTheBlogForbidsIt() {
        Instant past = NOW.minus(Duration.ofDays(3));
        ProblemException refused = assertThrows(ProblemException.class,
                () -> Publication.decide(PostState.SCHEDULED, past, PostState.DRAFT, true, false, NOW));
        assertEquals(ProblemType.VALIDATION, refused.type());
        assertEquals(new Publication(PostState.PUBLISHED, past),
                Publication.decide(PostState.PUBLISHED, past, null, true, true, NOW));
    }

    @Test
    void aFewSecondsAgoCountsAsNow() {
        assertEquals(new Publication(PostState.PUBLISHED, NOW),
                Publication.decide(PostState.PUBLISHED, NOW.minusSeconds(20), null, true, false, NOW));
    }

    @Test
    void anAuthorOfAReviewedBlogSubmitsInsteadOfPublishing() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> Publication.decide(PostState.PUBLISHED, null, PostState.DRAFT, false, false, NOW));
        assertEquals(ProblemType.FORBIDDEN, refused.type());
        assertEquals(new Publication(PostState.IN_REVIEW, null),
                Publication.decide(PostState.IN_REVIEW, null, PostState.DRAFT, false, false, NOW));
    }

    @Test
    void anAuthorKeepsEditingTheirPublishedPost() {
        Instant then = NOW.minus(Duration.ofDays(30));
        assertEquals(new Publication(PostState.PUBLISHED, then),
                Publication.decide(PostState.PUBLISHED, then, PostState.PUBLISHED, false, false, NOW));
    }
}
