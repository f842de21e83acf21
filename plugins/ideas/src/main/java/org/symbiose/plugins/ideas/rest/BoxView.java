package org.symbiose.plugins.ideas.rest;

import java.time.Instant;
import java.util.Map;
import org.symbiose.api.member.MemberRef;
import org.symbiose.plugins.ideas.box.Box;

/**
 * A box as the REST API shows it: its access as {@code members} or a role's group name, its
 * workflow in the shape {@code PUT /boxes/{box}/workflow} takes.
 */
public record BoxView(long id, String title, String description, String descriptionHtml, String access,
        Instant closesAt, Integer voteBudget, String language, Map<String, Object> workflow, MemberRef author,
        String link, Instant created, long version) {

    static BoxView of(Box box) {
        return new BoxView(box.id(), box.title(), box.description(), box.descriptionHtml(), box.access().value(),
                box.closesAt(), box.voteBudget(), box.language(), box.workflow().attribute(), box.author(), box.link(),
                box.created(), box.version());
    }
}
