package org.symbiose.core.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.symbiose.core.persistence.Ids;

/** A sanction a member received: its kind, reason, warning points, end, and whether it was lifted. */
@Entity
@Table(name = "sanction")
public class Sanction {

    /** What a sanction does. */
    public enum Kind {
        /** Warning points only. */
        WARN,
        /** No posting, replying, voting or reacting, until the end if there is one. */
        SILENCE,
        /** No signing in until the end. */
        SUSPEND,
        /** The account is deleted for good; its content is kept anonymously or removed (see {@link AccountDeletion}). */
        DELETE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private String reason;

    @Column(nullable = false)
    private int points;

    private Instant until;

    private String note;

    @Column(nullable = false)
    private boolean automatic;

    @Column(nullable = false)
    private Instant created;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    private Instant lifted;

    @Column(name = "lifted_by")
    private Long liftedBy;

    protected Sanction() {
    }

    Sanction(long memberId, Kind kind, String reason, int points, Instant until, String note, boolean automatic,
            long createdBy, Instant now) {
        this.memberId = memberId;
        this.kind = kind;
        this.reason = reason;
        this.points = points;
        this.until = until;
        this.note = note;
        this.automatic = automatic;
        this.createdBy = createdBy;
        this.created = now;
    }

    long memberId() {
        return memberId;
    }

    Kind kind() {
        return kind;
    }

    boolean active() {
        return lifted == null;
    }

    void lift(long moderatorId, Instant now) {
        lifted = now;
        liftedBy = moderatorId;
    }

    Sanctioned view() {
        return new Sanctioned(id, memberId, kind.name(), reason, points, until, note, automatic, created, createdBy, lifted);
    }
}
