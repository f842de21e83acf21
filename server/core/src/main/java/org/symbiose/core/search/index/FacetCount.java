package org.symbiose.core.search.index;

/** How many matching items have one value of a facet. */
public record FacetCount(String value, long count) {
}
