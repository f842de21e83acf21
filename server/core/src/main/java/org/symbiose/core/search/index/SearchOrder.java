package org.symbiose.core.search.index;

/** How search results are ordered. */
public enum SearchOrder {
    /** Best match first; a search without words (only filters or exclusions) falls back to newest first. */
    RELEVANCE,
    /** Most recently created first. */
    NEWEST
}
