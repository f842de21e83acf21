package org.symbiose.spi.search;

import java.util.Optional;
import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;
import org.symbiose.api.content.Item;

/**
 * How items of one content type are searched. Registered as an OSGi service; the host calls it
 * whenever an item of {@link #type()} is written, and at each search for {@link #hiddenPlaces}.
 * A contribution that throws is reported and the item indexed by default.
 */
@ConsumerType
public interface SearchContribution {

    /** The content type key it describes, e.g. {@code forum.topic}. */
    String type();

    /**
     * What of {@code item} is searched and shown; empty keeps the item out of the index.
     * The host applies status rules itself: no need to check the item's status here.
     */
    default Optional<SearchDocument> document(Item item) {
        return Optional.of(SearchDocument.of(item));
    }

    /**
     * The places this viewer may not read, among those {@link SearchDocument#place()} names.
     * Called on every search, so it should answer from memory.
     *
     * @param viewerId the member searching, or {@code null} for a visitor
     */
    default Set<String> hiddenPlaces(Long viewerId) {
        return Set.of();
    }
}
