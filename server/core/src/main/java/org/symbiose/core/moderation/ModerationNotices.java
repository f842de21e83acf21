package org.symbiose.core.moderation;

import java.time.Instant;
import java.util.Locale;
import org.symbiose.core.notification.Notice;

/**
 * What moderation tells members, as notices said in each member's language: a decision on their
 * post, the outcome of their flag, a sanction and what it means for them (its kind, reason and
 * points as words, its end as a date, what it does to their trust level), a sanction lifted.
 */
final class ModerationNotices {

    private ModerationNotices() {
    }

    /** To a flagger, once a moderator decided on the item they flagged. */
    static Notice flagOutcome(ReviewEntry.Decision decision) {
        return Notice.of(decision == ReviewEntry.Decision.DISMISS || decision == ReviewEntry.Decision.APPROVE
                ? "flag.kept" : "flag.acted");
    }

    /** To an author, a moderator's decision on their post, with the moderator's note if any. */
    static Notice decided(ReviewEntry.Decision decision, String title, String note) {
        String key = "decided." + decision.name().toLowerCase(Locale.ROOT);
        Notice what = title == null || title.isBlank() ? Notice.of(key) : Notice.of(key + ".titled", title.strip());
        return note == null || note.isBlank() ? what : Notice.of("with.note", what, note.strip());
    }

    /**
     * To a sanctioned member.
     *
     * @param until      the end of a silence or suspension, or null
     * @param trustDrop  the trust level before it dropped by one, or null if it did not drop
     * @param trustPause whether their trust level cannot rise while the sanction lasts
     */
    static Notice sanctioned(Sanction.Kind kind, String reason, int points, Instant until, Integer trustDrop,
            boolean trustPause) {
        String key = "sanction." + kind.name().toLowerCase(Locale.ROOT);
        Notice effect = until == null || kind == Sanction.Kind.WARN || kind == Sanction.Kind.DELETE
                ? Notice.of(key) : Notice.of(key + ".until", until);
        Notice why = points > 0 ? Notice.of("sanction.points", Notice.reason(reason), points) : Notice.reason(reason);
        Notice said = Notice.of("sanction.why", effect, why);
        if (trustDrop != null) {
            return Notice.of("with.trust", said, Notice.of("trust.drop", trustDrop, trustDrop - 1));
        }
        return trustPause ? Notice.of("with.trust", said, Notice.of("trust.pause")) : said;
    }

    /** To a member whose sanction a moderator lifted. */
    static Notice lifted(Sanction.Kind kind) {
        return Notice.of("lifted." + kind.name().toLowerCase(Locale.ROOT));
    }
}
