package se.tryggstad.portal.forum.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.forum.application.ActionView;
import se.tryggstad.portal.forum.application.ForumAccess;
import se.tryggstad.portal.forum.application.ForumQueries;
import se.tryggstad.portal.forum.application.ForumRejected;
import se.tryggstad.portal.forum.application.ForumSummary;
import se.tryggstad.portal.forum.application.Handlingsplan;
import se.tryggstad.portal.forum.application.MemberOrganisation;
import se.tryggstad.portal.forum.domain.ActionStatus;
import se.tryggstad.portal.shared.FieldProblem;
import se.tryggstad.portal.shared.web.FacesMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** /partner/samverkan/handlingsplan.xhtml?id=: the forum's actions; members plan, move and comment on them. */
@Named
@ViewScoped
public class HandlingsplanView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ForumAccess access;

    @Inject
    ForumQueries queries;

    @Inject
    Handlingsplan handlingsplan;

    private String id;
    private ForumSummary forum;
    private List<ActionView> actions;
    private String title;
    private String description;
    private Long ownerOrganisationId;
    private String dueDate;
    private final Map<Long, String> comments = new HashMap<>();
    private final Map<Long, ActionStatus> statuses = new HashMap<>();

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            forum = access.requireMember(ForumPages.idOf(id).orElseThrow(ForumRejected::notFound));
            refresh();
        } catch (ForumRejected notReadable) {
            ForumPages.notFound();
        }
    }

    public void plan() {
        try {
            LocalDate due = dueDate == null || dueDate.isBlank() ? null : LocalDate.parse(dueDate.strip());
            handlingsplan.plan(forum.id(), title, description, ownerOrganisationId, due);
            FacesMessages.info("forum.action.saved");
            title = null;
            description = null;
            ownerOrganisationId = null;
            dueDate = null;
            refresh();
        } catch (DateTimeParseException e) {
            FacesMessages.error("plan:dueDate", "forum.action.dueDate.invalid");
        } catch (ForumRejected rejected) {
            for (FieldProblem problem : rejected.problems()) {
                FacesMessages.error(problem.field().isEmpty() ? null : "plan:" + problem.field(), problem.messageKey());
            }
        }
    }

    public void move(ActionView action) {
        act(() -> handlingsplan.revise(forum.id(), action.id(), action.title(), action.description(),
                action.ownerOrganisationId(), action.dueDate(), statuses.get(action.id())));
    }

    public void comment(long actionId) {
        act(() -> handlingsplan.comment(forum.id(), actionId, comments.get(actionId)));
        comments.remove(actionId);
    }

    private void act(Runnable change) {
        try {
            change.run();
            FacesMessages.info("forum.action.saved");
            refresh();
        } catch (ForumRejected rejected) {
            FacesMessages.error(null, rejected.messageKey());
        }
    }

    private void refresh() {
        actions = handlingsplan.actionsOf(forum.id());
        actions.forEach(action -> statuses.put(action.id(), ActionStatus.valueOf(action.status())));
    }

    public List<MemberOrganisation> getMembers() { return queries.membersOf(forum); }
    public ActionStatus[] getStatusValues() { return ActionStatus.values(); }
    public ForumSummary getForum() { return forum; }
    public List<ActionView> getActions() { return actions; }
    public Map<Long, String> getComments() { return comments; }
    public Map<Long, ActionStatus> getStatuses() { return statuses; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getOwnerOrganisationId() { return ownerOrganisationId; }
    public void setOwnerOrganisationId(Long ownerOrganisationId) { this.ownerOrganisationId = ownerOrganisationId; }
    public String getDueDate() { return dueDate; }
    public void setDueDate(String dueDate) { this.dueDate = dueDate; }
}
