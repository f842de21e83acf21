package org.symbiose.core.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.symbiose.api.member.Participation;

/** The participation plugins report, counted for trust levels. */
@ApplicationScoped
public class CoreParticipation implements Participation {

    @Inject
    private TrustLevels trust;

    @Override
    public void read(long memberId, int count) {
        trust.read(memberId, count);
    }

    @Override
    public void liked(long authorId) {
        trust.liked(authorId, 1);
    }

    @Override
    public void unliked(long authorId) {
        trust.liked(authorId, -1);
    }
}
