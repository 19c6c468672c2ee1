package vn.sonla.ntm.funding.domain;

/** A plan command refused by a rule of the plan's life cycle (e.g. changing an approved plan). */
public class PlanRuleViolation extends RuntimeException {

    private final String field;

    public PlanRuleViolation(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
