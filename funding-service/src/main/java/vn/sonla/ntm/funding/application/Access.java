package vn.sonla.ntm.funding.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import vn.sonla.ntm.common.Caller;
import vn.sonla.ntm.common.ProblemException;
import vn.sonla.ntm.common.Roles;
import vn.sonla.ntm.funding.client.UnitRef;
import vn.sonla.ntm.funding.domain.PlannedUnit;
import vn.sonla.ntm.funding.domain.UnitLevel;

/**
 * Who may read and write what (DESIGN.md §5), decided on the unit a record is for as it stood on the record's date:
 * coordinators and finance planners write province-wide; a district officer writes for its district and the
 * communes under it then; observers, appraisers read everything; a commune officer reads its own commune; external
 * systems read published totals only. Refusals are 403 problems, logged by {@code DeniedAccess}.
 */
@RequestScoped
public class Access {

    @Inject
    Caller caller;

    /** A unit as scope rules see it: code, level and the district it sat under (if any) on the record's date. */
    public record Scope(String code, UnitLevel level, String districtCode) {

        public static Scope of(UnitRef unit) {
            return new Scope(unit.code(), unit.level(), unit.districtCode());
        }

        public static Scope of(PlannedUnit unit) {
            return new Scope(unit.code(), unit.level(), unit.districtCode());
        }
    }

    public boolean writesProvinceWide() {
        return caller.hasAny(Roles.COORDINATOR, Roles.FINANCE_PLANNER);
    }

    public boolean readsProvinceWide() {
        return caller.hasAny(Roles.COORDINATOR, Roles.FINANCE_PLANNER, Roles.OBSERVER, Roles.DEPARTMENT_APPRAISER);
    }

    public boolean isCoordinator() {
        return caller.isCoordinator();
    }

    /** Records (plans, allocations, transactions) for this unit. */
    public void requireWrite(Scope unit) {
        if (writesProvinceWide()) {
            return;
        }
        if (caller.has(Roles.DISTRICT_OFFICER)) {
            String own = caller.districtCode().orElse(null);
            if (own != null && (own.equals(unit.code()) || own.equals(unit.districtCode()))) {
                return;
            }
            throw ProblemException.forbidden("A district officer of " + (own == null ? "no district" : own)
                    + " records funding only for that district and the communes under it; "
                    + unit.code() + " is outside it on the record's date");
        }
        throw ProblemException.forbidden("Your role does not record funding");
    }

    /** Approving plans by decision: finance planners and coordinators only. */
    public void requireApprover() {
        if (!writesProvinceWide()) {
            throw ProblemException.forbidden("Only a finance planner or a coordinator approves capital plans");
        }
    }

    public void requireCoordinator(String what) {
        if (!isCoordinator()) {
            throw ProblemException.forbidden("Only a coordinator " + what);
        }
    }

    public boolean canRead(Scope unit) {
        if (readsProvinceWide()) {
            return true;
        }
        if (caller.has(Roles.DISTRICT_OFFICER)) {
            String own = caller.districtCode().orElse(null);
            return own != null && (own.equals(unit.code()) || own.equals(unit.districtCode()));
        }
        if (caller.has(Roles.COMMUNE_OFFICER)) {
            String own = caller.unitCode().orElse(null);
            return own != null && own.equals(unit.code());
        }
        return false;
    }

    public void requireRead(Scope unit) {
        if (!canRead(unit)) {
            throw ProblemException.forbidden("Your account does not cover the records of unit " + unit.code());
        }
    }

    /** Reading a unit's report or history: a commune officer may also read the unit its commune merged into. */
    public void requireReadReport(UnitRef unit) {
        if (canRead(Scope.of(unit))) {
            return;
        }
        String own = caller.unitCode().orElse(null);
        if (own != null && caller.has(Roles.COMMUNE_OFFICER)
                && unit.predecessors().stream().anyMatch(p -> own.equals(p.code()))) {
            return;
        }
        requireRead(Scope.of(unit));
    }

    /** The district a list must be restricted to (district officers), or null. */
    public String listDistrict() {
        return !readsProvinceWide() && caller.has(Roles.DISTRICT_OFFICER)
                ? caller.districtCode().orElse("-") : null;
    }

    /** The commune a list must be restricted to (commune officers), or null. */
    public String listUnit() {
        return !readsProvinceWide() && !caller.has(Roles.DISTRICT_OFFICER) && caller.has(Roles.COMMUNE_OFFICER)
                ? caller.unitCode().orElse("-") : null;
    }

    public String callerName() {
        return caller.name();
    }
}
