package org.symbiose.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.symbiose.core.moderation.TrustLevels;
import org.symbiose.core.moderation.TrustProgress;

/** The signed-in member's trust level and what the next one still needs, on their profile page. */
@Named
@RequestScoped
public class TrustPanel {

    @Inject
    private Visitor visitor;

    @Inject
    private TrustLevels trust;

    private TrustProgress progress;

    /** Null for an anonymous visitor. */
    public TrustProgress getProgress() {
        if (progress == null) {
            progress = visitor.member().map(member -> trust.progress(member.getId())).orElse(null);
        }
        return progress;
    }
}
