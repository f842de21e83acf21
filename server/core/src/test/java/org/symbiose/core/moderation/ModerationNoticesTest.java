package org.symbiose.core.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.symbiose.core.notification.Notice;

/** Every notice moderation sends reads as words in French and in English, never as constants. */
class ModerationNoticesTest {

    /** An enum constant's look (OFF_TOPIC, SILENCE, APPROVE) or a key that found no words. */
    private static final Pattern CONSTANT = Pattern.compile("\\b(?!(UTC|AM|PM)\\b)[A-Z]{2,}(_[A-Z]+)*\\b|\\?\\?\\?|\\{\\d");
    private static final Instant END = Instant.parse("2026-12-24T18:30:00Z");

    @Test
    void everyNoticeIsSaidInBothLanguagesWithoutConstants() {
        List<Notice> notices = new ArrayList<>();
        for (ReviewEntry.Decision decision : ReviewEntry.Decision.values()) {
            notices.add(ModerationNotices.flagOutcome(decision));
            notices.add(ModerationNotices.decided(decision, "Montres", null));
            notices.add(ModerationNotices.decided(decision, " ", "Pas du spam"));
        }
        for (Sanction.Kind kind : Sanction.Kind.values()) {
            notices.add(ModerationNotices.lifted(kind));
            notices.add(ModerationNotices.sanctioned(kind, "spam", 0, null, null, false));
            notices.add(ModerationNotices.sanctioned(kind, "escalation", 0, END, 2, true));
            notices.add(ModerationNotices.sanctioned(kind, "moderators-own", 3, END, null, true));
            for (ItemFlag.Reason reason : ItemFlag.Reason.values()) {
                notices.add(ModerationNotices.sanctioned(kind, reason.key(), 1, END, null, false));
            }
        }
        for (Notice notice : notices) {
            String french = notice.in("fr");
            String english = notice.in("en");
            assertFalse(CONSTANT.matcher(french).find(), french);
            assertFalse(CONSTANT.matcher(english).find(), english);
            assertNotEquals(english, french, "said in French: " + english);
        }
    }

    @Test
    void aSanctionSaysItsEndReasonPointsAndTrustInTheMembersLanguage() {
        Notice silence = ModerationNotices.sanctioned(Sanction.Kind.SILENCE, "off-topic", 1, END, 2, true);
        // the date's own shape (a comma, an "à") follows the JDK's locale data
        assertTrue(silence.in("fr").startsWith("Vous ne pouvez plus publier, répondre, voter ni réagir jusqu’au 24 décembre 2026"),
                silence.in("fr"));
        assertTrue(silence.in("fr").endsWith("18:30 UTC (motif : hors sujet, 1 point d’avertissement) ; votre niveau de"
                + " confiance passe de 2 à 1 et ne peut pas monter tant que cela dure"), silence.in("fr"));
        assertTrue(silence.in("en").startsWith("You cannot post, reply, vote or react until December 24, 2026"),
                silence.in("en"));
        assertTrue(silence.in("en").endsWith(" UTC (reason: off topic, 1 warning point); your trust level drops from 2"
                + " to 1 and cannot rise while this lasts"), silence.in("en"));
        assertEquals("Vous avez reçu un avertissement (motif : spam, 3 points d’avertissement)",
                ModerationNotices.sanctioned(Sanction.Kind.WARN, "spam", 3, null, null, false).in("fr"));
        assertEquals("You received a warning (reason: insults)",
                ModerationNotices.sanctioned(Sanction.Kind.WARN, "insults", 0, null, null, false).in("en"),
                "a reason the core has no words for is the moderator's own");
    }

    @Test
    void aDecisionNamesThePostAndKeepsTheModeratorsNote() {
        assertEquals("Votre message « Montres » a été supprimé par un modérateur : Contenu interdit",
                ModerationNotices.decided(ReviewEntry.Decision.REJECT, "Montres", "Contenu interdit").in("fr"));
        assertEquals("Your post was approved", ModerationNotices.decided(ReviewEntry.Decision.APPROVE, "", null).in("en"));
        assertEquals("Un modérateur a examiné un message que vous avez signalé et l’a conservé",
                ModerationNotices.flagOutcome(ReviewEntry.Decision.DISMISS).in("fr"));
    }
}
