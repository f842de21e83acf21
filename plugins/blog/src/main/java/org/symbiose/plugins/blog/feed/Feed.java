package org.symbiose.plugins.blog.feed;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A feed as readers see it, in neither format: what {@link FeedDocuments} writes as RSS 2.0 or
 * Atom 1.0.
 *
 * @param id          a stable identifier (Atom's {@code id}): the address of the page the feed follows
 * @param title       the feed's title
 * @param description what it follows, in a sentence
 * @param page        the page of the site showing the same entries
 * @param self        the feed's own address
 * @param language    fr or en
 * @param updated     when an entry last changed, or when the thing followed was made if there is none
 * @param entries     newest first
 */
public record Feed(String id, String title, String description, URI page, URI self, String language, Instant updated,
        List<FeedEntry> entries) {

    public Feed {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(self, "self");
        Objects.requireNonNull(updated, "updated");
        description = description == null ? "" : description;
        entries = List.copyOf(entries);
    }
}
