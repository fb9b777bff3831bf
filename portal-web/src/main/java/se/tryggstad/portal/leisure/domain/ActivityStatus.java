package se.tryggstad.portal.leisure.domain;

/** Where an activity is in review; only {@link #APPROVED} ones are public. */
public enum ActivityStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    REJECTED
}
