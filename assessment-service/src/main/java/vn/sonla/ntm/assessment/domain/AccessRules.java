package vn.sonla.ntm.assessment.domain;

import java.util.Optional;

/**
 * Who may do what to an assessment (DESIGN.md §5). Each rule answers empty when allowed, or the reason it refuses.
 * A record's scope is its unit and the district that unit sat under on the record's reference date.
 */
public final class AccessRules {

    private AccessRules() {
    }

    /** Coordinator, observer and finance planner read all; appraisers what was submitted; district and commune their own. */
    public static Optional<String> refusesReading(Actor actor, Assessment a) {
        return refusesReading(actor, a.unitCode(), a.districtCode(), a.state());
    }

    public static Optional<String> refusesReading(Actor actor, String unitCode, String districtCode, AssessmentState state) {
        if (actor.readsEverything() || actor.isDistrictOf(districtCode) || actor.isCommune(unitCode)) {
            return Optional.empty();
        }
        if (actor.is(Actor.DEPARTMENT_APPRAISER)) {
            return state.isSubmittedOrLater() ? Optional.empty()
                    : Optional.of("a department reads an assessment only once it is submitted");
        }
        return Optional.of(outsideScope(actor, unitCode, districtCode));
    }

    /** Entering values (and creating, importing, attaching evidence): the coordinator, the district of the unit, the commune itself. */
    public static Optional<String> refusesEditing(Actor actor, String unitCode, String districtCode) {
        if (actor.isCoordinator() || actor.isDistrictOf(districtCode) || actor.isCommune(unitCode)) {
            return Optional.empty();
        }
        return Optional.of(outsideScope(actor, unitCode, districtCode));
    }

    /**
     * Submitting: the district of the commune while districts existed; the commune itself for units of the two-tier
     * period (from 1 July 2025); the coordinator always.
     */
    public static Optional<String> refusesSubmitting(Actor actor, Assessment a) {
        if (actor.isCoordinator()) {
            return Optional.empty();
        }
        if (a.isOfTwoTierUnit()) {
            return actor.isCommune(a.unitCode()) ? Optional.empty()
                    : Optional.of("from 1 July 2025 the commune " + a.unitCode() + " submits its own assessment");
        }
        if (actor.isDistrictOf(a.districtCode())) {
            return Optional.empty();
        }
        if (actor.isCommune(a.unitCode())) {
            return Optional.of("the district " + a.districtCode() + " submits the assessments of its communes");
        }
        return Optional.of(outsideScope(actor, a.unitCode(), a.districtCode()));
    }

    /** Appraising a criterion: only an appraiser of the department that owns it in the snapshot. */
    public static Optional<String> refusesAppraising(Actor actor, String criterionCode, String owningDepartment) {
        if (!actor.is(Actor.DEPARTMENT_APPRAISER)) {
            return Optional.of("only a department appraiser gives verdicts");
        }
        if (owningDepartment == null) {
            return Optional.of("criterion " + criterionCode + " has no responsible department in this set version");
        }
        if (!owningDepartment.equals(actor.departmentCode())) {
            return Optional.of("criterion " + criterionCode + " is appraised by " + owningDepartment + ", not by "
                    + (actor.departmentCode() == null ? "an account without department" : actor.departmentCode()));
        }
        return Optional.empty();
    }

    /** Reading about one unit (its overview, obstacles, roadmap): like reading its assessments, appraisers included. */
    public static Optional<String> refusesReadingUnit(Actor actor, String unitCode, String districtCode) {
        if (actor.readsEverything() || actor.is(Actor.DEPARTMENT_APPRAISER) || actor.isDistrictOf(districtCode)
                || actor.isCommune(unitCode)) {
            return Optional.empty();
        }
        return Optional.of(outsideScope(actor, unitCode, districtCode));
    }

    private static String outsideScope(Actor actor, String unitCode, String districtCode) {
        if (actor.is(Actor.DISTRICT_OFFICER)) {
            return "commune " + unitCode + " is not under district " + actor.districtCode()
                    + (districtCode == null ? " (it belongs to the two-tier period, without districts)" : " (it was under " + districtCode + ")");
        }
        if (actor.is(Actor.COMMUNE_OFFICER)) {
            return "a commune account reads and writes only its own commune (" + actor.unitCode() + ")";
        }
        return "your role does not give access to commune " + unitCode;
    }
}
