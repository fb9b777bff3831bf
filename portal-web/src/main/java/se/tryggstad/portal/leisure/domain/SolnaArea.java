package se.tryggstad.portal.leisure.domain;

/** Solna's areas (stadsdelar), as residents name them. */
public enum SolnaArea {
    SOLNA_CENTRUM("Solna centrum"),
    HAGALUND("Hagalund"),
    RASUNDA("Råsunda"),
    HUVUDSTA("Huvudsta"),
    BERGSHAMRA("Bergshamra"),
    ULRIKSDAL("Ulriksdal"),
    FROSUNDA("Frösunda"),
    JARVASTADEN("Järvastaden"),
    SKYTTEHOLM_VASTRA_SKOGEN("Skytteholm/Västra Skogen"),
    HAGA_ARENASTADEN("Haga/Arenastaden");

    private final String displayName;

    SolnaArea(String displayName) {
        this.displayName = displayName;
    }

    /** The area's name; the same in both languages. */
    public String displayName() {
        return displayName;
    }
}
