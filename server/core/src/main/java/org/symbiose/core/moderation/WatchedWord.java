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

/** A word or pattern moderators watch for, and what happens to text that has it. */
@Entity
@Table(name = "watched_word")
public class WatchedWord {

    /** What a match does. */
    public enum Action {
        /** The write is refused. */
        BLOCK,
        /** The item waits for a moderator's approval. */
        REVIEW,
        /** The match is replaced. */
        CENSOR
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @Column(nullable = false)
    private String pattern;

    @Column(nullable = false)
    private boolean regex;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Action action;

    private String replacement;

    @Column(nullable = false)
    private Instant created;

    protected WatchedWord() {
    }

    WatchedWord(String pattern, boolean regex, Action action, String replacement, Instant now) {
        this.pattern = pattern;
        this.regex = regex;
        this.action = action;
        this.replacement = replacement;
        this.created = now;
    }

    public Long id() {
        return id;
    }

    public WatchedRule rule() {
        return WatchedRule.stored(id, pattern, regex, action, replacement);
    }
}
