package se.tryggstad.portal.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.account.application.AccountRejected;
import se.tryggstad.portal.account.application.OrganisationService;
import se.tryggstad.portal.account.application.OrganisationSummary;
import se.tryggstad.portal.account.domain.OrganisationKind;
import se.tryggstad.portal.shared.web.FacesMessages;

import java.util.List;
import java.util.Set;

/** /admin/organisationer.xhtml: register partner organisations and attach partner accounts to them. */
@Named
@RequestScoped
public class OrganisationsView {

    @Inject
    OrganisationService organisations;

    private String name;
    private String organisationNumber;
    private String kind = OrganisationKind.FORENING.name();
    private String username;
    private Long organisationId;
    private List<OrganisationSummary> all;

    public List<OrganisationSummary> getOrganisations() {
        if (all == null) {
            all = organisations.all();
        }
        return all;
    }

    public List<OrganisationKind> getKinds() {
        return List.of(OrganisationKind.values());
    }

    public String register() {
        try {
            OrganisationSummary created = organisations.register(name, organisationNumber, OrganisationKind.valueOf(kind));
            FacesMessages.info("admin.organisations.registered", created.name());
            return "/admin/organisationer.xhtml?faces-redirect=true";
        } catch (AccountRejected rejected) {
            FacesMessages.error(AccountsView.clientId(rejected.field(), "newOrganisation",
                    Set.of("name", "organisationNumber", "kind")), rejected.messageKey());
            return null;
        }
    }

    public String attach() {
        try {
            organisations.attachMember(username, organisationId == null ? -1 : organisationId);
            FacesMessages.info("admin.organisations.attached", username);
            return null;
        } catch (AccountRejected rejected) {
            FacesMessages.error(AccountsView.clientId(rejected.field(), "member", Set.of("username", "organisationId")),
                    rejected.messageKey());
            return null;
        }
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getOrganisationNumber() { return organisationNumber; }
    public void setOrganisationNumber(String organisationNumber) { this.organisationNumber = organisationNumber; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
}
