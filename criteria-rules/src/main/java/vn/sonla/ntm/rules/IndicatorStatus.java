package vn.sonla.ntm.rules;

/** Outcome for one indicator. */
public enum IndicatorStatus {
    MET,
    NOT_MET,
    /** No value was entered. */
    MISSING,
    /** The set has no threshold for this indicator and commune class, so it cannot be judged. */
    NO_THRESHOLD
}
