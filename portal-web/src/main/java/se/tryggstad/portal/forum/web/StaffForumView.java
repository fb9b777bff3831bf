package se.tryggstad.portal.forum.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.forum.application.ForumQueries;
import se.tryggstad.portal.forum.application.ForumRejected;
import se.tryggstad.portal.forum.application.ForumService;
import se.tryggstad.portal.forum.application.ForumSummary;
import se.tryggstad.portal.forum.application.MemberOrganisation;
import se.tryggstad.portal.forum.domain.ForumDetails;
import se.tryggstad.portal.forum.domain.ForumType;
import se.tryggstad.portal.shared.FieldProblem;
import se.tryggstad.portal.shared.web.FacesMessages;

import java.io.Serializable;
import java.util.List;

/**
 * /staff/samverkan/forum.xhtml(?id=): staff found or describe a forum (a platssamverkan's area is
 * clicked on the map or typed as one corner per line) and admit or dismiss member organisations.
 */
@Named
@ViewScoped
public class StaffForumView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ForumService service;

    @Inject
    ForumQueries queries;

    @Inject
    @ConfigProperty(name = "trygg.report.tile-url", defaultValue = "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    String tileUrl;

    private String id;
    private ForumSummary forum;
    private ForumType type = ForumType.PLATSSAMVERKAN;
    private String name;
    private String purposeSv;
    private String purposeEn;
    private String area;
    private boolean publicPage = true;
    private Long organisationId;

    public void load() {
        if (ForumPages.refuseUnlessStaff()) {
            return;
        }
        if (FacesContext.getCurrentInstance().isPostback() || id == null || id.isBlank()) {
            return;
        }
        forum = ForumPages.idOf(id).flatMap(queries::find).orElse(null);
        if (forum == null) {
            ForumPages.notFound();
            return;
        }
        type = forum.type();
        name = forum.name();
        purposeSv = forum.purposeSv();
        purposeEn = forum.purposeEn();
        area = forum.area().replace(";", "\n");
        publicPage = forum.publicPage();
    }

    public String save() {
        ForumDetails details = new ForumDetails(type, name, purposeSv, purposeEn, area, publicPage);
        try {
            forum = forum == null ? service.found(details) : service.describe(forum.id(), details);
            FacesMessages.info("forum.staff.saved");
            return "/staff/samverkan/forum.xhtml?faces-redirect=true&id=" + forum.id();
        } catch (ForumRejected rejected) {
            for (FieldProblem problem : rejected.problems()) {
                FacesMessages.error("forum:" + problem.field(), problem.messageKey());
            }
            return null;
        }
    }

    public void admit() {
        if (organisationId == null) {
            FacesMessages.error("members:organisation", "forum.organisation.notFound");
            return;
        }
        try {
            forum = service.admit(forum.id(), organisationId);
        } catch (ForumRejected rejected) {
            FacesMessages.error("members:organisation", rejected.messageKey());
        }
    }

    public void dismiss(long memberId) {
        forum = service.dismiss(forum.id(), memberId);
    }

    public List<ForumSummary> getForums() { return queries.all(); }
    public List<MemberOrganisation> getMembers() { return forum == null ? List.of() : queries.membersOf(forum); }
    public List<MemberOrganisation> getOrganisations() { return queries.organisations(); }
    public ForumType[] getTypes() { return ForumType.values(); }
    public String getTileUrl() { return tileUrl; }
    public String getBounds() { return service.cityBounds().toString(); }
    public ForumSummary getForum() { return forum; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public ForumType getType() { return type; }
    public void setType(ForumType type) { this.type = type; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPurposeSv() { return purposeSv; }
    public void setPurposeSv(String purposeSv) { this.purposeSv = purposeSv; }
    public String getPurposeEn() { return purposeEn; }
    public void setPurposeEn(String purposeEn) { this.purposeEn = purposeEn; }
    public String getArea() { return area; }
    public void setArea(String area) { this.area = area; }
    public boolean isPublicPage() { return publicPage; }
    public void setPublicPage(boolean publicPage) { this.publicPage = publicPage; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
}
