package se.tryggstad.portal.course.domain;

/** The evidence-based parenting programmes Solna runs in groups. */
public enum Programme {
    /** ABC – Alla barn i centrum, for parents of children 3–12. */
    ABC,
    /** Komet, for parents of children with conflicts at home. */
    KOMET,
    /** Älskade förbannade tonåring, for parents of teenagers. */
    AFT,
    /** Cope, a large-group programme on everyday parenting. */
    COPE,
    /** Connect, on attachment with teenagers. */
    CONNECT
}
