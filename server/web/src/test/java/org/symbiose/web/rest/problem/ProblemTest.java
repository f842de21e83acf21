package org.symbiose.web.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symbiose.api.rest.FieldProblem;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;

class ProblemTest {

    @Test
    void aRefusalOfSeveralFieldsListsEachWithItsCode() {
        Problem problem = Problem.of(new ProblemException(ProblemType.UNPROCESSABLE, "2 answers to fix",
                List.of(new FieldProblem("q1", "required", "Answer q1"),
                        new FieldProblem("q2", "too-long", "q2 is too long"))));

        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.errors()).containsExactly(new Problem.FieldError("q1", "required", "Answer q1"),
                new Problem.FieldError("q2", "too-long", "q2 is too long"));
        assertThat(problem.toJson()).contains("{\"code\":\"required\",\"field\":\"q1\",\"message\":\"Answer q1\"}");
    }

    @Test
    void aRefusalOfOneFieldIsWrittenAsBeforeWithoutCode() {
        Problem problem = Problem.of(new ProblemException(ProblemType.VALIDATION, "limit", "limit is 1 to 100"));

        assertThat(problem.errors()).containsExactly(new Problem.FieldError("limit", "limit is 1 to 100"));
        assertThat(problem.toJson()).contains("\"errors\":[{\"field\":\"limit\",\"message\":\"limit is 1 to 100\"}]");
        assertThat(Problem.of(new ProblemException(ProblemType.CONFLICT, "closed")).toJson()).doesNotContain("errors");
    }
}
