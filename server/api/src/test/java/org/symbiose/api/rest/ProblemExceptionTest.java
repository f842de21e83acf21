package org.symbiose.api.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemExceptionTest {

    @Test
    void aRefusalOfSeveralFieldsKeepsEachWithItsCode() {
        List<FieldProblem> errors = List.of(new FieldProblem("q1", "required", "Answer q1"),
                new FieldProblem("q2", "too-long", "q2 is too long"));
        ProblemException refusal = new ProblemException(ProblemType.UNPROCESSABLE, "2 answers to fix", errors);

        assertEquals(errors, refusal.errors());
        assertEquals("q1", refusal.field());
        assertEquals("2 answers to fix", refusal.getMessage());
    }

    @Test
    void aRefusalOfOneFieldIsOneProblemWithoutCode() {
        ProblemException refusal = new ProblemException(ProblemType.VALIDATION, "limit", "limit is 1 to 100");

        assertEquals(List.of(new FieldProblem("limit", null, "limit is 1 to 100")), refusal.errors());
        assertNull(refusal.errors().getFirst().code());
        assertTrue(new ProblemException(ProblemType.CONFLICT, "closed").errors().isEmpty());
    }

    @Test
    void severalFieldsMeanAtLeastOne() {
        assertThrows(IllegalArgumentException.class,
                () -> new ProblemException(ProblemType.UNPROCESSABLE, "none", List.of()));
    }
}
