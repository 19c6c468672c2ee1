package vn.sonla.ntm.assessment.domain;

/** An obstacle is raised OPEN, ANSWERED by the coordination office, then CLOSED. */
public enum ObstacleStatus {
    OPEN,
    ANSWERED,
    CLOSED
}
