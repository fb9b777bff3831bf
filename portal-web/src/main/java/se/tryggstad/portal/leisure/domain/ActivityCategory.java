package se.tryggstad.portal.leisure.domain;

/** What kind of activity it is. */
public enum ActivityCategory {
    IDROTT,
    KULTUR,
    SPEL,
    MUSIK,
    NATUR,
    SKAPANDE,
    LOVAKTIVITET,
    MOTESPLATS
}
