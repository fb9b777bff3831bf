package se.tryggstad.portal.forum.domain;

/** Where an action of the handlingsplan stands. */
public enum ActionStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    CANCELLED
}
