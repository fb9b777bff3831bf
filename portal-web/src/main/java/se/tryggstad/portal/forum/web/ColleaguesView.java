package se.tryggstad.portal.forum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.forum.application.Colleague;
import se.tryggstad.portal.forum.application.Colleagues;
import se.tryggstad.portal.forum.application.PendingInvitation;
import se.tryggstad.portal.shared.FieldProblem;
import se.tryggstad.portal.shared.Rejection;
import se.tryggstad.portal.shared.web.FacesMessages;

import java.io.Serializable;
import java.util.List;

/** /partner/samverkan/organisation.xhtml: the organisation's people; its admins invite and remove colleagues. */
@Named
@ViewScoped
public class ColleaguesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Colleagues colleagues;

    private String displayName;
    private String email;

    public void invite() {
        try {
            colleagues.inviteColleague(displayName, email, ForumPages.language());
            FacesMessages.info("forum.colleague.invited", email);
            displayName = null;
            email = null;
        } catch (Rejection rejected) {
            for (FieldProblem problem : rejected.problems()) {
                FacesMessages.error(problem.field().isEmpty() ? null : "invite:" + problem.field(), problem.messageKey());
            }
        }
    }

    public void remove(String username) {
        try {
            colleagues.removeColleague(username);
            FacesMessages.info("forum.colleague.removed");
        } catch (Rejection rejected) {
            FacesMessages.error(null, rejected.messageKey());
        }
    }

    public boolean isOrganisationAdmin() { return colleagues.callerIsOrganisationAdmin(); }
    public List<Colleague> getColleagues() { return colleagues.colleaguesOfCaller(); }
    public List<PendingInvitation> getInvitations() { return colleagues.pendingOfCaller(); }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
}
