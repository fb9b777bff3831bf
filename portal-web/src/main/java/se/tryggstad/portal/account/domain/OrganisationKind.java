package se.tryggstad.portal.account.domain;

/** What kind of partner an organisation is. */
public enum OrganisationKind {
    FORENING,
    FASTIGHETSAGARE,
    NARINGSIDKARE,
    OTHER
}
