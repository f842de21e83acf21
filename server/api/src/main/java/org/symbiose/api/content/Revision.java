package org.symbiose.api.content;

import java.time.Instant;
import java.util.List;
import org.symbiose.api.member.MemberRef;

/**
 * An item's content as it was at one version, kept when an edit replaces it.
 *
 * @param version the item version this content had
 * @param title   the title then
 * @param body    the Markdown body then
 * @param tags    the tags then
 * @param editor  who made the change that produced this version
 * @param edited  when
 */
public record Revision(long version, String title, String body, List<String> tags, MemberRef editor, Instant edited) {
    public Revision {
        tags = List.copyOf(tags);
    }
}
