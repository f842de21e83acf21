package org.symbiose.api.search;

/**
 * How many hits share one value of a facet.
 *
 * @param value the value, e.g. a tag or {@code week} for the date facet
 * @param count the number of hits with it
 */
public record FacetCount(String value, long count) {
}
