package org.symbiose.core.moderation;

import java.time.Instant;
import java.util.List;

/**
 * Where a member stands: what they can no longer do and until when, their warning points and
 * sanctions. Shown to the member themselves and to moderators.
 *
 * @param memberId  the member
 * @param state     ACTIVE, SILENCED, SUSPENDED or DELETED, as it applies now
 * @param until     when a silence or suspension ends, or null
 * @param canPost   whether they may post, reply, vote and react
 * @param canSignIn whether they may sign in
 * @param points    their active warning points (of the last 180 days)
 * @param sanctions their sanctions, newest first
 * @param trust     their trust level, whether it is locked, and what the next level still needs
 */
public record Standing(long memberId, String state, Instant until, boolean canPost, boolean canSignIn, int points,
        List<Sanctioned> sanctions, TrustProgress trust) {
}
