package se.tryggstad.portal.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.tryggstad.portal.account.domain.Organisation;
import se.tryggstad.portal.account.domain.OrganisationKind;
import se.tryggstad.portal.account.domain.Role;
import se.tryggstad.portal.account.domain.UserAccount;
import se.tryggstad.portal.account.domain.Username;
import se.tryggstad.portal.account.infrastructure.OrganisationRepository;
import se.tryggstad.portal.account.infrastructure.UserAccountRepository;
import se.tryggstad.portal.shared.OrganisationNumber;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Registers partner organisations and says who acts for which; each method is one transaction. */
@ApplicationScoped
@Transactional
public class OrganisationService {

    @Inject
    OrganisationRepository organisations;

    @Inject
    UserAccountRepository accounts;

    @Inject
    Clock clock;

    public OrganisationSummary register(String name, String organisationNumber, OrganisationKind kind) {
        if (!Organisation.isValidName(name)) {
            throw new AccountRejected(AccountRejected.Reason.INVALID, "name", "organisation.name.invalid");
        }
        OrganisationNumber number = OrganisationNumber.parse(organisationNumber).orElseThrow(() ->
                new AccountRejected(AccountRejected.Reason.INVALID, "organisationNumber", "organisation.number.invalid"));
        if (kind == null) {
            throw new AccountRejected(AccountRejected.Reason.INVALID, "kind", "organisation.kind.invalid");
        }
        if (organisations.find(number).isPresent()) {
            throw new AccountRejected(AccountRejected.Reason.CONFLICT, "organisationNumber", "organisation.number.taken");
        }
        Organisation organisation = Organisation.register(name, number, kind, clock.instant());
        organisations.add(organisation);
        return OrganisationSummary.of(organisation);
    }

    /** Makes a partner account act for the organisation; only accounts with the role PARTNER can. */
    public void attachMember(String username, long organisationId) {
        UserAccount account = Username.isValid(username) ? accounts.find(Username.of(username)).orElse(null) : null;
        if (account == null) {
            throw new AccountRejected(AccountRejected.Reason.NOT_FOUND, "username", "account.notFound");
        }
        if (!account.hasRole(Role.PARTNER)) {
            throw new AccountRejected(AccountRejected.Reason.INVALID, "username", "organisation.member.notPartner");
        }
        Organisation organisation = organisations.find(organisationId).orElseThrow(() ->
                new AccountRejected(AccountRejected.Reason.NOT_FOUND, "organisationId", "organisation.notFound"));
        account.joinOrganisation(organisation.id());
    }

    /**
     * A person no longer acts for the organisation: they leave it and their account is deactivated
     * (a partner account exists only to act for its organisation). Only a member of it can be removed.
     */
    public void removeMember(String username, long organisationId) {
        UserAccount account = Username.isValid(username) ? accounts.find(Username.of(username)).orElse(null) : null;
        if (account == null || account.organisationId().filter(id -> id == organisationId).isEmpty()) {
            throw new AccountRejected(AccountRejected.Reason.NOT_FOUND, "username", "account.notFound");
        }
        if (account.hasRole(Role.ADMIN) || account.hasRole(Role.STAFF)) {
            throw new AccountRejected(AccountRejected.Reason.CONFLICT, "username", "organisation.member.notPartner");
        }
        account.leaveOrganisation();
        account.deactivate();
    }

    /** The active people who act for the organisation, by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccountSummary> membersOf(long organisationId) {
        return accounts.activeOfOrganisation(organisationId).stream().map(AccountSummary::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrganisationSummary> all() {
        return organisations.all().stream().map(OrganisationSummary::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OrganisationSummary> find(long id) {
        return organisations.find(id).map(OrganisationSummary::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OrganisationSummary> findByNumber(String organisationNumber) {
        return OrganisationNumber.parse(organisationNumber).flatMap(organisations::find).map(OrganisationSummary::of);
    }

    /** The organisation a signed-in person acts for, if they belong to one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OrganisationSummary> organisationOf(String username) {
        if (!Username.isValid(username)) {
            return Optional.empty();
        }
        return accounts.find(Username.of(username)).flatMap(UserAccount::organisationId)
                .flatMap(organisations::find).map(OrganisationSummary::of);
    }
}
