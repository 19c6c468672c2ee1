package vn.sonla.ntm.assessment.domain;

/** Where a commune's roadmap stands. */
public enum RoadmapStatus {
    PLANNED,
    IN_PROGRESS,
    ACHIEVED,
    ABANDONED
}
