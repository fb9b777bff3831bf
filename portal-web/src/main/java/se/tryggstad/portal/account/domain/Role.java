package se.tryggstad.portal.account.domain;

/** What a signed-in person may do. The names are the security roles checked by the server. */
public enum Role {
    /** City staff: triage reports, see the lägesbild. */
    STAFF,
    /** Staff who handle police remisser. */
    REMISS_HANDLER,
    /** Manages users, categories and the search index. */
    ADMIN,
    /** A member of a partner organisation in a samverkansforum. */
    PARTNER
}
