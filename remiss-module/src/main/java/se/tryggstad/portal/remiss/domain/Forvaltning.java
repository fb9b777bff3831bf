package se.tryggstad.portal.remiss.domain;

/** The city's förvaltningar (and the räddningstjänst contact) a remiss is consulted with internally. */
public enum Forvaltning {
    TRAFIK, PARK, RADDNINGSTJANST, MILJO
}
