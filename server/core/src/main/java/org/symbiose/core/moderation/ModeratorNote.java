package org.symbiose.core.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.symbiose.core.persistence.Ids;

/** A moderator's private note on a member, never shown to the member. */
@Entity
@Table(name = "moderator_note")
public class ModeratorNote {

    /**
     * A note as moderators read it.
     *
     * @param id       its id
     * @param authorId the moderator who wrote it
     * @param text     what they wrote
     * @param created  when
     */
    public record View(long id, long authorId, String text, Instant created) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(nullable = false)
    private String text;

    @Column(nullable = false)
    private Instant created;

    protected ModeratorNote() {
    }

    ModeratorNote(long memberId, long authorId, String text, Instant now) {
        this.memberId = memberId;
        this.authorId = authorId;
        this.text = text;
        this.created = now;
    }

    View view() {
        return new View(id, authorId, text, created);
    }
}
