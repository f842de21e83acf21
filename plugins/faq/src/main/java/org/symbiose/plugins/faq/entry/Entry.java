package org.symbiose.plugins.faq.entry;

import java.time.Instant;
import java.util.List;
import org.symbiose.api.member.MemberRef;

/**
 * A FAQ entry, as the REST API and the pages show it.
 *
 * @param id            its item id
 * @param sectionId     its section, or null while it is filed nowhere (a promoted draft)
 * @param question      the question (the item's title)
 * @param answer        the answer as written, Markdown
 * @param answerHtml    the answer rendered and sanitized: safe to show as is
 * @param tags          lower-case tags
 * @param appliesTo     what the answer applies to (a version, a plan), plain text, may be empty
 * @param language      {@code fr} or {@code en}
 * @param translationId the linked entry in the other language, or null
 * @param position      its place in its section, smallest first (ties by id)
 * @param state         draft, in review or published
 * @param owner         who keeps it up to date: told of comments and listed in freshness
 * @param author        who created it
 * @param credit        the forum answer it was promoted from, or null
 * @param reviewedAt    when it was last published or marked reviewed, or null if never
 * @param created       when it was created
 * @param updated       when it last changed
 * @param version       the item's version, for {@code If-Match}
 */
public record Entry(long id, Long sectionId, String question, String answer, String answerHtml, List<String> tags,
        String appliesTo, String language, Long translationId, int position, EntryState state, MemberRef owner,
        MemberRef author, Credit credit, Instant reviewedAt, Instant created, Instant updated, long version) {

    public Entry {
        tags = List.copyOf(tags);
    }

    /** The entry's page on the site. */
    public String link() {
        return link(id);
    }

    /** The page of entry {@code id} on the site. */
    public static String link(long id) {
        return "/p/faq/entry.xhtml?id=" + id;
    }
}
