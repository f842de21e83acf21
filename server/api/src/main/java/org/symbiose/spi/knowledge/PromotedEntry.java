package org.symbiose.spi.knowledge;

import java.util.Objects;

/**
 * A knowledge-base entry made from a promoted answer.
 *
 * @param entryId the entry's item id
 * @param link    where the entry is shown (or edited, while it is a draft), site-relative
 * @param title   the entry's title
 */
public record PromotedEntry(long entryId, String link, String title) {

    public PromotedEntry {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(title, "title");
    }
}
