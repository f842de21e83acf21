package org.symbiose.plugins.faq.freshness;

import java.time.Instant;
import org.symbiose.api.member.MemberRef;

/**
 * An entry that needs a look, as the freshness list shows it.
 *
 * @param id         the entry
 * @param question   its question
 * @param language   its language
 * @param owner      who keeps it up to date
 * @param reviewedAt when it was last reviewed (or published), null if never
 * @param overdue    whether that is longer ago than the FAQ's review period
 * @param yes        "helpful" votes
 * @param no         "not helpful" votes: the more, the higher in the list
 */
public record StaleEntry(long id, String question, String language, MemberRef owner, Instant reviewedAt,
        boolean overdue, long yes, long no) {
}
