package vn.sonla.ntm.assessment.domain;

import java.util.Set;

/**
 * Who asks, as the domain sees it: the realm roles and the scope claims of the token
 * ({@code district_code}, {@code unit_code}, {@code department_code}).
 */
public record Actor(String name, Set<String> roles, String districtCode, String unitCode, String departmentCode) {

    public static final String COORDINATOR = "coordinator";
    public static final String DEPARTMENT_APPRAISER = "department-appraiser";
    public static final String FINANCE_PLANNER = "finance-planner";
    public static final String DISTRICT_OFFICER = "district-officer";
    public static final String COMMUNE_OFFICER = "commune-officer";
    public static final String OBSERVER = "observer";
    public static final String EXTERNAL_SYSTEM = "external-system";

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean is(String role) {
        return roles.contains(role);
    }

    public boolean isCoordinator() {
        return is(COORDINATOR);
    }

    /** Reads everything province-wide: coordinator, observer, finance planner. */
    public boolean readsEverything() {
        return is(COORDINATOR) || is(OBSERVER) || is(FINANCE_PLANNER);
    }

    /** Whether this account is the district of a record whose unit sat under {@code recordDistrict} on its date. */
    public boolean isDistrictOf(String recordDistrict) {
        return is(DISTRICT_OFFICER) && districtCode != null && recordDistrict != null && districtCode.equals(recordDistrict);
    }

    /** Whether this account is the commune {@code recordUnit} itself. */
    public boolean isCommune(String recordUnit) {
        return is(COMMUNE_OFFICER) && unitCode != null && unitCode.equals(recordUnit);
    }
}
