package vn.sonla.ntm.funding.application;

import java.util.List;

import vn.sonla.ntm.common.Problem;
import vn.sonla.ntm.common.ProblemException;
import vn.sonla.ntm.funding.domain.Rejection;

/** The problems this service answers when a request breaks a rule. */
final class Refusals {

    private Refusals() {
    }

    /** 422: well-formed, but against a business rule or naming something that does not exist. */
    static ProblemException unprocessable(String title, String field, String message) {
        return ProblemException.unprocessable(title, field + " " + message, List.of(new Problem.FieldError(field, message)));
    }

    static ProblemException rejected(String title, Rejection rejection) {
        return unprocessable(title, rejection.field(), rejection.reason());
    }

    /** 400: a value outside what can be meant (a date in the future, before the plan year, ...). */
    static ProblemException invalid(String field, String message) {
        return ProblemException.invalidField(field, message);
    }
}
