package se.tryggstad.portal.support.domain;

/** The kinds of help the support finder lists; visitors browse by these needs. */
public enum SupportCategory {
    BROTTSOFFERSTOD,
    VALD_I_NARA_RELATIONER,
    HEDERSRELATERAT_VALD,
    AVHOPPARSTOD,
    STOD_FOR_UNGA,
    FORALDRASTOD,
    ANHORIGSTOD,
    PSYKISK_OHALSA,
    MISSBRUK,
    EKONOMISKT_STOD
}
