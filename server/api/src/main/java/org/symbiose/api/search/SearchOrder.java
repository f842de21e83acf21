package org.symbiose.api.search;

/** How hits are ranked. */
public enum SearchOrder {
    /** Best matches first; titles count more than bodies. */
    RELEVANCE,
    /** Most recently created first. */
    NEWEST
}
