package org.symbiose.plugins.blog.wxr;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A WordPress import as {@code GET /api/v1/blog/imports/{id}} shows it: how far it went, and the report of what
 * was imported, found from an earlier import, and skipped with the reason.
 *
 * @param id        the import's id
 * @param blog      the blog imported into
 * @param site      the WordPress site's title
 * @param state     {@code RUNNING}, {@code DONE} or {@code FAILED}
 * @param items     the export's items (posts, pages, attachments, and the others)
 * @param processed how many of them were dealt with so far
 * @param imported  what was created, by kind: {@code posts}, {@code pages}, {@code comments}, {@code attachments}
 *                  (kept as links), {@code categories}, {@code tags}
 * @param existing  what an earlier import of the same file had created already, by kind (nothing is created twice)
 * @param authors   each WordPress author and whom they became
 * @param skipped   what was not imported and why (the first {@value ImportReport#KEPT} when there are more)
 * @param skippedCount how many were skipped in all
 * @param error     why a FAILED import stopped, else null
 * @param started   when it started
 * @param updated   when it last moved
 */
public record ImportProgress(long id, String blog, String site, String state, int items, int processed,
        Map<String, Integer> imported, Map<String, Integer> existing, List<AuthorMatch> authors, List<Skipped> skipped,
        int skippedCount, String error, Instant started, Instant updated) {

    public ImportProgress {
        imported = Map.copyOf(imported);
        existing = Map.copyOf(existing);
        authors = List.copyOf(authors);
        skipped = List.copyOf(skipped);
    }

    /**
     * Whom a WordPress author became.
     *
     * @param login    their WordPress login
     * @param name     their name there
     * @param matched  {@code email} or {@code name} when matched to a member, {@code guest} when their posts carry
     *                 their name only (written by the importing administrator, shown under the guest's name)
     * @param memberId the member, or null for a guest
     */
    public record AuthorMatch(String login, String name, String matched, Long memberId) {
    }

    /**
     * Something not imported.
     *
     * @param kind   {@code post}, {@code page}, {@code comment}, {@code attachment}, or WordPress's type
     * @param id     its WordPress id
     * @param title  its title, or a comment's author
     * @param reason why, in English
     * @param code   the reason's code, for its text in the reader's language ({@code blog.import.skip.<code>});
     *               null in a report stored before codes existed
     * @param detail the reason's variable part (a type, an id, a refusal), empty if it has none
     */
    public record Skipped(String kind, String id, String title, String reason, String code, String detail) {
    }
}
