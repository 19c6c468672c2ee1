package vn.sonla.ntm.assessment.application;

import java.util.List;

import vn.sonla.ntm.assessment.domain.WorkflowRefusal;
import vn.sonla.ntm.common.Problem;
import vn.sonla.ntm.common.ProblemException;

/** How a domain refusal reads over HTTP: wrong state 409, broken business rule 422 with each reason, bad fields 400. */
public final class Problems {

    private Problems() {
    }

    public static ProblemException of(WorkflowRefusal r) {
        return switch (r.kind()) {
            case WRONG_STATE -> new ProblemException(new Problem("/problems/wrong-state", "Not possible in the current state", 409,
                    r.getMessage(), null, null));
            case RULE -> ProblemException.unprocessable(r.getMessage(), String.join("; ", r.reasons()),
                    r.reasons().stream().map(reason -> new Problem.FieldError("rule", reason)).toList());
            case INVALID -> ProblemException.invalid(r.getMessage(),
                    r.fields().entrySet().stream().map(e -> new Problem.FieldError(e.getKey(), e.getValue())).toList());
        };
    }

    public static ProblemException notFound(String what) {
        return ProblemException.notFound(what);
    }

    public static ProblemException unprocessable(String title, String detail) {
        return ProblemException.unprocessable(title, detail, List.of());
    }
}
