package se.tryggstad.portal.account.application;

import se.tryggstad.portal.account.domain.Organisation;
import se.tryggstad.portal.account.domain.OrganisationKind;

/** The read side of a partner organisation. */
public record OrganisationSummary(long id, String name, String organisationNumber, OrganisationKind kind) {

    public static OrganisationSummary of(Organisation organisation) {
        return new OrganisationSummary(organisation.id(), organisation.name(), organisation.organisationNumber().value(),
                organisation.kind());
    }
}
