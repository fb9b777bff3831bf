package se.tryggstad.portal.leisure.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.leisure.application.ActivityView;
import se.tryggstad.portal.leisure.application.Actor;
import se.tryggstad.portal.leisure.application.LeisureCatalogue;
import se.tryggstad.portal.leisure.application.LeisureQueries;
import se.tryggstad.portal.leisure.application.LeisureRejected;
import se.tryggstad.portal.leisure.domain.ActivityDetails;
import se.tryggstad.portal.shared.FieldProblem;
import se.tryggstad.portal.shared.web.FacesMessages;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The activity form of /partner/aktivitet.xhtml (a partner's organisation's activity) and
 * /staff/aktivitet.xhtml (staff: any activity; a new one is the city's and public at once).
 */
@Named
@ViewScoped
public class ActivityEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "activity";

    @Inject
    LeisureCatalogue catalogue;

    @Inject
    LeisureQueries queries;

    private String id;
    private Long activityId;
    private ActivityView existing;
    private ActivityForm form = new ActivityForm();

    /** Loads the activity to edit; one the actor may not edit does not exist for them (404). */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (isStaffPage() && !FacesContext.getCurrentInstance().getExternalContext().isUserInRole("STAFF")) {
            sendError(403);
            return;
        }
        if (id != null && !id.isBlank()) {
            existing = id.matches("[0-9]{1,18}") ? queries.forEditing(actor(), Long.parseLong(id)).orElse(null) : null;
            if (existing == null) {
                sendError(404);
                return;
            }
            activityId = existing.id();
            form = ActivityForm.of(existing.details());
        }
    }

    public String save() {
        return store(false);
    }

    public String saveAndSubmit() {
        return store(true);
    }

    private String store(boolean submit) {
        List<FieldProblem> unreadable = new ArrayList<>();
        ActivityDetails details = form.toDetails(unreadable);
        if (!unreadable.isEmpty()) {
            show(unreadable, details.problems());
            return null;
        }
        try {
            Actor actor = actor();
            ActivityView saved = activityId == null ? catalogue.create(actor, details)
                    : catalogue.edit(actor, activityId, details);
            if (submit) {
                catalogue.submit(actor, saved.id());
            }
        } catch (LeisureRejected rejected) {
            show(rejected.problems(), List.of());
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        FacesMessages.info(submit ? "leisure.saved.submitted" : "leisure.saved");
        return (isStaffPage() ? "/staff/fritid.xhtml" : "/partner/fritid.xhtml") + "?faces-redirect=true";
    }

    /** Each problem at its input, once per input. */
    private static void show(List<FieldProblem> first, List<FieldProblem> more) {
        Set<String> shown = new HashSet<>();
        List<FieldProblem> all = new ArrayList<>(first);
        all.addAll(more);
        for (FieldProblem problem : all) {
            if (shown.add(problem.field())) {
                FacesMessages.error(problem.field().isEmpty() ? null : FORM + ":" + problem.field(), problem.messageKey());
            }
        }
    }

    private Actor actor() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        boolean staff = isStaffPage() && external.isUserInRole("STAFF");
        return catalogue.actor(external.getRemoteUser(), staff);
    }

    public boolean isStaffPage() {
        return FacesContext.getCurrentInstance().getViewRoot().getViewId().startsWith("/staff/");
    }

    private static void sendError(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    public ActivityView getExisting() { return existing; }
    public ActivityForm getForm() { return form; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
