package se.tryggstad.portal.forum.domain;

/** Where an application stands: waiting for staff, or decided. */
public enum ApplicationStatus {
    RECEIVED,
    VERIFIED,
    REJECTED
}
