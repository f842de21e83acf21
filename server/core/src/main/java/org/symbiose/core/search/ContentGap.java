package org.symbiose.core.search;

/**
 * A query members searched over some days, as the console shows it to managers deciding what to write.
 *
 * @param query        the normalised query
 * @param searches     how often it was searched (first pages only)
 * @param foundNothing how many of those found nothing
 * @param noClick      how many led to no result being followed (searches less clicks)
 */
public record ContentGap(String query, long searches, long foundNothing, long noClick) {
}
