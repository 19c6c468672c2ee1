package vn.sonla.ntm.assessment.domain;

/** The kinds of plan target the service can evaluate. */
public enum TargetKind {
    /** At least {@code minimum} communes recognised at {@code level} (or higher) by {@code deadline}. */
    RECOGNISED_COUNT,
    /** Every commune whose highest level is {@code populationLevel} meets at least {@code minimum} criteria of {@code criteriaSetCode}. */
    MIN_CRITERIA_MET
}
