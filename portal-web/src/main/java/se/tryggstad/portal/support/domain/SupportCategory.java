package se.tryggstad.portal.support.domain;

/** The kinds of help the support finder lists (the strategy's focus areas). */
public enum SupportCategory {
    BROTTSOFFERSTOD,
    VALD_I_NARA_RELATIONER,
    HEDERSRELATERAT_VALD,
    AVHOPPARSTOD,
    ANHORIGSTOD,
    FORALDRASTOD
}
