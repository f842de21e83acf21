package org.symbiose.plugins.ideas.rest;

import java.time.Instant;
import java.util.List;
import org.symbiose.api.member.MemberRef;

/**
 * An idea as a list shows it to one caller: what a card needs, with an {@code excerpt} of its text.
 * Its body, official response, reactions and the caller's budget come with the idea itself
 * ({@code GET /ideas/{id}}, an {@link IdeaView}); a list is read far more often than an idea is
 * opened, and those were most of its bytes and of the time spent writing it.
 *
 * @param excerpt the start of the idea's text, plain, at most 200 characters
 * @param voted   whether the caller votes for it
 */
public record IdeaSummary(long id, String title, String excerpt, List<String> tags, IdeaView.StatusView status,
        long votes, boolean voted, Long mergedInto, MemberRef author, String link, Instant created) {
}
