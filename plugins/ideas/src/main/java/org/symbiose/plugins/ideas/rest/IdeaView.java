package org.symbiose.plugins.ideas.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.symbiose.api.member.MemberRef;
import org.symbiose.plugins.ideas.status.OfficialResponse;
import org.symbiose.plugins.ideas.vote.Budget;

/**
 * An idea as the REST API shows it to one caller: with its status named in their language,
 * whether they voted and subscribed, and their budget in its box. Lists show {@link IdeaSummary}s.
 */
public record IdeaView(long id, long box, String title, String body, String bodyHtml, List<String> tags,
        StatusView status, long votes, boolean voted, boolean subscribed, Budget budget, OfficialResponse response,
        Long mergedInto, MemberRef author, Map<String, Long> reactions, String link, Instant created, long version) {

    /** A status as shown: its key, its label in the caller's language, colour and whether it is closed. */
    public record StatusView(String key, String label, String colour, boolean closed) {
    }
}
