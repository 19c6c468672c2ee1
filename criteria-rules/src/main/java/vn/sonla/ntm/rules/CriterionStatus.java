package vn.sonla.ntm.rules;

/** Outcome for one criterion: met only when every one of its indicators is met. */
public enum CriterionStatus {
    MET,
    NOT_MET,
    /** None of its indicators is refuted yet, but some are missing or cannot be judged. */
    INCOMPLETE
}
