package org.symbiose.plugins.ideas.vote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BudgetTest {

    @Test
    void aVoteSpendsOneAndTheTenthIsTheLast() {
        assertEquals(new Budget(10, 10), Budget.of(10, 0));
        assertEquals(new Budget(10, 1), Budget.of(10, 9));
        assertEquals(new Budget(10, 0), Budget.of(10, 10));
        assertFalse(Budget.exceeded(10, 10));
        assertTrue(Budget.exceeded(10, 11), "the eleventh vote is refused");
        assertEquals(new Budget(10, 0), Budget.of(10, 11), "never below zero while a refused vote rolls back");
    }

    @Test
    void withoutABudgetNothingRunsOut() {
        assertNull(Budget.of(null, 5000).left());
        assertFalse(Budget.exceeded(null, Long.MAX_VALUE));
    }
}
