package se.tryggstad.portal.remiss.event;

/** The kinds of event the police send on remiss. */
public enum EventType {
    KONSERT, IDROTT, MARKNAD, DEMONSTRATION, FESTIVAL, LOPP, MASSA, OVRIGT
}
