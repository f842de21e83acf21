package org.symbiose.plugins.ideas.status;

import java.time.Instant;
import org.symbiose.api.member.MemberRef;

/**
 * A manager's answer given with a status change, shown above the idea's comments.
 *
 * @param text   Markdown as written
 * @param html   rendered and sanitized
 * @param by     the manager
 * @param at     when
 * @param status the status key the idea moved to with it
 */
public record OfficialResponse(String text, String html, MemberRef by, Instant at, String status) {
}
