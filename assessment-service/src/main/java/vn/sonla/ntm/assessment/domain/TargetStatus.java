package vn.sonla.ntm.assessment.domain;

/** How a target stands. */
public enum TargetStatus {
    MET,
    /** Not met yet, but what is in the pipeline would meet it before the deadline. */
    ON_TRACK,
    /** Not met, and the pipeline is not enough; the deadline has not passed. */
    AT_RISK,
    /** The deadline passed without the target being met. */
    MISSED,
    /** The facts needed do not exist yet (e.g. no published version of the criteria set). */
    NOT_EVALUABLE
}
