package org.symbiose.plugins.ideas.idea;

import java.util.Locale;
import org.symbiose.api.content.ItemOrder;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;

/** How a box's ideas are listed, and the core's order behind each. */
public enum IdeaOrder {
    /** Supported lately (votes decaying with a half-life of a week). */
    TRENDING(ItemOrder.TRENDING),
    /** Most votes. */
    TOP(ItemOrder.SCORE),
    /** Newest first. */
    NEWEST(ItemOrder.NEWEST);

    private final ItemOrder itemOrder;

    IdeaOrder(ItemOrder itemOrder) {
        this.itemOrder = itemOrder;
    }

    public ItemOrder itemOrder() {
        return itemOrder;
    }

    /** The order a query parameter names ({@code trending} when absent); 400 otherwise. */
    public static IdeaOrder of(String value) {
        if (value == null || value.isBlank()) {
            return TRENDING;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.VALIDATION, "order", "The order is trending, top or newest");
        }
    }
}
