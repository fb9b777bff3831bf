package se.tryggstad.portal.remiss.evacuation.domain;

/** Whether people leave through an exit on the level (or a ramp) or down stairs; stairs pass fewer per minute. */
public enum ExitKind {
    LEVEL, STAIRS
}
