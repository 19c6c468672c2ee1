package vn.sonla.ntm.criteria.application;

import java.util.List;

import vn.sonla.ntm.common.Problem;
import vn.sonla.ntm.common.ProblemException;
import vn.sonla.ntm.criteria.domain.Defect;

/** Turns domain defects into the problem+json refusals of DESIGN.md §6. */
final class Defects {

    private Defects() {
    }

    /** 400: the request cannot be stored as it is. */
    static void refuseIfAny(List<Defect> defects) {
        if (!defects.isEmpty()) {
            throw ProblemException.invalid(detail(defects), errors(defects));
        }
    }

    static List<Problem.FieldError> errors(List<Defect> defects) {
        return defects.stream().map(d -> new Problem.FieldError(d.path(), d.message())).toList();
    }

    static String detail(List<Defect> defects) {
        return defects.size() == 1 ? defects.get(0).path() + " " + defects.get(0).message() : defects.size() + " fields are invalid";
    }
}
