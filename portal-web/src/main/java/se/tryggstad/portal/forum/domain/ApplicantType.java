package se.tryggstad.portal.forum.domain;

/** What kind of organisation applies to join a forum. */
public enum ApplicantType {
    FORENING,
    FORETAG,
    FASTIGHETSAGARE,
    TROSSAMFUND,
    MYNDIGHET
}
