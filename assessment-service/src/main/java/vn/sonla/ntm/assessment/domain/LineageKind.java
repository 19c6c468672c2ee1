package vn.sonla.ntm.assessment.domain;

/** How a predecessor passed into a successor: whole, in part (split between several), or not known. */
public enum LineageKind {
    FULL,
    PARTIAL,
    UNRESOLVED
}
