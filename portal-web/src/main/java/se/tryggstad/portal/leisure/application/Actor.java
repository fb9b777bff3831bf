package se.tryggstad.portal.leisure.application;

/**
 * Who acts on activities: a staff member (acts for the city, reviews) or a partner member acting
 * for their organisation ({@code organisationId} null when they belong to none yet).
 */
public record Actor(String username, boolean staff, Long organisationId, String organisationName) {

    public boolean actsForOrganisation() {
        return !staff && organisationId != null;
    }
}
