package se.tryggstad.portal.leisure.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.leisure.application.ActivityView;
import se.tryggstad.portal.leisure.application.Actor;
import se.tryggstad.portal.leisure.application.LeisureCatalogue;
import se.tryggstad.portal.leisure.application.LeisureQueries;
import se.tryggstad.portal.leisure.application.LeisureRejected;
import se.tryggstad.portal.shared.FieldProblem;
import se.tryggstad.portal.shared.web.FacesMessages;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;

/** /staff/fritid.xhtml: the review queue (approve, or reject with a reason) and the city's own activities. */
@Named
@ViewScoped
public class StaffLeisureView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LeisureCatalogue catalogue;

    @Inject
    LeisureQueries queries;

    private Long rejecting;
    private String rejectingTitle;
    private String reason;

    /** The page is for STAFF; a remiss handler who may enter /staff/ gets 403 here. */
    public void checkRole() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!faces.getExternalContext().isUserInRole("STAFF")) {
            try {
                faces.getExternalContext().responseSendError(403, "");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }

    public List<ActivityView> getQueue() {
        return queries.awaitingReview();
    }

    public List<ActivityView> getCityActivities() {
        return queries.ofActor(actor());
    }

    public void approve(ActivityView activity) {
        try {
            catalogue.approve(actor(), activity.id());
            FacesMessages.info("leisure.staff.approved", activity.details().titleSv());
        } catch (LeisureRejected rejected) {
            showGlobally(rejected);
        }
    }

    public void startRejecting(ActivityView activity) {
        rejecting = activity.id();
        rejectingTitle = activity.details().titleSv();
        reason = null;
    }

    public void reject() {
        try {
            catalogue.reject(actor(), rejecting, reason);
            FacesMessages.info("leisure.staff.rejected", rejectingTitle);
            rejecting = null;
        } catch (LeisureRejected rejected) {
            for (FieldProblem problem : rejected.problems()) {
                FacesMessages.error("reject".equals(problem.field()) || "reason".equals(problem.field())
                        ? "reject:reason" : null, problem.messageKey());
            }
        }
    }

    public void cancelRejecting() {
        rejecting = null;
    }

    private static void showGlobally(LeisureRejected rejected) {
        rejected.problems().forEach(problem -> FacesMessages.error(null, problem.messageKey()));
    }

    private Actor actor() {
        return catalogue.actor(FacesContext.getCurrentInstance().getExternalContext().getRemoteUser(), true);
    }

    public Long getRejecting() { return rejecting; }
    public String getRejectingTitle() { return rejectingTitle; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
