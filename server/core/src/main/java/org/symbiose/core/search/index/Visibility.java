package org.symbiose.core.search.index;

import java.util.Set;

/**
 * Who searches: the statuses they may see, the places hidden from them, and their member id. An author also
 * sees their own PENDING_REVIEW items; a null member id is an anonymous visitor. A hidden place ending in
 * {@code *} hides every place that starts with what comes before the star.
 */
public record Visibility(Set<String> statuses, Set<String> hiddenPlaces, Long memberId) {

    /** The statuses an item can have. */
    public static final Set<String> ALL_STATUSES = Set.of("PUBLISHED", "PENDING_REVIEW", "HIDDEN", "DELETED");

    public Visibility {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        hiddenPlaces = hiddenPlaces == null ? Set.of() : Set.copyOf(hiddenPlaces);
    }

    /** What moderators see: every status, no hidden place. */
    public static Visibility everything() {
        return new Visibility(ALL_STATUSES, Set.of(), null);
    }
}
