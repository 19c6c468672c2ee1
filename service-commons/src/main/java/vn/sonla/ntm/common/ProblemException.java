package vn.sonla.ntm.common;

import java.util.List;

/**
 * A refusal the caller can act on, answered as problem+json with the given status. Thrown by application services;
 * nothing about the refusal is written because the transaction rolls back.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.title() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public int status() {
        return problem.status();
    }

    public static ProblemException invalid(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(new Problem("/problems/validation", "Invalid request", 400, detail, null, errors));
    }

    public static ProblemException invalidField(String field, String message) {
        return invalid(field + " " + message, List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(new Problem("/problems/not-found", "Not found", 404, detail, null, null));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(new Problem("/problems/forbidden", "Forbidden", 403, detail, null, null));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(new Problem("/problems/conflict", "Conflict", 409, detail, null, null));
    }

    /** A request that is well-formed but breaks a business rule (e.g. publishing a set with defects). */
    public static ProblemException unprocessable(String title, String detail, List<Problem.FieldError> errors) {
        return new ProblemException(new Problem("/problems/business-rule", title, 422, detail, null, errors));
    }

    public static ProblemException preconditionRequired(String detail) {
        return new ProblemException(new Problem("/problems/precondition-required", "If-Match required", 428, detail, null, null));
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(new Problem("/problems/stale-version", "Version changed", 412, detail, null, null));
    }
}
