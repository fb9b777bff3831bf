package se.tryggstad.portal.remiss.event;

/** Temporary structures an organiser builds for the event. */
public enum TemporaryStructure {
    STAGE, TENT, STANDS
}
