package vn.sonla.ntm.assessment.domain;

/** A department's verdict on one criterion of a commune's self-assessment. */
public enum Verdict {
    AGREE,
    DISAGREE
}
