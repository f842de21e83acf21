package org.symbiose.plugins.ideas.box;

import java.time.Instant;
import org.symbiose.api.member.MemberRef;
import org.symbiose.plugins.ideas.status.Workflow;

/**
 * A suggestion box: ideas are proposed and voted in it, and move through its workflow.
 *
 * @param id              the item's id
 * @param title           its name
 * @param description     Markdown as written
 * @param descriptionHtml rendered and sanitized
 * @param access          who takes part
 * @param closesAt        when it stops taking ideas and votes, or null
 * @param voteBudget      how many votes each member has in it at once, or null for no limit
 * @param language        {@code fr} or {@code en}
 * @param workflow        its statuses and transitions
 * @param author          who created it
 * @param created         when
 * @param version         the item's version (ETag)
 */
public record Box(long id, String title, String description, String descriptionHtml, BoxAccess access,
        Instant closesAt, Integer voteBudget, String language, Workflow workflow, MemberRef author, Instant created,
        long version) {

    /** Whether it stopped taking ideas and votes at {@code now}. */
    public boolean closedAt(Instant now) {
        return closesAt != null && !now.isBefore(closesAt);
    }

    /** Its place in search, which the core hides from those it does not admit. */
    public String place() {
        return "ideas.box." + id;
    }

    /** Its page on the site. */
    public String link() {
        return "/p/ideas/box.xhtml?id=" + id;
    }
}
