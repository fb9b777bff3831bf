package se.tryggstad.portal.forum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.forum.application.ApplicationSummary;
import se.tryggstad.portal.forum.application.ForumApplications;
import se.tryggstad.portal.forum.application.ForumRejected;
import se.tryggstad.portal.shared.web.FacesMessages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** /staff/samverkan/ansokningar.xhtml: staff verify applications or reject them with a reason. */
@Named
@ViewScoped
public class StaffApplicationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ForumApplications applications;

    private List<ApplicationSummary> received;
    /** The reason typed for each application, by its id. */
    private final Map<Long, String> reasons = new HashMap<>();

    public void load() {
        ForumPages.refuseUnlessStaff();
    }

    public List<ApplicationSummary> getReceived() {
        if (received == null) {
            received = applications.received();
        }
        return received;
    }

    public void verify(long id) {
        try {
            ApplicationSummary verified = applications.verify(id);
            FacesMessages.info("forum.staff.apply.verified", verified.organisationName());
            received = null;
        } catch (ForumRejected rejected) {
            FacesMessages.error(null, rejected.messageKey());
        }
    }

    public void reject(long id) {
        try {
            ApplicationSummary rejected = applications.reject(id, reasons.get(id));
            FacesMessages.info("forum.staff.apply.rejected", rejected.organisationName());
            received = null;
        } catch (ForumRejected rejection) {
            FacesMessages.error(null, rejection.messageKey());
        }
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
