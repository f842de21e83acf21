package org.symbiose.web.rest.problem;

/** A refusal a resource raises itself: the problem is already decided. */
public class ClientError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    public ClientError(ProblemType type, String detail) {
        super(detail);
        this.problem = type.problem(detail);
    }

    public ClientError(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
