package org.symbiose.api.member;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What plugins tell the core of members' participation, from which trust levels rise: posts a
 * member read and likes an author received. A service in the registry. Each call is cheap and
 * joins the caller's transaction, if any; an unknown member is ignored.
 */
@ProviderType
public interface Participation {

    /** Member {@code memberId} read {@code count} posts they had not read before; a count below 1 is ignored. */
    void read(long memberId, int count);

    /** Someone else liked a post of {@code authorId}. */
    void liked(long authorId);

    /** A like on a post of {@code authorId} was taken back. */
    void unliked(long authorId);
}
