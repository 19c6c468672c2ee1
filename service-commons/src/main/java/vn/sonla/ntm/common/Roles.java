package vn.sonla.ntm.common;

/** Realm roles of DESIGN.md §5, as carried in the access token's {@code roles} claim. */
public final class Roles {
    public static final String COORDINATOR = "coordinator";
    public static final String DEPARTMENT_APPRAISER = "department-appraiser";
    public static final String FINANCE_PLANNER = "finance-planner";
    public static final String DISTRICT_OFFICER = "district-officer";
    public static final String COMMUNE_OFFICER = "commune-officer";
    public static final String OBSERVER = "observer";
    public static final String EXTERNAL_SYSTEM = "external-system";

    /** People of the province's own offices (everyone but external systems). */
    public static final String[] STAFF = {COORDINATOR, DEPARTMENT_APPRAISER, FINANCE_PLANNER, DISTRICT_OFFICER,
            COMMUNE_OFFICER, OBSERVER};

    private Roles() {
    }
}
