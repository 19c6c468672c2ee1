package vn.sonla.ntm.funding.domain;

/** DRAFT (editable) → APPROVED (by decision; never changes again) → SUPERSEDED (by an approved revision). */
public enum PlanStatus {
    DRAFT,
    APPROVED,
    SUPERSEDED
}
