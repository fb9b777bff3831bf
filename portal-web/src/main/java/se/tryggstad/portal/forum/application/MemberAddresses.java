package se.tryggstad.portal.forum.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.tryggstad.portal.account.application.AccountSummary;
import se.tryggstad.portal.account.application.OrganisationService;
import se.tryggstad.portal.forum.domain.Forum;
import se.tryggstad.portal.forum.domain.Invitation;
import se.tryggstad.portal.forum.infrastructure.InvitationRepository;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the people of a forum's member organisations are mailed: the address their invitation went to,
 * while they still act for a member organisation. Accounts hold no e-mail address of their own.
 */
@ApplicationScoped
public class MemberAddresses {

    @Inject
    InvitationRepository invitations;

    @Inject
    OrganisationService organisations;

    public Set<String> of(Forum forum) {
        Set<String> addresses = new LinkedHashSet<>();
        for (long organisationId : forum.memberOrganisationIds()) {
            Set<String> active = organisations.membersOf(organisationId).stream().map(AccountSummary::username)
                    .collect(Collectors.toSet());
            invitations.acceptedOf(organisationId).stream().filter(invitation -> active.contains(invitation.username()))
                    .map(Invitation::email).forEach(addresses::add);
        }
        return addresses;
    }
}
