package se.tryggstad.portal.remiss.domain;

/** Where a villkor on a remiss came from: a rule's proposal as it was, a proposal the handler edited, or the handler. */
public enum VillkorOrigin {
    PROPOSED, EDITED, MANUAL
}
