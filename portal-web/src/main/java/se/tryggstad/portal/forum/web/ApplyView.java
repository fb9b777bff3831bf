package se.tryggstad.portal.forum.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import se.tryggstad.portal.forum.application.ForumApplications;
import se.tryggstad.portal.forum.application.ForumQueries;
import se.tryggstad.portal.forum.application.ForumRejected;
import se.tryggstad.portal.forum.application.ForumSummary;
import se.tryggstad.portal.forum.domain.ApplicantType;
import se.tryggstad.portal.forum.domain.ApplicationDraft;
import se.tryggstad.portal.shared.FieldProblem;
import se.tryggstad.portal.shared.web.FacesMessages;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/** /samverkan/ansok.xhtml: an organisation applies to join one or more forums. */
@Named
@ViewScoped
public class ApplyView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "apply";
    private static final Set<String> FIELDS = Set.of("organisationName", "organisationNumber", "type", "contactName",
            "contactEmail", "contactPhone", "forumIds");

    @Inject
    ForumApplications applications;

    @Inject
    ForumQueries queries;

    private String organisationName;
    private String organisationNumber;
    private ApplicantType type;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private List<Long> forumIds = List.of();
    /** A field people never see; robots fill it. */
    private String website;
    private boolean sent;
    private List<ForumSummary> forums;

    public void submit() {
        if (website != null && !website.isBlank()) {
            FacesMessages.error(null, "forum.apply.honeypot");
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        try {
            applications.apply(new ApplicationDraft(organisationName, organisationNumber, type, contactName, contactEmail,
                    contactPhone, Set.copyOf(forumIds), ForumPages.language()), request.getRemoteAddr(),
                    request.getHeader("X-Forwarded-For"));
            sent = true;
        } catch (ForumRejected rejected) {
            for (FieldProblem problem : rejected.problems()) {
                FacesMessages.error(FIELDS.contains(problem.field()) ? FORM + ":" + problem.field() : null,
                        problem.messageKey());
            }
        }
    }

    public List<ForumSummary> getForums() {
        if (forums == null) {
            forums = queries.publicForums();
        }
        return forums;
    }

    public ApplicantType[] getTypes() {
        return ApplicantType.values();
    }

    public boolean isSent() { return sent; }
    public String getOrganisationName() { return organisationName; }
    public void setOrganisationName(String value) { this.organisationName = value; }
    public String getOrganisationNumber() { return organisationNumber; }
    public void setOrganisationNumber(String value) { this.organisationNumber = value; }
    public ApplicantType getType() { return type; }
    public void setType(ApplicantType value) { this.type = value; }
    public String getContactName() { return contactName; }
    public void setContactName(String value) { this.contactName = value; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String value) { this.contactEmail = value; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String value) { this.contactPhone = value; }
    public List<Long> getForumIds() { return forumIds; }
    public void setForumIds(List<Long> value) { this.forumIds = value == null ? List.of() : value; }
    public String getWebsite() { return website; }
    public void setWebsite(String value) { this.website = value; }
}
